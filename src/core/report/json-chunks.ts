/** What a writer is given: a whole text, or its pieces in order (a large report, see `jsonChunks`). */
export type TextOrPieces = string | Iterable<string>;

/**
 * Pieces joined into texts of about `size` characters (the last may be shorter): a writer then
 * encodes and writes a few large texts rather than many small ones, and never the whole.
 */
export function* batches(text: TextOrPieces, size = 256 * 1024): Generator<string> {
  if (typeof text === 'string') {
    yield text;
    return;
  }
  let batch: string[] = [];
  let length = 0;
  for (const piece of text) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/** An array of more items than this is opened; so is a container, near the top, that holds one. */
const longArray = 16;
/** Containers this deep or deeper are written whole. */
const openDepth = 6;

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: long arrays near the top, and the
 * containers on the way to them, are opened and their members written one by one; every other
 * value is written whole (a SARIF result, a finding). Joined, the pieces are exactly that text
 * (the reports' tests hold them to it).
 *
 * The reports of a large run are about 10 MB each (SARIF, JSON). Made as one string they had to be
 * held whole, and at the typographic characters of the messages as two bytes a character, then
 * copied once more to be encoded; written piece by piece, a writer keeps a few kilobytes at a time
 * (SPEC §8: a full run in under 3 s and 300 MB).
 *
 * Values are report data: strings, numbers, booleans, null, arrays and plain objects. A member
 * that JSON leaves out (undefined, a function) is left out here too, or written null in an array.
 */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (!opens(value, depth)) {
    yield whole(value, depth) ?? 'null';
    return;
  }
  const inner = `\n${indent(depth + 1)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i += 1) {
      yield i === 0 ? `[${inner}` : `,${inner}`;
      const item: unknown = value[i];
      if (isOmitted(item)) yield 'null';
      else yield* jsonChunks(item, depth + 1);
    }
    yield `\n${indent(depth)}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (isOmitted(member)) continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(member, depth + 1);
  }
  yield first ? '{}' : `\n${indent(depth)}}`;
}

/** Whether the value is written member by member: a long array, or a container that holds one. */
function opens(value: unknown, depth: number): value is object {
  if (depth >= openDepth || value === null || typeof value !== 'object' || hasToJson(value)) return false;
  const members: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return members.length > longArray || members.some((member) => opens(member, depth + 1));
}

/** The value as `JSON.stringify(…, null, 2)` writes it at this depth; undefined when JSON leaves it out. */
function whole(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // A string value holds no raw line break (JSON escapes it): every one is the layout's.
  return depth === 0 || text === undefined ? text : text.replaceAll('\n', `\n${indent(depth)}`);
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

const indents: string[] = [];
function indent(depth: number): string {
  return (indents[depth] ??= '  '.repeat(depth));
}
