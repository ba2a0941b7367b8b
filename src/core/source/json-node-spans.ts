import { childPointer, type NodeSpan } from './source-index.js';

/**
 * Where every node of a strict JSON text sits, by JSON Pointer, exactly as the YAML path records
 * it (a key's span starts at its opening quote, a value's span covers its token or its brackets).
 * One linear pass that jumps from quote to quote, so a 20 MB string costs a few `indexOf` calls,
 * not the YAML parser's per-character work.
 *
 * The text must already have passed `JSON.parse`. Gives undefined where the YAML path decides
 * instead, so its findings stay the only ones: a duplicate key (TA103 at the second key) and
 * nesting deeper than `maxDepth` (TA101 at the place the YAML path names).
 */
export function jsonNodeSpans(text: string, maxDepth: number): Map<string, NodeSpan> | undefined {
  const spans = new Map<string, NodeSpan>();
  let at = 0;

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at += 1;
      else return;
    }
  };

  /** Reads the value at `at`; false when the YAML path must decide. */
  const readValue = (pointer: string, depth: number, keyStart?: number): boolean => {
    if (depth > maxDepth) return false;
    skipSpace();
    const start = at;
    const c = text.charCodeAt(at);
    if (c === 0x7b /* { */) {
      at += 1;
      const keys = new Set<string>();
      skipSpace();
      if (text.charCodeAt(at) === 0x7d /* } */) at += 1;
      else
        for (;;) {
          skipSpace();
          const keyAt = at;
          at = stringEnd(text, at);
          const key = JSON.parse(text.slice(keyAt, at)) as string;
          if (keys.has(key)) return false;
          keys.add(key);
          skipSpace();
          at += 1; // the colon
          if (!readValue(childPointer(pointer, key), depth + 1, keyAt)) return false;
          skipSpace();
          at += 1; // a comma, or the closing brace
          if (text.charCodeAt(at - 1) === 0x7d) break;
        }
    } else if (c === 0x5b /* [ */) {
      at += 1;
      skipSpace();
      if (text.charCodeAt(at) === 0x5d /* ] */) at += 1;
      else
        for (let i = 0; ; i += 1) {
          if (!readValue(childPointer(pointer, i), depth + 1)) return false;
          skipSpace();
          at += 1; // a comma, or the closing bracket
          if (text.charCodeAt(at - 1) === 0x5d) break;
        }
    } else if (c === 0x22 /* " */) at = stringEnd(text, at);
    else at = wordEnd(text, at);
    spans.set(pointer, keyStart === undefined ? { start, end: at } : { keyStart, start, end: at });
    return true;
  };

  return readValue('', 0) ? spans : undefined;
}

/** The offset after the string whose opening quote is at `start`: the first quote not escaped. */
function stringEnd(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
}

/** The offset after a number or `true`/`false`/`null`: strict JSON ends them at a space or a delimiter. */
function wordEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    const c = text.charCodeAt(at);
    if (Number.isNaN(c) || c === 0x2c || c === 0x5d || c === 0x7d || c <= 0x20) return at;
    at += 1;
  }
}
