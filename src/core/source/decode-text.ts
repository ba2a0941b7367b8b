/** The result of turning a file's bytes into text: the text, or where the bytes stop being UTF-8. */
export type DecodedText =
  { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 (a BOM is dropped); refuses binary files and invalid sequences with their place. */
export function decodeText(bytes: Uint8Array): DecodedText {
  // A UTF-16 BOM: the file is text, only in another encoding (NUL bytes would call it binary).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? 'little' : 'big';
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `the file is UTF-16 text (${order}-endian, with a byte order mark), not UTF-8; save it as UTF-8`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = placeOfByte(bytes, nul);
    return {
      ok: false,
      line,
      column,
      message: 'the file is binary (it contains a NUL byte), not UTF-8 text',
    };
  }
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    const { line, column } = placeOfByte(bytes, bad);
    return {
      ok: false,
      line,
      column,
      message: `the file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8`,
    };
  }
}

function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    // Line ends as text-position.ts counts them: LF, CRLF, or a lone CR.
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
