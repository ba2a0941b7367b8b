import { Ajv } from 'ajv';
import fc from 'fast-check';
import { join } from 'node:path';
import type { BacklogItem } from '../../src/core/backlog/backlog-item.js';
import { findWithoutClauses } from '../../src/core/backlog/without-clause.js';
import { catalogue } from '../../src/core/checks/registry.js';
import { RuleCompiler } from '../../src/core/expand/compile-rule.js';
import type { Expansion } from '../../src/core/expand/expansion.js';
import { buildModelGraph } from '../../src/core/expand/model-graph.js';
import { countFindings } from '../../src/core/findings/count-findings.js';
import { isFileLocation, type Finding, type Location } from '../../src/core/findings/finding.js';
import type { KnowledgeBase, Predicate } from '../../src/core/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/core/kb/load-kb.js';
import { resolveLinks } from '../../src/core/link/resolve-links.js';
import { loadModel } from '../../src/core/import/load-model-file.js';
import type { ThreatModel } from '../../src/core/model/threat-model.js';
import { jsonReportChunks } from '../../src/core/report/render-json.js';
import { maxNestingDepth, parseSourceDocument } from '../../src/core/source/parse-document.js';
import { childPointer } from '../../src/core/source/source-index.js';
import { markerName, renderMarkdown } from '../../src/core/report/render-markdown.js';
import { sarifChunks } from '../../src/core/report/render-sarif.js';
import { reportSchema } from '../../src/core/report/report-schema.js';
import { fixturesRoot, readFixtureFolder } from '../fakes/memory-kb-store.js';
import { hostileFragments } from '../core/report/hostile-text.js';
import { structureProblems } from '../core/report/markdown-structure.js';
import { analyseModel, backlogFinding, baseModelText } from '../core/report/report-scenarios.js';
import { validateSarif } from '../core/report/sarif-validator.js';

/** The reports as production writes them: the pieces of the chunked renderers, joined. */
const renderSarif = (...args: Parameters<typeof sarifChunks>): string => [...sarifChunks(...args)].join('');
const renderJson = (...args: Parameters<typeof jsonReportChunks>): string =>
  [...jsonReportChunks(...args)].join('');

/**
 * Properties of the parts that read untrusted input or write reports (SPEC §9), over generated
 * inputs. The seed is fixed and the runs bounded, so every run checks the same inputs, quickly.
 */

const seed = 20261127;
const runs = (numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns });

const miniKb = ((): KnowledgeBase => {
  const files = readFixtureFolder(join(fixturesRoot, 'kb/mini/1.0.0'), 'kb/mini/1.0.0');
  const { loaded } = loadKnowledgeBase(files);
  if (!loaded) throw new Error('the mini knowledge base does not load');
  return loaded.kb;
})();

// ── the model loader ──────────────────────────────────────────────────────────

const validModel = `schema: threat-align/v1
system: { name: Shop }
boundaries: [{ id: dmz }]
components:
  - { id: web, type: web-app, boundary: dmz, properties: { tier: high } }
  - { id: db, type: sql-database }
flows:
  - { id: q, from: web, to: db, protocol: sql }
`;

/** The lines of a text as text-position.ts counts them: LF, CRLF and a lone CR each end one. */
function lineCount(text: string): number {
  return text.split(/\r\n|\n|\r/).length;
}

function expectLocationsInside(file: string, lines: number, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const location: Location = finding.location;
    if (!isFileLocation(location)) continue;
    expect(location.file).toBe(file);
    expect(location.line).toBeGreaterThanOrEqual(1);
    expect(location.line).toBeLessThanOrEqual(lines);
    expect(location.column).toBeGreaterThanOrEqual(1);
  }
}

