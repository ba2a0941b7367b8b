import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base.js';
import { loadModel } from '../../../src/core/import/load-model-file.js';
import type { ThreatModel } from '../../../src/core/model/threat-model.js';
import { label, renderMermaid, type MermaidOptions } from '../../../src/core/report/render-mermaid.js';
import { miniModelText } from '../../fakes/build-context.js';
import { miniShipped } from '../../fakes/memory-kb-store.js';
import { expectGolden } from './expect-golden.js';

interface Parsed {
  ok: boolean;
  error?: string;
  type?: string;
  vertices: { id: string; text: string; shape: string; classes: string[] }[];
  edges: { from: string; to: string; text: string; stroke: string }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
}

const kb: KnowledgeBase = loadKnowledgeBase(miniShipped()['mini@1.0.0'] ?? []).loaded!.kb;
const mini: ThreatModel = loadModel('threatmodel.yaml', miniModelText).model!;

/** Mermaid's own parser, run once for a batch of diagrams (parse-mermaid.mjs says why in a child process). */
function parseWithMermaid(diagrams: string[]): Parsed[] {
  const script = fileURLToPath(new URL('./parse-mermaid.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script], {
    input: JSON.stringify(diagrams),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`parse-mermaid.mjs failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Parsed[];
}

function segment(text: string): string[] {
  return Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text), (g) => g.segment);
}

/** What a reader should see of a label: one line, at most 60 characters. */
function flat(text: string): string {
  const one = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    // Bidirectional overrides would make a label read other than it is written.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const graphemes = segment(one);
  return graphemes.length > 60 ? `${graphemes.slice(0, 59).join('')}…` : one;
}

const hostileNames = [
  'He said "hi"; DROP TABLE orders',
  'a]b[c(d)e{f}g|h',
  'line one\nline two\r\nline three\u2028four',
  '#quot; #35; &amp; <script>alert(1)</script>',
  '%%{init: {"theme":"dark"}}%%',
  '`md` **bold** _it_ [link](https://evil.example)',
  'end',
  'subgraph x',
  'style:#fff;stroke:#000;',
  'click c_0 "javascript:alert(1)"',
  'A --> B -.-> C ==> D',
  'Zürich 🚀 \u202eevil',
  'x'.repeat(500),
  '\\"\\\\',
  '   ',
];

/** A model whose every name, id and protocol is hostile; ids too, as an imported model may carry them. */
function hostileModel(): ThreatModel {
  return {
    schema: 'threat-align/v1',
    system: { name: 'Hostile' },
    boundaries: [
      { id: 'end', name: 'end"]\nsubgraph evil' },
      { id: 'graph', name: '#35;|x|', parent: 'end' },
      { id: 'loop-a', parent: 'loop-b' },
      { id: 'loop-b', parent: 'loop-a' },
      { id: 'orphan', parent: 'nowhere' },
    ],
    components: [
      ...hostileNames.map((name, i) => ({
        id: i === 0 ? 'end' : i === 1 ? 'a b' : i === 2 ? 'a-->b' : `c${i}`,
        name,
        type: i % 3 === 0 ? 'sql-database' : i % 3 === 1 ? 'external-user' : 'web-app',
        boundary: ['end', 'graph', 'loop-a', 'orphan', 'unknown'][i % 5],
      })),
      { id: 'a_b', type: 'api' },
      { id: 'end', name: 'duplicate id', type: 'api' },
    ],
    flows: [
      { id: 'f1', from: 'end', to: 'a b', protocol: 'https|"x"|; -->' },
      { id: 'f2', from: 'a b', to: 'a-->b', protocol: 'line\nbreak' },
      { id: 'f3', from: 'a-->b', to: 'a_b' },
      { id: 'f4', from: 'c3', to: 'nowhere', protocol: 'tcp' },
      { id: 'f5', from: 'c4', to: 'c4', protocol: '%%' },
    ],
  };
}

/** Names drawn from the characters Mermaid gives meaning to, from a fixed seed. */
function fuzzNames(count: number): string[] {
  const alphabet = ' "#;|[](){}<>&`%\\:\n-.=o x@*_~/AZaz09ü';
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 24) }, () => alphabet[next() % alphabet.length]).join(''),
  );
}

function fuzzModel(names: string[]): ThreatModel {
  return {
    schema: 'threat-align/v1',
    system: { name: 'Fuzz' },
    boundaries: [{ id: 'z', name: names[0] ?? 'z' }],
    components: names.map((name, i) => ({
      id: `n${i}`,
      name,
      type: 'web-app',
      boundary: i % 2 ? 'z' : undefined,
    })),
    flows: names.slice(1).map((name, i) => ({ id: `f${i}`, from: `n${i}`, to: `n${i + 1}`, protocol: name })),
  };
}

