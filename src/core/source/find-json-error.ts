/** Where a text stops being strict JSON (RFC 8259), and what is wrong there. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const expectations: Record<State, string> = {
  value: 'a value',
  'value-or-close': "a value or ']'",
  key: 'a double-quoted property name',
  'key-or-close': "a double-quoted property name or '}'",
  colon: "':' after the property name",
  'comma-or-close': "',' or the closing bracket",
  end: 'the end of the file',
};

/**
 * The first strict-JSON error of a text, with its offset. V8's JSON.parse gives no offset for some
 * errors (a trailing comma in a list) and quotes the text around others, so the place is found here.
 * Iterative, so any nesting depth is safe.
 */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  const open: ('{' | '[')[] = [];
  let state: State = 'value';
  let lastComma = -1;
  let i = 0;
  const afterValue = (): State => (open.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
    if (i >= text.length) {
      return state === 'end'
        ? undefined
        : { offset: text.length, message: `unexpected end of the file: expected ${closingOf(state, open)}` };
    }
    const c = text.charAt(i);
    const top = open[open.length - 1];
    if ((c === ']' || c === '}') && (state === 'value' || state === 'key') && lastComma !== -1) {
      return { offset: lastComma, message: `trailing comma before '${c}': JSON allows no comma there` };
    }
    if (
      state === 'comma-or-close' ||
      (state === 'value-or-close' && c === ']') ||
      (state === 'key-or-close' && c === '}')
    ) {
      if (c === ',' && state === 'comma-or-close') {
        lastComma = i;
        state = top === '{' ? 'key' : 'value';
        i += 1;
        continue;
      }
      if (c === (top === '{' ? '}' : ']')) {
        open.pop();
        state = afterValue();
        lastComma = -1;
        i += 1;
        continue;
      }
      return unexpected(text, i, `',' or '${top === '{' ? '}' : ']'}'`);
    }
    if (state === 'colon') {
      if (c !== ':') return unexpected(text, i, expectations.colon);
      state = 'value';
      lastComma = -1;
      i += 1;
      continue;
    }
    if (state === 'end') return unexpected(text, i, expectations.end);
    if (state === 'key' || state === 'key-or-close') {
      if (c !== '"') return unexpected(text, i, expectations[state]);
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      state = 'colon';
      i = end;
      continue;
    }
    // state is 'value' or 'value-or-close': a value starts here.
    lastComma = -1;
    if (c === '{' || c === '[') {
      open.push(c);
      state = c === '{' ? 'key-or-close' : 'value-or-close';
      i += 1;
      continue;
    }
    const end = c === '"' ? scanString(text, i) : scanWord(text, i, expectations[state]);
    if (typeof end !== 'number') return end;
    state = afterValue();
    i = end;
  }
}

function closingOf(state: State, open: readonly ('{' | '[')[]): string {
  if (state !== 'comma-or-close') return expectations[state];
  return open[open.length - 1] === '{' ? "',' or '}'" : "',' or ']'";
}

/** The end of the string that opens at `start`, or what is wrong with it. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') return i + 1;
    if (c === '\n' || c === '\r') {
      return { offset: start, message: 'the string that starts here is not closed on its line' };
    }
    if (c < ' ') return { offset: i, message: 'a control character in a string must be escaped' };
    if (c === '\\') {
      if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) {
        return { offset: i, message: `invalid escape "${text.slice(i, i + 2)}" in a string` };
      }
      i += text.charAt(i + 1) === 'u' ? 6 : 2;
      continue;
    }
    i += 1;
  }
  return { offset: start, message: 'the string that starts here is never closed' };
}

const number = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?(?![0-9A-Za-z.+-])/y;
const literal = /(true|false|null)(?![0-9A-Za-z_])/y;

/** The end of the number or literal at `start`, or what is wrong there. */
function scanWord(text: string, start: number, expected: string): number | JsonSyntaxError {
  for (const pattern of [number, literal]) {
    pattern.lastIndex = start;
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return unexpected(text, start, expected);
}

function unexpected(text: string, offset: number, expected: string): JsonSyntaxError {
  const word = /[A-Za-z0-9_.+-]+/y;
  word.lastIndex = offset;
  const found = word.exec(text)?.[0] ?? text.charAt(offset);
  const shown = found.length > 20 ? `${found.slice(0, 20)}…` : found;
  const quote = found.charAt(0) === "'" ? '"' : "'";
  return { offset, message: `expected ${expected}, found ${quote}${shown}${quote}` };
}