/** The valid model with a few edits: characters that matter to YAML, JSON and the readers. */
const mutatedModel = fc
  .array(
    fc.tuple(
      fc.nat(),
      fc.nat(3),
      fc.constantFrom(
        ':',
        '-',
        '[',
        ']',
        '{',
        '}',
        '&a',
        '*a',
        '!!',
        '"',
        "'",
        '#',
        '\t',
        '\r',
        '\r\n',
        '\n',
        '  ',
        '\uFEFF',
        '\u{1F512}',
        '__proto__',
        '<',
        'x',
      ),
    ),
    { maxLength: 6 },
  )
  .map((edits) =>
    edits.reduce((text, [at, remove, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    }, validModel),
  );

describe('loadModel: any input gives a model or findings, never an exception, always in the file', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const loaded = loadModel('m.yaml', text);
        expect(loaded.model !== undefined || loaded.findings.length > 0).toBe(true);
        const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
        expectLocationsInside('m.yaml', lineCount(source), loaded.findings);
      }),
      runs(400),
    );
  });

  it('on any bytes, as YAML and as JSON', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, json) => {
        const file = json ? 'm.json' : 'm.yaml';
        const loaded = loadModel(file, bytes);
        expect(loaded.model !== undefined || loaded.findings.length > 0).toBe(true);
        const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
        expectLocationsInside(file, lineCount(text), loaded.findings);
      }),
      runs(400),
    );
  });

  it('on a valid model with random edits (YAML indicators, anchors, CR, BOM, astral characters)', () => {
    fc.assert(
      fc.property(mutatedModel, (text) => {
        const loaded = loadModel('m.yaml', text);
        expect(loaded.model !== undefined || loaded.findings.length > 0).toBe(true);
        const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
        expectLocationsInside('m.yaml', lineCount(source), loaded.findings);
      }),
      runs(400),
    );
  });

  it("on the other tools' formats with random JSON where their lists and objects should be", () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const shaped = fc.oneof(
      fc
        .record({ threats: value, mitigations: value, mitigationLinks: value, applicationInfo: value })
        .map((parts) => ['m.tc.json', JSON.stringify({ schema: 1, ...parts }, null, 1)] as const),
      fc
        .tuple(value, value)
        .map(
          ([cells, threats]) =>
            [
              'td.json',
              JSON.stringify(
                { version: '2.2.0', summary: { title: 'T' }, detail: { diagrams: [{ cells, threats }] } },
                null,
                1,
              ),
            ] as const,
        ),
      fc
        .record({ technical_assets: value, trust_boundaries: value, includes: value, risk_tracking: value })
        .map(
          (parts) => ['tg.json', JSON.stringify({ threagile_version: '1.0.0', ...parts }, null, 1)] as const,
        ),
    );
    fc.assert(
      fc.property(shaped, ([file, text]) => {
        const loaded = loadModel(file, text);
        expect(loaded.model !== undefined || loaded.findings.length > 0).toBe(true);
        expectLocationsInside(file, lineCount(text), loaded.findings);
      }),
      runs(300),
    );
  });
});

// ── rule evaluation ───────────────────────────────────────────────────────────

const concreteTypes = miniKb.componentTypes.filter((t) => t.abstract !== true).map((t) => t.id);
const allTypes = [...miniKb.componentTypes.map((t) => t.id), 'unknown-type'];
const propertyNames = ['authentication', 'tier', 'replicas', 'internetFacing', 'protocol', 'id', 'missing'];
const scalars = fc.constantFrom<string | number | boolean>(
  'none',
  'password',
  'oidc',
  'low',
  'medium',
  'high',
  'https',
  'sql',
  0,
  2,
  3,
  true,
  false,
);

