/**
 * Making untrusted text (backlog titles and clauses, finding messages that quote them, ids and
 * names from a pull request's model) inert in GitHub and Azure DevOps Markdown: it renders as the
 * same words and nothing else — no mention pings, no HTML, no links, no tables, headings, lists,
 * code or emphasis, and no way to forge the report's hidden marker (SPEC §6, §9).
 */

/**
 * WORD JOINER: invisible, and it keeps `@name` from matching the platforms' mention patterns. It is
 * only ever put after an `@` that could start a mention (one not preceded by a letter or digit), so
 * ids such as `SPOOF-USER@shop` or `core@1.0.0` stay exactly as written and copy-paste safe.
 */
export const wordJoiner = '\u2060';

/** An `@` where a mention may start: at the start, or after anything but a letter or a digit. */
const mentionStart = /(?<![A-Za-z0-9])@/g;

/**
 * The longest text a single dynamic string may put in a report, by default.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const defaultMaxLength = 1000;

/**
 * Characters that could start Markdown or HTML structure, written as character references. A
 * reference renders as its character both in Markdown text and inside HTML elements such as
 * `<summary>`, and is never taken as markup itself (CommonMark §6.2), so the output is safe in
 * either place and inside table cells (`&#124;` does not split a GFM row).
 */
const references: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '#': '&#35;',
  '\\': '&#92;',
  $: '&#36;',
};
const specials = /[&<>`*_~[\]|#\\$]/g;

/**
 * C0 and C1 controls, and the bidirectional overrides and isolates that can make text display in an
 * order other than the one it is read in. Line breaks are handled apart.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const invisibles = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;
const lineBreaks = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/g;
/**
 * What starts a list item (a marker then white space), a thematic break or a setext underline at the
 * start of a line; the other block starters (`#`, `>`, fences, indentation) are escaped or trimmed anyway.
 */
const leadingBlockMarker = /^(?:[-+=]|\d{1,9}[.)](?= |$))/;

export interface TextLimit {
  /** The longest text kept, in UTF-16 code units of the input; longer text is cut and ends in "…". */
  maxLength?: number;
}

/**
 * Untrusted text as one inert line of Markdown: line breaks become spaces, an `@` that could start a mention gets a WORD JOINER,
 * every character that could start structure becomes a character reference, and text longer than
 * `maxLength` is cut (before escaping, so no reference is ever split). Linear in the text.
 */
export function neutralizeMarkdown(text: string, limit: TextLimit = {}): string {
  const line = oneLine(truncateText(text, limit.maxLength ?? defaultMaxLength));
  const escaped = line
    .replace(specials, (c) => references[c] ?? c)
    .replace(mentionStart, `@${wordJoiner}`)
    .replace(
      leadingBlockMarker,
      (marker) => `${marker.slice(0, -1)}&#${marker.charCodeAt(marker.length - 1)};`,
    );
  return escaped;
}

/**
 * Untrusted text as inline code that shows it verbatim: a fence longer than any run of backticks
 * inside, padding where CommonMark would otherwise strip or merge, `<!--` broken so that the raw
 * comment never holds an HTML comment opener, and, for table cells, pipes escaped as GFM requires.
 * Mentions and HTML are inert in code. An empty text gives a code span of one space.
 */
export function codeSpan(text: string, options: TextLimit & { inTable?: boolean } = {}): string {
  let code = oneLine(truncateText(text, options.maxLength ?? defaultMaxLength)).replaceAll(
    '<!--',
    `<${wordJoiner}!--`,
  );
  if (options.inTable === true) code = code.replaceAll('|', '\\|');
  if (code === '') return '` `';
  const fence = '`'.repeat(longestRun(code, '`') + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || (code.startsWith(' ') && code.endsWith(' '));
  return pad ? `${fence} ${code} ${fence}` : `${fence}${code}${fence}`;
}

/**
 * A URL fit for a Markdown link destination, or undefined: http(s) only, and only characters that
 * cannot end the destination or be read as markup.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || url.length > 2000) return undefined;
  return /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/.test(url) ? url : undefined;
}

/**
 * Text cut to `maxLength` code units with a trailing "…", never inside a surrogate pair.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The text on one line: controls removed, line breaks and tabs as spaces, no outer white space. */
function oneLine(text: string): string {
  return text.replace(lineBreaks, ' ').replace(invisibles, '').replaceAll('\t', ' ').trim();
}

/** The length of the longest run of `char` in `text`. */
export function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
