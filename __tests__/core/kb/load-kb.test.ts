import { loadKnowledgeBase } from '../../../src/core/kb/load-kb.js';
import type { KbFile } from '../../../src/core/kb/kb-files.js';
import { resolveKnowledgeBase } from '../../../src/core/kb/resolve-kb.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';

const manifest: KbFile = { path: 'kb/acme/kb.yaml', text: 'knowledgeBase: { name: acme, version: 1.0.0 }\n' };
const types = `componentTypes:
  - { id: process, name: Process, abstract: true, element: process, stride: [S, T, R, I, D, E] }
  - { id: api, name: API, extends: process }
mitigationTypes:
  - { id: M-X, name: X, description: x, control: preventive, cost: low }
properties:
  internetFacing: { description: reachable from the internet, type: boolean }
  tier: { description: tier, values: [low, high] }
`;

function threat(rule: string, appliesTo = 'component'): KbFile {
  return {
    path: 'kb/acme/threats.yaml',
    text: `threatTypes:
  - id: T-ONE
    name: One
    description: d
    stride: [S]
    severity: low
    appliesTo: ${appliesTo}
    rule: ${rule}
    mitigations: [{ id: M-X, strength: weak }]
`,
  };
}

function problems(files: KbFile[]): string[] {
  const result = loadKnowledgeBase(files);
  return result.findings.map((f) => {
    const l = f.location as { file: string; line: number; column: number };
    return `${l.file}:${l.line}:${l.column} ${f.check} ${f.message}`;
  });
}

const load = (rule: string, appliesTo?: string): string[] =>
  problems([manifest, { path: 'kb/acme/types.yaml', text: types }, threat(rule, appliesTo)]);

describe('loadKnowledgeBase: a bad rule fails at its file, line and column', () => {
  it('accepts a good rule', () => {
    expect(load('{ all: [{ typeIs: api }, { property: { name: internetFacing, eq: true } }] }')).toEqual([]);
  });

  it('refuses an unknown component type in typeIs', () => {
    expect(load('{ all: [{ typeIs: ap }] }')).toEqual([
      'kb/acme/threats.yaml:8:29 TA106 typeIs names "ap", which is not a component type',
    ]);
  });

  it('refuses an undeclared property and a value outside the declared ones', () => {
    expect(
      load('{ any: [{ property: { name: colour, eq: red } }, { property: { name: tier, eq: mid } }] }'),
    ).toEqual([
      'kb/acme/threats.yaml:8:39 TA106 property "colour" is not declared in the knowledge base\'s properties',
      'kb/acme/threats.yaml:8:90 TA106 property "tier": "mid" is not one of its declared values (low, high)',
    ]);
  });

  it('refuses an ordered comparison over an unordered property', () => {
    expect(load('{ property: { name: tier, gte: low } }')).toEqual([
      'kb/acme/threats.yaml:8:42 TA106 "gte" compares over an order, but property "tier" declares none',
    ]);
  });

  it('refuses flow operators on components and component operators on flows', () => {
    expect(load('{ source: { typeIs: api } }')).toEqual([
      'kb/acme/threats.yaml:8:13 TA106 "source" holds only on flows, but here it is evaluated on a component',
    ]);
    expect(load('{ all: [{ typeIs: api }, { incoming: { crossesBoundary: true } }] }', 'flow')).toEqual([
      'kb/acme/threats.yaml:8:21 TA106 "typeIs" holds only on components, but here it is evaluated on a flow',
      'kb/acme/threats.yaml:8:38 TA106 "incoming" holds only on components, but here it is evaluated on a flow',
    ]);
  });

  it('refuses a predicate with two operators, or an unknown one, through the schema', () => {
    expect(load('{ typeIs: api, not: { typeIs: api } }')).toEqual([
      'kb/acme/threats.yaml:8:11 TA106 threatTypes[0].rule must NOT have more than 1 properties',
    ]);
    expect(load('{ matches: "^.*$" }')).toEqual([
      'kb/acme/threats.yaml:8:13 TA106 threatTypes[0].rule: unknown property "matches"',
    ]);
  });

  it('refuses references to mitigations and events that do not exist', () => {
    const file = threat('{ typeIs: api }');
    file.text = file.text.replace('M-X, strength', 'M-Y, strength') + '    events: [EV-NOPE]\n';
    expect(problems([manifest, { path: 'kb/acme/types.yaml', text: types }, file])).toEqual([
      'kb/acme/threats.yaml:9:25 TA106 threat type "T-ONE" names mitigation type "M-Y", which does not exist',
      'kb/acme/threats.yaml:10:14 TA106 threat type "T-ONE" names event "EV-NOPE", which does not exist',
    ]);
  });

  it('refuses duplicate ids across files, a missing manifest, and inheritance loops', () => {
    const again: KbFile = {
      path: 'kb/acme/z.yaml',
      text: 'componentTypes:\n  - { id: api, name: Again, extends: process }\n',
    };
    expect(problems([manifest, { path: 'kb/acme/types.yaml', text: types }, again])).toEqual([
      'kb/acme/z.yaml:2:11 TA106 "api" is defined twice (first at kb/acme/types.yaml:3:11)',
    ]);
    expect(problems([{ path: 'kb/acme/types.yaml', text: types }])).toEqual([
      'kb/acme/types.yaml:1:1 TA106 no manifest: none of the 1 knowledge-base files says "knowledgeBase: { name, version }"',
    ]);
    const loop: KbFile = {
      path: 'kb/acme/loop.yaml',
      text: 'componentTypes:\n  - { id: a, name: A, extends: b }\n  - { id: b, name: B, extends: a, element: process }\n',
    };
    expect(problems([manifest, loop])).toEqual([
      'kb/acme/loop.yaml:2:32 TA106 component type "a" inherits from itself: a → b → a',
      'kb/acme/loop.yaml:3:32 TA106 component type "b" inherits from itself: b → a → b',
    ]);
  });
});