/** A small model graph: up to five components in nested boundaries, with properties, data and flows. */
const smallModel: fc.Arbitrary<ThreatModel> = fc
  .record({
    components: fc.array(
      fc.record({
        type: fc.constantFrom(...concreteTypes),
        boundary: fc.option(fc.constantFrom('internet', 'dmz', 'private', 'vault'), { nil: undefined }),
        secret: fc.boolean(),
        properties: fc.dictionary(fc.constantFrom(...propertyNames.slice(0, 4)), scalars, { maxKeys: 3 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    flows: fc.array(
      fc.record({ from: fc.nat(4), to: fc.nat(4), protocol: fc.constantFrom('http', 'https', 'sql') }),
      { maxLength: 6 },
    ),
  })
  .map(({ components, flows }) => ({
    schema: 'threat-align/v1',
    system: { name: 'Random' },
    boundaries: [
      { id: 'internet', kind: 'internet' },
      { id: 'dmz', kind: 'dmz' },
      { id: 'private', kind: 'private' },
      { id: 'vault', parent: 'private' },
    ],
    data: [{ id: 'orders', classification: 'confidential' }],
    components: components.map((c, i) => ({
      id: `c${i}`,
      type: c.type,
      ...(c.boundary === undefined ? {} : { boundary: c.boundary }),
      ...(c.secret ? { data: ['orders'] } : {}),
      properties: c.properties,
    })),
    flows: flows.map((f, i) => ({
      id: `f${i}`,
      from: `c${f.from % components.length}`,
      to: `c${f.to % components.length}`,
      protocol: f.protocol,
    })),
  }));

const predicate: fc.Arbitrary<Predicate> = fc.letrec<{ p: Predicate }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...allTypes).map((typeIs): Predicate => ({ typeIs })),
    fc.record({ name: fc.constantFrom(...propertyNames), eq: scalars }).map((property) => ({ property })),
    fc.record({ name: fc.constantFrom(...propertyNames), ne: scalars }).map((property) => ({ property })),
    fc
      .record({
        name: fc.constantFrom(...propertyNames),
        in: fc.array(scalars, { minLength: 1, maxLength: 3 }),
      })
      .map((property) => ({ property })),
    fc
      .record({ name: fc.constantFrom(...propertyNames), exists: fc.boolean() })
      .map((property) => ({ property })),
    fc.record({ name: fc.constantFrom(...propertyNames), gte: scalars }).map((property) => ({ property })),
    fc.record({ name: fc.constantFrom(...propertyNames), lt: scalars }).map((property) => ({ property })),
    fc.constantFrom<Predicate>(
      { data: { exists: true } },
      { data: { gte: 'confidential' } },
      { data: { lt: 'restricted' } },
      { crossesBoundary: true },
      { crossesBoundary: false },
      { entersBoundary: {} },
      { entersBoundary: { kind: 'dmz' } },
      { exitsBoundary: { kind: 'private' } },
    ),
    tie('p').map((not): Predicate => ({ not })),
    fc.array(tie('p'), { minLength: 1, maxLength: 3 }).map((all): Predicate => ({ all })),
    fc.array(tie('p'), { minLength: 1, maxLength: 3 }).map((any): Predicate => ({ any })),
    tie('p').map((source): Predicate => ({ source })),
    tie('p').map((target): Predicate => ({ target })),
    tie('p').map((incoming): Predicate => ({ incoming })),
    tie('p').map((outgoing): Predicate => ({ outgoing })),
  ),
})).p;

describe('rule evaluation over random predicates and random small graphs', () => {
  it('never throws, gives a boolean, `not` inverts, `all` and `any` agree with their parts', () => {
    fc.assert(
      fc.property(
        smallModel,
        predicate,
        fc.array(predicate, { minLength: 1, maxLength: 3 }),
        (model, p, parts) => {
          const graph = buildModelGraph(model);
          const compiler = new RuleCompiler(miniKb, graph);
          const rule = compiler.compile(p);
          const negated = compiler.compile({ not: p });
          const all = compiler.compile({ all: parts });
          const any = compiler.compile({ any: parts });
          const compiledParts = parts.map((part) => compiler.compile(part));
          for (const element of [...graph.components, ...graph.flows]) {
            const value = rule(element);
            expect(typeof value).toBe('boolean');
            expect(negated(element)).toBe(!value);
            const partValues = compiledParts.map((part) => part(element));
            expect(all(element)).toBe(partValues.every(Boolean));
            expect(any(element)).toBe(partValues.some(Boolean));
          }
        },
      ),
      runs(300),
    );
  });
});

// ── the WITHOUT parser ────────────────────────────────────────────────────────

/**
 * The text as an object that counts the work done on it: every character read (`charCodeAt`) and
 * every character `indexOf` passes over. The parser sees an ordinary string; the count is its cost.
 */
