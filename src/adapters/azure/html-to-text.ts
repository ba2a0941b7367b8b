const blockEnds = new Set([
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'table',
]);
const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};
const dropped = new Set(['script', 'style']);

/**
 * Plain text of an Azure Boards HTML field (System.Description), in one left-to-right pass with no
 * regular expression over the input: tags are dropped (`<br>` and the end of a block become a
 * line break), the contents of `<script>` and `<style>` go, and character references are decoded.
 * Linear in the input's length, so hostile text cannot make it backtrack.
 */
export function htmlToText(html: string): string {
  let out = '';
  let skipping: string | undefined;
  let i = 0;
  while (i < html.length) {
    const char = html[i] ?? '';
    if (char === '<') {
      const end = html.indexOf('>', i + 1);
      if (end === -1) {
        if (skipping === undefined) out += html.slice(i);
        break;
      }
      const tag = tagName(html.slice(i + 1, end));
      if (skipping !== undefined) {
        if (tag.closing && tag.name === skipping) skipping = undefined;
      } else if (!tag.closing && dropped.has(tag.name)) skipping = tag.name;
      else if (tag.name === 'br' || (tag.closing && blockEnds.has(tag.name))) out += '\n';
      i = end + 1;
      continue;
    }
    if (skipping !== undefined) {
      i++;
      continue;
    }
    if (char === '&') {
      // A reference is at most 10 characters: look no further, so the pass stays linear.
      const semicolon = html.slice(i + 1, i + 12).indexOf(';');
      const decoded = semicolon === -1 ? undefined : decodeEntity(html.slice(i + 1, i + 1 + semicolon));
      if (decoded !== undefined) {
        out += decoded;
        i += semicolon + 2;
        continue;
      }
    }
    out += char;
    i++;
  }
  return tidy(out);
}

function tagName(inside: string): { name: string; closing: boolean } {
  const closing = inside.startsWith('/');
  let name = '';
  for (let j = closing ? 1 : 0; j < inside.length; j++) {
    const c = inside[j] ?? '';
    const lower = c.toLowerCase();
    if ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9')) name += lower;
    else break;
  }
  return { name, closing };
}

function decodeEntity(name: string): string | undefined {
  if (Object.hasOwn(entities, name)) return entities[name];
  const hex = name.startsWith('#x') || name.startsWith('#X');
  const digits = name.slice(hex ? 2 : 1);
  if (!name.startsWith('#') || digits === '' || digits.length > 7) return undefined;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  const valid = hex ? /^[0-9a-f]+$/i.test(digits) : /^\d+$/.test(digits);
  if (!valid || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return undefined;
  return String.fromCodePoint(code);
}

/** Trailing spaces off each line, at most one blank line in a row, no blank lines at either end. */
function tidy(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
    kept.push(line);
  }
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n');
}