describe('renderMermaid', () => {
  const cases: { name: string; model: ThreatModel; options?: MermaidOptions }[] = [
    { name: 'the whole mini model', model: mini, options: { kb } },
    { name: 'the changed part of the mini model', model: mini, options: { kb, only: ['orders-api'] } },
    { name: 'no knowledge base', model: mini },
    { name: 'a limit of two components', model: mini, options: { kb, maxNodes: 2 } },
    { name: 'nothing selected', model: mini, options: { kb, only: ['no-such-component'] } },
    { name: 'hostile names', model: hostileModel(), options: { kb } },
    { name: 'hostile names, part of them', model: hostileModel(), options: { kb, only: ['a b', 'c4'] } },
    { name: 'fuzzed names', model: fuzzModel(fuzzNames(60)), options: { kb, maxNodes: 100 } },
    { name: 'a limit of two flows', model: mini, options: { kb, maxEdges: 2 } },
  ];
  const diagrams = cases.map((c) => renderMermaid(c.model, c.options));
  let parsed: Parsed[] = [];

  beforeAll(() => {
    parsed = parseWithMermaid(diagrams);
  }, 60_000);

  it.each(cases.map((c, i) => [c.name, i] as const))('%s parses with Mermaid as a flowchart', (_name, i) => {
    const result = parsed[i]!;
    expect(result.error).toBeUndefined();
    expect(result.type).toBe('flowchart-v2');
  });

  it('matches its golden files', () => {
    expectGolden('render-mermaid/mini.mmd', diagrams[0]!);
    expectGolden('render-mermaid/mini-orders-api.mmd', diagrams[1]!);
    expectGolden('render-mermaid/hostile.mmd', diagrams[5]!);
  });

  it('draws boundaries nested, components in them with the shape of their element', () => {
    const result = parsed[0]!;
    expect(result.subgraphs.map((s) => [s.id, s.title, s.nodes])).toEqual(
      expect.arrayContaining([
        ['b_vault', 'vault', ['c_orders_db', 'c_lonely_db']],
        [
          'b_private',
          'private',
          expect.arrayContaining(['b_vault', 'c_back_office', 'c_orders_api', 'c_events']),
        ],
      ]),
    );
    const shapes = Object.fromEntries(result.vertices.map((v) => [v.id, v.shape]));
    expect(shapes).toMatchObject({
      c_shopper: 'square',
      c_admin: 'square',
      c_shop: 'round',
      c_orders_db: 'cylinder',
      c_events: 'cylinder',
    });
    expect(result.vertices.find((v) => v.id === 'c_orders_db')?.text).toBe('orders-db<br>SQL database');
    expect(result.edges.find((e) => e.from === 'c_orders_api' && e.to === 'c_orders_db')?.text).toBe('sql');
  });

  it('shows the selection, its flows and one hop of neighbours, dimmed', () => {
    const result = parsed[1]!;
    expect(Object.fromEntries(result.vertices.map((v) => [v.id, v.classes]))).toEqual({
      c_shop: ['neighbour'],
      c_orders_api: [],
      c_orders_db: ['neighbour'],
      c_events: ['neighbour'],
    });
    expect(result.edges.map((e) => `${e.from} ${e.stroke} ${e.to}`)).toEqual([
      'c_shop dotted c_orders_api',
      'c_orders_api dotted c_orders_db',
      'c_orders_api dotted c_events',
    ]);
  });

  it('says how many components it left out, and what it shows when nothing is selected', () => {
    expect(parsed[3]!.vertices.map((v) => v.text)).toEqual([
      'shopper<br>External user',
      'admin<br>Administrator',
      '… and 6 more components not shown',
    ]);
    expect(parsed[8]!.edges).toHaveLength(2);
    expect(parsed[8]!.vertices.at(-1)?.text).toBe('… and 3 more flows not shown');
    expect(parsed[4]!.vertices.map((v) => v.text)).toEqual(['No component to show']);
  });

  it('shows hostile names as written (on one line, shortened), and keeps every component apart', () => {
    const result = parsed[5]!;
    const names = result.vertices
      .filter((v) => v.id.startsWith('c_'))
      .map((v) => v.text.slice(0, v.text.lastIndexOf('<br>')));
    const model = hostileModel();
    const expected = [...model.components.slice(0, hostileNames.length + 1)].map((c) =>
      flat(c.name?.trim() ? c.name : c.id),
    );
    expect(names.sort()).toEqual(expected.sort());
    expect(new Set(result.vertices.map((v) => v.id)).size).toBe(result.vertices.length);
    // loop-b holds no component, so it is not drawn; loop-a, in a loop, and orphan stand at the top.
    expect(result.subgraphs.map((s) => s.title).sort()).toEqual(
      ['end"] subgraph evil', '#35;|x|', 'loop-a', 'orphan'].sort(),
    );
    expect(result.edges.map((e) => e.text)).toEqual(['https|"x"|; -->', 'line break', '', '%%']);
  });

  it('shows fuzzed names exactly', () => {
    const names = fuzzNames(60);
    const result = parsed[7]!;
    const shown = Object.fromEntries(
      result.vertices.map((v) => [v.id, v.text.slice(0, v.text.lastIndexOf('<br>'))]),
    );
    expect(shown).toEqual(Object.fromEntries(names.map((n, i) => [`c_n${i}`, flat(n.trim() ? n : `n${i}`)])));
    expect(result.edges.map((e) => e.text)).toEqual(names.slice(1).map((n) => (n.trim() ? flat(n) : '')));
  });
});

describe('label', () => {
  it('writes every character Mermaid reads as syntax as an entity code', () => {
    expect(label('a "b" #c; [d] (e) {f} <g> & `h` % \\ | i: j')).toBe(
      'a #quot;b#quot; #35;c#59; #91;d#93; #40;e#41; #123;f#125; #lt;g#gt; #amp; #96;h#96; #37; #92; #124; i#58; j',
    );
  });

  it('keeps one line of at most 60 characters', () => {
    expect(label('a\nb\r\n\tc')).toBe('a b c');
    expect(segment(label('é'.repeat(100)))).toHaveLength(60);
    // A family emoji is one grapheme of seven code points: it is kept whole or not at all.
    expect(label(`${'x'.repeat(58)}👨‍👩‍👧x`)).toBe(`${'x'.repeat(58)}👨‍👩‍👧x`);
    expect(label(`${'x'.repeat(59)}👨‍👩‍👧x`)).toBe(`${'x'.repeat(59)}…`);
  });
});
