import { adfToText } from '../../../src/adapters/jira/adf-to-text.js';
import { markdownToAdf, markdownToWiki } from '../../../src/adapters/jira/markdown-to-jira.js';
import { wikiToText } from '../../../src/adapters/jira/wiki-to-text.js';

describe('ADF as plain text', () => {
  it('reads paragraphs, headings, lists, tables, mentions, emoji, status, cards and hard breaks', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Checkout' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: '1', text: '@Ana' } },
            { type: 'text', text: ' pays ' },
            { type: 'emoji', attrs: { shortName: ':card:', text: '💳' } },
            { type: 'hardBreak' },
            { type: 'status', attrs: { text: 'BLOCKED', color: 'red' } },
            { type: 'text', text: ' see ' },
            { type: 'inlineCard', attrs: { url: 'https://northwind.atlassian.net/browse/SHOP-3' } },
          ],
        },
        {
          type: 'orderedList',
          content: [1, 2].map((n) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `step ${n}` }] }],
          })),
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: ['threat', 'SQLI@orders-db'].map((text) => ({
                type: 'tableCell',
                content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
              })),
            },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'M-TLS' }] },
        { type: 'unknownFutureNode', content: [{ type: 'text', text: 'still read' }] },
      ],
    };
    expect(adfToText(doc)).toBe(
      'Checkout\n\n@Ana pays 💳\nBLOCKED see https://northwind.atlassian.net/browse/SHOP-3\n\n- step 1\n\n- step 2\n\nthreat\n\n | SQLI@orders-db\n\nM-TLS\n\nstill read',
    );
  });

  it('walks a 100,000-deep document without overflowing the stack, and ignores what is not a node', () => {
    let node: unknown = { type: 'text', text: 'WITHOUT leaking' };
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node, 7, null, 'x'] };
    expect(adfToText({ type: 'doc', content: [node] })).toBe('WITHOUT leaking');
    expect(adfToText(null)).toBe('');
    expect(adfToText(42)).toBe('');
  });
});

describe('wiki markup as plain text', () => {
  it('drops headings, bullets, macros, link and emphasis markup, and keeps ids whole', () => {
    const markup = [
      'h2. As a shopper',
      'I pay *WITHOUT* my card being _stolen_, see [the plan|https://wiki/x] and [~ana].',
      '* M-RATE-LIMIT and SQLI@orders_db',
      '# {{M-TLS}}',
      '{code:java}',
      'x = 1',
      '{code}',
      '||threat||status||',
      '|XSS@web|open|',
      'bq. a -quote- here',
    ].join('\r\n');
    expect(wikiToText(markup)).toBe(
      [
        'As a shopper',
        'I pay WITHOUT my card being stolen, see the plan and ana.',
        '- M-RATE-LIMIT and SQLI@orders_db',
        '- M-TLS',
        '',
        'x = 1',
        '',
        'threat | status',
        'XSS@web | open',
        'a quote here',
      ].join('\n'),
    );
  });

  it('reads hostile markup of 200,000 characters in one pass (runs of spaces, pipes, brackets and markers)', () => {
    for (const hostile of [
      ' '.repeat(200_000),
      '|'.repeat(200_000),
      '['.repeat(100_000) + '|',
      '*a '.repeat(70_000),
      '{{'.repeat(100_000),
    ]) {
      expect(typeof wikiToText(hostile)).toBe('string');
    }
  });
});

describe('a proposed item body in Jira form', () => {
  const body =
    'Put it in place.\n\n**Where:** `web` (planned).\n\n- `SQLI@orders-db`: SQL injection\n- `XSS@web`: XSS\n\n<!-- threat-align:backlog-item mitigation:M-CSP -->';

  it('is an ADF document that reads back to the same words and the marker', () => {
    const doc = markdownToAdf(body) as { type: string; content: { type: string }[] };
    expect(doc.type).toBe('doc');
    expect(doc.content.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'bulletList', 'paragraph']);
    expect(adfToText(doc)).toBe(
      'Put it in place.\n\nWhere: web (planned).\n\n- SQLI@orders-db: SQL injection\n\n- XSS@web: XSS\n\n<!-- threat-align:backlog-item mitigation:M-CSP -->',
    );
  });

  it('is wiki markup that reads back with the marker intact', () => {
    const wiki = markdownToWiki(body);
    expect(wiki).toContain('*Where:* {{web}} (planned).');
    expect(wiki).toContain('* {{SQLI@orders-db}}: SQL injection');
    expect(wikiToText(wiki)).toContain('<!-- threat-align:backlog-item mitigation:M-CSP -->');
  });
});