function countingText(text: string): { text: string; reads: () => number } {
  let reads = 0;
  const proxy = {
    length: text.length,
    charCodeAt(i: number): number {
      reads += 1;
      return text.charCodeAt(i);
    },
    indexOf(search: string, from = 0): number {
      const at = text.indexOf(search, from);
      reads += (at === -1 ? text.length : at + search.length) - Math.max(0, from);
      return at;
    },
    slice: (start?: number, end?: number): string => {
      const part = text.slice(start, end);
      reads += part.length;
      return part;
    },
  };
  return { text: proxy as unknown as string, reads: () => reads };
}

const clauseText = fc.string({
  unit: fc.constantFrom(
    'WITHOUT',
    'WITHOUT ',
    'without',
    'WITHOUTx',
    'xWITHOUT',
    ' ',
    '.',
    '. ',
    '!',
    '?',
    '\n',
    '\n\n',
    '\r\n\r\n',
    '\u00A0',
    '\u2028',
    'a',
    'b',
    '@x',
  ),
  maxLength: 60,
});

/**
 * A sentence end inside a clause: `.`, `!` or `?` then white space. (A clause may end in `!` that was
 * no sentence end where it stood: "WITHOUT it!!" ends at the second, and its clause is "it!".)
 */
const sentenceEnd = /[.!?]\s/;

describe('findWithoutClauses', () => {
  it('reads each character a bounded number of times, on adversarial inputs (linear)', () => {
    const adversarial = [
      'WITHOUT '.repeat(20_000),
      'WITHOUTx'.repeat(20_000),
      `WITHOUT ${'a '.repeat(50_000)}`,
      'WITHOUT a.'.repeat(10_000),
      `WITHOUT ${'.'.repeat(100_000)}`,
      `WITHOUT ${'\n'.repeat(100_000)}x`,
      ' '.repeat(100_000),
    ];
    for (const input of adversarial) {
      const counted = countingText(input);
      findWithoutClauses(counted.text, 'body');
      expect(counted.reads()).toBeLessThanOrEqual(6 * input.length + 16);
    }
    fc.assert(
      fc.property(clauseText, fc.integer({ min: 1, max: 50 }), (unit, times) => {
        const input = unit.repeat(times);
        const counted = countingText(input);
        findWithoutClauses(counted.text, 'body');
        expect(counted.reads()).toBeLessThanOrEqual(6 * input.length + 16);
      }),
      runs(300),
    );
  });

  it('never puts a sentence end inside a clause, and never yields an empty clause', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        for (const clause of findWithoutClauses(text, 'body')) {
          expect(clause.text).not.toMatch(sentenceEnd);
          expect(clause.text).not.toBe('');
        }
      }),
      runs(1000),
    );
  });

  it('never matches a lower-case "without", nor the keyword inside a word', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const clauses = findWithoutClauses(text.replaceAll('WITHOUT', 'without'), 'title');
        expect(clauses).toEqual([]);
        expect(findWithoutClauses(text.replaceAll('WITHOUT', 'xWITHOUTx'), 'title')).toEqual([]);
      }),
      runs(500),
    );
  });

  it('finds the clause of a keyword written as a word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z ]{0,30}[a-z]$/), (words) => {
        expect(findWithoutClauses(`As a shopper, WITHOUT ${words}. Thanks`, 'body')).toEqual([
          { text: words.replace(/\s+/g, ' '), field: 'body' },
        ]);
      }),
      runs(200),
    );
  });
});

// ── link extraction ───────────────────────────────────────────────────────────