describe('content hash', () => {
  const files = miniShipped()['mini@1.0.0'] ?? [];
  const hashOf = (f: KbFile[]): string => loadKnowledgeBase(f).loaded?.kb.sha256 ?? 'failed';

  it('ignores how the content is split into files, ordered, indented or commented', () => {
    const merged: KbFile = {
      path: 'kb/mini/all.yaml',
      text: files.map((f) => `# ${f.path}\n${f.text}`).join('\n'),
    };
    expect(hashOf([merged])).toBe(hashOf(files));
    expect(hashOf([...files].reverse())).toBe(hashOf(files));
  });

  it('changes when any entry changes', () => {
    const changed = files.map((f) => ({
      ...f,
      text: f.text.replace('severity: high', 'severity: critical'),
    }));
    expect(hashOf(changed)).not.toBe(hashOf(files));
    expect(hashOf(files)).toMatch(/^[a-f0-9]{64}$/);
  });
});

describe('organisation knowledge bases that extend a shipped one', () => {
  const store = (orgFiles: KbFile[]) => memoryKbStore(miniShipped(), { 'kb/acme': orgFiles });
  const orgManifest = (extra = ''): KbFile => ({
    path: 'kb/acme/kb.yaml',
    text: `knowledgeBase: { name: acme, version: 2.0.0, extends: mini@1.0.0${extra} }\n`,
  });
  const describeFindings = (findings: { location: unknown; message: string }[]): string[] =>
    findings.map(
      (f) =>
        `${(f.location as { line: number }).line}:${(f.location as { column: number }).column} ${f.message}`,
    );

  it('adds entries, overrides with override: true, and removes by id', async () => {
    const extra: KbFile = {
      path: 'kb/acme/more.yaml',
      text: `componentTypes:
  - { id: graphql-api, name: GraphQL API, extends: api }
mitigationTypes:
  - { id: M-TLS, name: Mutual TLS everywhere, description: Our mesh encrypts all traffic., control: preventive, cost: low, override: true }
`,
    };
    const resolved = await resolveKnowledgeBase(
      './kb/acme',
      store([orgManifest(', remove: [HIGH-TIER, Q-DATA]'), extra]),
    );
    expect(resolved.findings).toEqual([]);
    const kb = resolved.loaded!.kb;
    expect(kb.name).toBe('acme');
    expect(kb.componentTypes.map((t) => t.id)).toContain('graphql-api');
    expect(kb.mitigationTypes.find((m) => m.id === 'M-TLS')?.name).toBe('Mutual TLS everywhere');
    expect(kb.threatTypes.map((t) => t.id)).not.toContain('HIGH-TIER');
    expect(kb.questions.map((q) => q.id)).toEqual(['Q-AUTHN']);
  });

  it('says where an entry conflicts with the extended one, and what to write', async () => {
    const clash: KbFile = {
      path: 'kb/acme/more.yaml',
      text: 'mitigationTypes:\n  - { id: M-TLS, name: T, description: d, control: preventive, cost: low }\n',
    };
    const resolved = await resolveKnowledgeBase('./kb/acme', store([orgManifest(), clash]));
    expect(describeFindings(resolved.findings)).toEqual(['2:11 "M-TLS" is already defined by mini@1.0.0']);
    expect(resolved.findings[0]?.hint).toMatch(/override: true/);
  });

  it('refuses a removal that leaves a reference dangling, at the entry that refers', async () => {
    const resolved = await resolveKnowledgeBase('./kb/acme', store([orgManifest(', remove: [M-PARAM]')]));
    expect(describeFindings(resolved.findings)).toEqual([
      '10:25 threat type "SQLI" names mitigation type "M-PARAM", which does not exist',
    ]);
    expect((resolved.findings[0]?.location as { file: string }).file).toBe('kb/mini/1.0.0/threats.yaml');
  });

  it('reports a version that is not shipped with the versions that are', async () => {
    const resolved = await resolveKnowledgeBase('mini@9.0.0', store([]));
    expect(resolved.problem?.message).toBe(
      'knowledge base mini@9.0.0 is not shipped with this threat-align (shipped: mini@1.0.0, mini@1.1.0)',
    );
  });
});
