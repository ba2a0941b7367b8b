import { isMap, isPair, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';

export interface Pin {
  use: string;
  sha256: string;
}

/** The pinned text, or the exact lines to paste when the file's layout does not allow a safe edit. */
export type PinResult =
  { ok: true; text: string; changed: boolean } | { ok: false; paste: string; reason: string };

/**
 * Records the pin in the model's own text, changing only the `use` and `sha256` values (or adding
 * them), so that comments and layout stay as they are. The result is parsed again and must equal
 * the original everywhere but the pin; otherwise nothing is written and the lines to paste are given.
 */
export function pinModelText(text: string, pin: Pin): PinResult {
  const paste = `knowledgeBase:\n  use: ${pin.use}\n  sha256: ${pin.sha256}\n`;
  const refuse = (reason: string): PinResult => ({ ok: false, paste, reason });
  const document = parseDocument(text, { keepSourceTokens: false });
  if (document.errors.length > 0 || !isMap(document.contents))
    return refuse('the model does not parse as a YAML mapping');
  const root = document.contents;
  const edits: { start: number; end: number; insert: string }[] = [];

  const knowledgeBase = findPair(root, 'knowledgeBase');
  if (!knowledgeBase) {
    const schema = findPair(root, 'schema');
    const at =
      schema && isScalar(schema.value) && schema.value.range
        ? lineEnd(text, schema.value.range[1])
        : undefined;
    if (at === undefined || !/^schema\s*:/m.test(text.slice(lineStart(text, at), at))) {
      return refuse('no top-level "schema:" line to add the knowledge base after');
    }
    edits.push({
      start: at,
      end: at,
      insert: `${newline(text)}${paste.trimEnd().replace(/\n/g, newline(text))}`,
    });
  } else {
    const map = knowledgeBase.value;
    if (!isMap(map)) return refuse('knowledgeBase is not a mapping');
    const use = findPair(map, 'use');
    if (!use || !isScalar(use.value) || !use.value.range) return refuse('knowledgeBase has no use: value');
    if (use.value.value !== pin.use) edits.push(replaceScalar(text, use.value.range, pin.use));
    const sha = findPair(map, 'sha256');
    if (sha && isScalar(sha.value) && sha.value.range) {
      if (sha.value.value !== pin.sha256) edits.push(replaceScalar(text, sha.value.range, pin.sha256));
    } else if (sha) {
      return refuse('knowledgeBase.sha256 is not a plain value');
    } else if ((map as YAMLMap & { flow?: boolean }).flow === true) {
      edits.push({ start: use.value.range[1], end: use.value.range[1], insert: `, sha256: ${pin.sha256}` });
    } else {
      const keyStart = isScalar(use.key) && use.key.range ? use.key.range[0] : undefined;
      if (keyStart === undefined) return refuse('cannot tell the indentation of knowledgeBase');
      const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
      const at = lineEnd(text, use.value.range[1]);
      edits.push({ start: at, end: at, insert: `${newline(text)}${indent}sha256: ${pin.sha256}` });
    }
  }

  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  return verify(text, out, pin)
    ? { ok: true, text: out, changed: out !== text }
    : refuse('the edit could not be verified');
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && p.key.value === key);
}

function replaceScalar(
  text: string,
  range: [number, number, number],
  value: string,
): { start: number; end: number; insert: string } {
  const original = text.slice(range[0], range[1]);
  const quote = original.startsWith('"') ? '"' : original.startsWith("'") ? "'" : '';
  return { start: range[0], end: range[1], insert: `${quote}${value}${quote}` };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding `offset`, before any comment's newline. */
function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  const end = next === -1 ? text.length : next;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function newline(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function verify(before: string, after: string, pin: Pin): boolean {
  const parsedAfter = parseDocument(after);
  if (parsedAfter.errors.length > 0) return false;
  const a = parseDocument(before).toJS() as Record<string, unknown>;
  const b = parsedAfter.toJS() as Record<string, unknown>;
  const kb = b.knowledgeBase as Record<string, unknown> | undefined;
  if (kb?.use !== pin.use || kb.sha256 !== pin.sha256) return false;
  const strip = (value: Record<string, unknown>): string => {
    const { knowledgeBase, ...rest } = value;
    const { use: _u, sha256: _s, ...kbRest } = (knowledgeBase ?? {}) as Record<string, unknown>;
    return JSON.stringify({ rest, kbRest });
  };
  return strip(a) === strip(b);
}
