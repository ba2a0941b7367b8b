/**
 * Terminal and log safety (SPEC §9): text from a model or a backlog (a hand-written threat's title,
 * an issue's title) can hold control characters that a terminal or a CI log obeys — ESC starts a
 * sequence that recolours, moves the cursor, retitles the window or forges a hyperlink, BEL rings,
 * CR returns to the start of the line to overwrite what was written — and bidirectional overrides
 * and isolates that make a line display in an order other than the one it is read in.
 *
 * Each such character is written as a visible escape instead: `\x1b`, `\x07`, `\r`, `\u202e` (C0
 * controls and DEL as `\xHH`, the others as `\uHHHH`, which is also how JSON writes them, so a JSON
 * report escaped for a terminal is still the same JSON). Line
 * feeds are escaped too (a quoted line break would start a forged line), unless the text is a
 * whole report whose lines the caller made. Everything else, typographic characters included, is
 * left as it is, so text without controls comes out byte for byte as it went in.
 */

// C0 controls but tab, DEL and the C1 controls; the bidirectional marks, embeddings, overrides and
// isolates (ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI); the line and paragraph separators.
const controls =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const controlsButLineFeed =
  // eslint-disable-next-line no-control-regex -- the same, but line feeds are kept
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/** Every control character of `text` as a visible escape (a line feed too, unless `keepLineFeeds`). */
export function escapeControls(text: string, options: { keepLineFeeds?: boolean } = {}): string {
  return text.replace(options.keepLineFeeds === true ? controlsButLineFeed : controls, visible);
}

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return named[char] ?? (code <= 0x7f ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
