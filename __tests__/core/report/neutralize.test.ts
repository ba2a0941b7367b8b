import {
  codeSpan,
  defaultMaxLength,
  neutralizeMarkdown,
  safeUrl,
  truncateText,
  wordJoiner,
} from '../../../src/core/report/neutralize.js';
import { hostileStrings } from './hostile-text.js';

const strings = hostileStrings(3000);

/** The text as one line, written independently of the implementation: what a reader should see. */
function visible(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    const code = c.charCodeAt(0);
    if (c === '\r' && text[i + 1] === '\n') continue; // CRLF is one break: the LF makes the space
    if ('\n\r\f\v\u0085\u2028\u2029\t'.includes(c)) out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) continue;
    else out += c;
  }
  return out.trim();
}

/** What a Markdown renderer shows for neutralized text: references decoded, the joiner after `@` gone. */
function decode(text: string): string {
  return text
    .replace(/&(amp|lt|gt|#\d+);/g, (_, name: string) =>
      name === 'amp'
        ? '&'
        : name === 'lt'
          ? '<'
          : name === 'gt'
            ? '>'
            : String.fromCharCode(Number(name.slice(1))),
    )
    .replace(new RegExp(`(?<![A-Za-z0-9])@${wordJoiner}`, 'g'), '@');
}

describe('neutralizeMarkdown, over 3,000 generated hostile strings', () => {
  const outputs = strings.map((s) => [s, neutralizeMarkdown(s)] as const);

  it('leaves no character that could start Markdown or HTML structure', () => {
    for (const [, out] of outputs)
      expect(out.replace(/&(amp|lt|gt|#\d+);/g, '')).not.toMatch(/[<>`*_~[\]|#\\$]/);
  });

  it('writes & only as the start of a character reference it made', () => {
    for (const [, out] of outputs) expect(out.replace(/&(amp|lt|gt|#\d+);/g, '')).not.toContain('&');
  });

  it('keeps everything on one line, without controls or direction overrides', () => {
    for (const [, out] of outputs)
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('follows every @ that could start a mention with a WORD JOINER, so no mention can ping', () => {
    for (const [, out] of outputs) {
      expect(out).not.toMatch(new RegExp(`(?<![A-Za-z0-9])@(?!${wordJoiner})`));
      expect(out).not.toMatch(/(?<![A-Za-z0-9])@[A-Za-z0-9]/);
    }
  });

  it('leaves ids copy-paste safe: no invisible character after an @ that follows a letter or digit', () => {
    expect(neutralizeMarkdown('SPOOF-USER@api-gateway and core@1.0.0')).toBe(
      'SPOOF-USER@api-gateway and core@1.0.0',
    );
    expect(neutralizeMarkdown('x @@org/team (@admin)')).toBe(
      `x @${wordJoiner}@${wordJoiner}org/team (@${wordJoiner}admin)`,
    );
  });

  it('starts no list, thematic break or setext underline, and no indented code', () => {
    for (const [, out] of outputs) expect(out).not.toMatch(/^(\s|[-+=]|\d{1,9}[.)](\s|$))/);
  });

  it('can never form an HTML comment, so never the hidden marker', () => {
    for (const [, out] of outputs) {
      expect(out).not.toContain('<!--');
      expect(out).not.toContain('threat-align:x -->');
    }
  });

  it('shows exactly the words it was given', () => {
    for (const [input, out] of outputs) expect(decode(out)).toBe(visible(input));
  });

  it('cuts long text before escaping, so that no reference is split', () => {
    const long = '<'.repeat(5000);
    const out = neutralizeMarkdown(long, { maxLength: 100 });
    expect(out).toBe(`${'&lt;'.repeat(99)}…`);
    expect(neutralizeMarkdown('x'.repeat(defaultMaxLength + 1))).toHaveLength(defaultMaxLength);
  });

  it('handles a megabyte of hostile text in one pass', () => {
    const megabyte = '@org/team <script>`|#'.repeat(50_000);
    const out = neutralizeMarkdown(megabyte, { maxLength: Infinity });
    expect(decode(out)).toBe(megabyte);
  });

  it('escapes concrete cases as documented', () => {
    expect(neutralizeMarkdown('Ping @org/team <b>now</b>')).toBe(
      `Ping @${wordJoiner}org/team &lt;b&gt;now&lt;/b&gt;`,
    );
    expect(neutralizeMarkdown('- [ ] task | cell')).toBe('&#45; &#91; &#93; task &#124; cell');
    expect(neutralizeMarkdown('1. first\n2. second')).toBe('1&#46; first 2. second');
    expect(neutralizeMarkdown('version 1.2.3')).toBe('version 1.2.3');
    expect(neutralizeMarkdown('1.2.3')).toBe('1.2.3');
    expect(neutralizeMarkdown('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });
});

describe('codeSpan, over the same hostile strings', () => {
  /** The code a renderer shows: fences and one padding space on each side removed. */
  function content(span: string): string {
    const fence = /^`+/.exec(span)?.[0] ?? '';
    let inner = span.slice(fence.length, span.length - fence.length);
    if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
    return inner;
  }

  it('is one code span whose fence no backtick run inside can close', () => {
    for (const input of strings) {
      const span = codeSpan(input);
      const fence = /^`+/.exec(span)?.[0] ?? '';
      expect(span.endsWith(fence)).toBe(true);
      const inner = span.slice(fence.length, span.length - fence.length);
      for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
      expect(span).not.toMatch(/[\n\r\u2028\u2029]/);
    }
  });

  it('shows the text verbatim, but for a broken "<!--"', () => {
    for (const input of strings) {
      const expected = visible(input).replaceAll('<!--', `<${wordJoiner}!--`);
      expect(content(codeSpan(input))).toBe(expected === '' ? ' ' : expected);
    }
  });

  it('never holds an HTML comment opener', () => {
    for (const input of strings) expect(codeSpan(input)).not.toContain('<!--');
  });

  it('escapes pipes for table cells', () => {
    for (const input of strings) expect(codeSpan(input, { inTable: true })).not.toMatch(/(^|[^\\])\|/);
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
  });

  it('pads where CommonMark would strip or merge, and is never empty', () => {
    expect(codeSpan('SQLI@orders-db')).toBe('`SQLI@orders-db`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan(' x ')).toBe('`x`');
    expect(codeSpan('')).toBe('` `');
    expect(codeSpan('\n\n')).toBe('` `');
  });
});

describe('safeUrl', () => {
  it('keeps plain http(s) URLs', () => {
    expect(safeUrl('https://github.com/northwind/shop/issues/3')).toBe(
      'https://github.com/northwind/shop/issues/3',
    );
    expect(safeUrl('http://dev.azure.com/o/p/_workitems/edit/9?x=1&y=2#c')).toBeDefined();
  });

  it('refuses other schemes and anything that could end a link destination', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'https://x.invalid/a b',
      'https://x.invalid/a)b',
      'https://x.invalid/<b>',
      'https://x.invalid/"',
      "https://x.invalid/'",
      'https://x.invalid/`',
      'https://x.invalid/\n',
      ' https://x.invalid/',
      `https://x.invalid/${'a'.repeat(2000)}`,
      undefined,
    ])
      expect(safeUrl(url)).toBeUndefined();
  });
});

describe('truncateText', () => {
  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(10);
    for (let max = 1; max < 20; max += 1) {
      const cut = truncateText(emoji, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });
});