const linkModel: ThreatModel = {
  schema: 'threat-align/v1',
  system: { name: 'Shop' },
  components: [{ id: 'db', type: 'sql-database' }],
  requirements: [{ id: 'SR-1', text: 'Orders are safe' }],
};
const knownThreats = ['SQLI@db', 'SENSITIVE@db'];
const fullExpansion = { threats: knownThreats.map((id) => ({ id })) } as unknown as Expansion;
const knownIds: Record<'threat' | 'mitigation' | 'requirement' | 'event', string[]> = {
  threat: knownThreats,
  mitigation: miniKb.mitigationTypes.map((m) => m.id),
  requirement: ['SR-1'],
  event: miniKb.events.map((e) => e.id),
};
const anyKnownId = fc.constantFrom(
  ...Object.entries(knownIds).flatMap(([kind, ids]) => ids.map((id) => [kind, id] as const)),
);
/** Prose without ids: lower-case words, digits and punctuation, never an upper-case id shape. */
const prose = fc.string({
  unit: fc.constantFrom('a', 'm', 'sr', 'ev', 'db', '1', ' ', '.', ',', '-', '@', '#', '\n', '(', ')', 'é'),
  maxLength: 80,
});

function links(items: BacklogItem[]) {
  return resolveLinks({ model: linkModel, kb: miniKb, fullExpansion, items, aliases: [] });
}

function backlogItem(id: string, title: string, body: string): BacklogItem {
  return { id, title, body, status: 'open', labels: [], type: 'story', links: [] };
}

describe('link extraction from backlog text', () => {
  it('finds every known id embedded in random text, in the title or the body', () => {
    fc.assert(
      fc.property(prose, anyKnownId, prose, fc.boolean(), (before, [kind, id], after, inTitle) => {
        const text = `${before} ${id} ${after}`;
        const found = links([backlogItem('#1', inTitle ? text : 'Story', inTitle ? '' : text)]);
        expect([...(found.itemsFor[kind as keyof typeof knownIds].get(id) ?? [])]).toEqual(['#1']);
      }),
      runs(500),
    );
  });

  it('finds nothing in text without ids', () => {
    fc.assert(
      fc.property(prose, prose, (title, body) => {
        const found = links([backlogItem('#1', title, body)]);
        expect(found.linkedFrom.size).toBe(0);
        expect(found.unknownMentions).toEqual([]);
      }),
      runs(500),
    );
  });
});

// ── Markdown neutralisation ───────────────────────────────────────────────────

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...hostileFragments), fc.string({ maxLength: 5 })), { maxLength: 16 })
  .map((parts) => parts.join(''));

describe('the Markdown report, with hostile backlog text', () => {
  const marker = 'threatmodel.yaml';

  it('has no active mention, no HTML of its own making, and no marker but its own', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (title, body) => {
        const items = [
          { ...backlogItem('#7', title, body), url: 'https://example.invalid/7' },
          backlogItem('#8', `WITHOUT ${title}`, body),
        ];
        const analysis = await analyseModel(baseModelText, items, [
          backlogFinding('#7', `the story "${title}" is linked to no threat`, `Add a threat to "${body}"`),
        ]);
        const markdown = renderMarkdown({
          analysis,
          options: { toolVersion: '1.0.0', docsBase: 'https://example.invalid/docs/', marker },
        });
        expect(structureProblems(markdown, markerName(marker))).toEqual([]);
        expect(markdown.match(/<!--/g)).toHaveLength(1);
        expect(markdown).not.toMatch(/<(?:script|img|a |iframe)/i);
      }),
      runs(40),
    );
  });
});

// ── the JSON and SARIF renderers ──────────────────────────────────────────────

const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const location: fc.Arbitrary<Location> = fc.oneof(
  fc.record(
    {
      file: fc.constantFrom('threatmodel.yaml', 'kb/acme/types.yaml', 'dir with space/m.json', 'ü/m.yaml'),
      line: fc.integer({ min: 1, max: 100_000 }),
      column: fc.integer({ min: 1, max: 10_000 }),
      endLine: fc.integer({ min: 1, max: 100_000 }),
      endColumn: fc.integer({ min: 1, max: 10_000 }),
    },
    { requiredKeys: ['file', 'line', 'column'] },
  ),
  fc.record({
    backlogItem: fc.record({ id: anyText, url: fc.webUrl() }, { requiredKeys: ['id'] }),
  }),
);
const finding: fc.Arbitrary<Finding> = fc.record({
  check: fc.oneof(fc.constantFrom(...catalogue.map((c) => c.id)), fc.stringMatching(/^TA[1-9][0-9]{2}$/)),
  severity: fc.constantFrom('error', 'warning', 'note'),
  message: anyText,
  location,
  hint: anyText,
  subject: anyText,
});

