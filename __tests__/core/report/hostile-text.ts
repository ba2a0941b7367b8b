/**
 * A deterministic generator of hostile strings for property-style tests: fragments that can start
 * Markdown or HTML structure, mentions, markers, controls, line breaks and odd Unicode, joined at
 * random by a seeded generator, so every run tests the same few thousand strings.
 */

/** Pieces that an attacker, or an unlucky backlog title, might put in text. */
export const hostileFragments: readonly string[] = [
  '@',
  '@org/team',
  '@admin',
  '<',
  '>',
  '&',
  '<!--',
  '-->',
  '<!-- threat-align:x -->',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<details>',
  '</details>',
  '</summary>',
  '`',
  '```',
  '~~~',
  '*',
  '**',
  '_',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '[x](javascript:alert(1))',
  '![i](https://evil.invalid/p.png)',
  '|',
  '| a | b |',
  '|---|---|',
  '#',
  '# ',
  '#12',
  '\\',
  '$',
  '$$',
  '!',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '    ',
  '-',
  '- ',
  '---',
  '+ ',
  '=',
  '1. ',
  '2)',
  '> ',
  '&amp;',
  '&#64;',
  '&lt;script&gt;',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u2060',
  'a',
  'Z',
  '9',
  'é',
  '😀',
  '\ud800',
  'javascript:',
  'https://example.invalid/x?y=1&z=2',
  ':smile:',
  'WITHOUT',
  'SQLI@orders-db',
];

/** mulberry32: a tiny seeded generator, good enough to pick fragments. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` hostile strings of up to `maxFragments` fragments each; the same ones for the same seed. */
export function hostileStrings(count: number, seed = 20240601, maxFragments = 24): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const length = Math.floor(random() * (maxFragments + 1));
    let text = '';
    for (let j = 0; j < length; j += 1)
      text += hostileFragments[Math.floor(random() * hostileFragments.length)] ?? '';
    out.push(text);
  }
  return out;
}