describe('the JSON and SARIF renderers, on random findings', () => {
  const validateReport = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(
    reportSchema,
  );
  const options = { toolVersion: '1.2.3', docsBase: 'https://example.invalid/docs/checks/' };

  it('always write a report valid against the published report schema', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 8 }), (findings) => {
        const report: unknown = JSON.parse(
          renderJson({ findings, counts: countFindings(findings) }, options),
        );
        expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
      }),
      runs(300),
    );
  });

  it('always write valid SARIF 2.1.0', () => {
    fc.assert(
      fc.property(
        fc.array(finding, { maxLength: 8 }),
        fc.constantFrom('1.2.3', 'dev build'),
        (findings, version) => {
          const log: unknown = JSON.parse(
            renderSarif({ findings }, { ...options, toolVersion: version, modelFile: 'threatmodel.yaml' }),
          );
          expect(validateSarif(log)).toBeNull();
        },
      ),
      runs(200),
    );
  });
});

// ── the JSON position index ───────────────────────────────────────────────────

/** Every pointer of a JSON value, in document order: the places a finding can name. */
function pointersOf(value: unknown, pointer = ''): string[] {
  const children =
    typeof value !== 'object' || value === null
      ? []
      : Array.isArray(value)
        ? value.map((item, i) => pointersOf(item, childPointer(pointer, i)))
        : Object.entries(value).map(([key, item]) => pointersOf(item, childPointer(pointer, key)));
  return [pointer, ...children.flat()];
}

describe('a .json file (JSON.parse and json-node-spans.ts) reads as the YAML parser reads the same text', () => {
  const layouts = fc.record({
    indent: fc.constantFrom(0, 1, 2, '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
  });
  const document = fc.oneof(
    fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), fc.jsonValue({ maxDepth: 3 })),
  );

  it('with the same value and, for every key and value, the same line:column', () => {
    fc.assert(
      fc.property(document, layouts, (value, layout) => {
        const json = JSON.stringify(value, null, layout.indent).replace(/\n/g, layout.lineEnd);
        const text = layout.bom ? `\uFEFF${json}` : json;
        const fast = parseSourceDocument('d.json', text);
        const yaml = parseSourceDocument('d.yaml', text);
        expect(fast.findings).toEqual([]);
        expect(yaml.findings).toEqual([]);
        expect(fast.value).toEqual(yaml.value);
        const places = (parsed: typeof fast) =>
          pointersOf(parsed.value).map((pointer) => {
            const { file: _file, ...value } = parsed.index.locate(pointer);
            const { file: _keyFile, ...key } = parsed.index.locate(pointer, 'key');
            return { pointer, value, key };
          });
        expect(places(fast)).toEqual(places(yaml));
      }),
      runs(400),
    );
  });

  it('leaves duplicate keys and deep nesting to the YAML path, with its findings', () => {
    const asYaml = (text: string) =>
      parseSourceDocument('d.yaml', text).findings.map((f) =>
        isFileLocation(f.location) ? { ...f, location: { ...f.location, file: 'd.json' } } : f,
      );
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), fc.integer({ min: 60, max: 70 }), (key, depth) => {
        const duplicate = `{ "a": { ${JSON.stringify(key)}: 1,\n ${JSON.stringify(key)}: 2 } }`;
        const twice = parseSourceDocument('d.json', duplicate).findings;
        expect(twice.map((f) => f.check)).toEqual(['TA103']);
        expect(twice).toEqual(asYaml(duplicate));
        const deep = `{"x": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
        const nested = parseSourceDocument('d.json', deep).findings;
        expect(nested.map((f) => f.subject)).toEqual(depth > maxNestingDepth ? ['nesting'] : []);
        expect(nested).toEqual(asYaml(deep));
      }),
      runs(40),
    );
  });
});
