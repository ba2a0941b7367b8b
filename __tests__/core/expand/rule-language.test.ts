import { expandModel } from '../../../src/core/expand/expand-model.js';
import { RuleCompiler } from '../../../src/core/expand/compile-rule.js';
import { buildModelGraph } from '../../../src/core/expand/model-graph.js';
import type { KbFile } from '../../../src/core/kb/kb-files.js';
import type { KnowledgeBase, Predicate } from '../../../src/core/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../../src/core/kb/load-kb.js';
import { loadModel } from '../../../src/core/import/load-model-file.js';
import type { ThreatModel } from '../../../src/core/model/threat-model.js';

const manifest: KbFile = { path: 'kb/lang/kb.yaml', text: 'knowledgeBase: { name: lang, version: 1.0.0 }\n' };
const types: KbFile = {
  path: 'kb/lang/types.yaml',
  text: `componentTypes:
  - { id: process, name: Process, abstract: true, element: process, stride: [S, T, R, I, D, E] }
  - { id: external-entity, name: External, abstract: true, element: external-entity, stride: [S, R] }
  - { id: data-store, name: Store, abstract: true, element: data-store, stride: [T, I] }
  - { id: user, name: User, extends: external-entity }
  - { id: browser, name: Browser, extends: process }
  - { id: gateway, name: Gateway, extends: process }
  - { id: api, name: API, extends: process }
  - { id: waf, name: WAF, extends: process }
  - { id: vault, name: Vault, extends: data-store }
  - { id: db, name: DB, extends: data-store }
mitigationTypes:
  - { id: M-X, name: X, description: x, control: preventive, cost: low }
properties:
  internetFacing: { description: reachable from the internet, type: boolean }
`,
};

/** One threat type per rule, id T-<KEY>: `appliesTo` from the key's suffix (`@flow`). */
function threatsFile(rules: Record<string, string>): KbFile {
  const entries = Object.entries(rules).map(([key, rule]) => {
    const [id, on] = key.split('@');
    return `  - id: T-${id}
    name: ${id}
    description: d
    stride: [S]
    severity: low
    appliesTo: ${on ?? 'component'}
    rule: ${rule}
    mitigations: [{ id: M-X, strength: weak }]`;
  });
  return { path: 'kb/lang/threats.yaml', text: `threatTypes:\n${entries.join('\n')}\n` };
}

const predicates: KbFile = {
  path: 'kb/lang/predicates.yaml',
  text: `predicates:
  from-internet:
    description: Reached from a person on the internet within three hops.
    on: component
    rule: { reachable: { from: { all: [{ elementIs: external-entity }, { internetExposed: true }] }, hops: 3 } }
  service:
    description: An API or a gateway.
    on: component
    rule: { typeIs: [api, gateway] }
  over-the-network:
    description: A request between two components.
    on: flow
    rule: { flowRole: request }
`,
};

function kbOf(rules: Record<string, string>, extra: KbFile[] = [predicates]): KnowledgeBase {
  const loaded = loadKnowledgeBase([manifest, types, ...extra, threatsFile(rules)]);
  expect(loaded.findings).toEqual([]);
  return loaded.loaded!.kb;
}

function problems(files: KbFile[]): string[] {
  return loadKnowledgeBase([manifest, types, ...files]).findings.map((f) => {
    const l = f.location as { file: string; line: number; column: number };
    return `${l.file}:${l.line}:${l.column} ${f.message}`;
  });
}

function modelOf(text: string): ThreatModel {
  const loaded = loadModel('threatmodel.yaml', `schema: threat-align/v1\nsystem: { name: s }\n${text}`);
  expect(loaded.findings).toEqual([]);
  return loaded.model!;
}

/** Internet person → own browser → gateway → api → api2 → db, with a response back and a vault. */
const chain = modelOf(`boundaries:
  - { id: net, kind: internet }
  - { id: office, kind: private }
data:
  - { id: card, classification: restricted, kinds: [card, personal] }
  - { id: cfg, classification: internal }
components:
  - { id: person, type: user, boundary: net }
  - { id: staff, type: user, boundary: office }
  - { id: browser, type: browser, boundary: net }
  - { id: gw, type: gateway, properties: { internetFacing: true } }
  - { id: api, type: api }
  - { id: api2, type: api }
  - { id: db, type: db, data: [cfg] }
  - { id: admin-api, type: api }
  - { id: vault, type: vault, outOfScope: true }
flows:
  - { id: use, from: person, to: browser, role: own-device }
  - { id: call, from: browser, to: gw }
  - { id: route, from: gw, to: api, data: [card] }
  - { id: route-back, from: api, to: gw, role: response }
  - { id: deeper, from: api, to: api2 }
  - { id: store, from: api2, to: db }
  - { id: manage, from: staff, to: admin-api }
  - { id: leak, from: db, to: browser, role: response }
  - { id: secrets, from: api, to: vault }
`);

function fired(rules: Record<string, string>, model = chain, extra?: KbFile[]): Record<string, string[]> {
  const kb = kbOf(rules, extra);
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(rules)) out[key] = [];
  for (const threat of expandModel(model, kb, 'full').threats) {
    const key = Object.keys(rules).find((k) => `T-${k.split('@')[0]}` === threat.typeId);
    if (key) out[key]?.push(threat.element);
  }
  return out;
}

describe('rule language: named predicates, reachability, boundaries, kinds, roles, model-wide', () => {
  it('a named predicate is written once and referred to by is:, on components and flows', () => {
    expect(
      fired({
        SVC: '{ is: service }',
        REACHED: '{ all: [{ is: service }, { is: from-internet }] }',
        'NET@flow': '{ all: [{ is: over-the-network }, { target: { is: service } }] }',
      }),
    ).toEqual({
      SVC: ['gw', 'api', 'api2', 'admin-api'],
      REACHED: ['gw', 'api', 'api2'],
      'NET@flow': ['call', 'route', 'deeper', 'manage'],
    });
  });

  it('reachable counts request hops only: own-device flows are free, responses are never followed', () => {
    const internetPerson = '{ all: [{ elementIs: external-entity }, { internetExposed: true }] }';
    expect(
      fired({
        ONE: `{ reachable: { from: ${internetPerson}, hops: 1 } }`,
        TWO: `{ reachable: { from: ${internetPerson}, hops: 2 } }`,
        ANYONE: '{ reachable: { from: { elementIs: external-entity }, hops: 1 } }',
      }),
    ).toEqual({
      // browser: 0 hops (the person's own device); gw: 1; api: 2 (the response route-back and leak are no path).
      ONE: ['browser', 'gw'],
      TWO: ['browser', 'gw', 'api'],
      ANYONE: ['browser', 'gw', 'admin-api'],
    });
  });

  it('inBoundary by kind, and internetExposed from an internet boundary or internetFacing', () => {
    expect(
      fired({
        PRIVATE: '{ inBoundary: { kind: private } }',
        ANY: '{ inBoundary: {} }',
        EXPOSED: '{ internetExposed: true }',
        // The staff member inside a private zone is an external entity, but not on the internet.
        EDGE: '{ all: [{ elementIs: external-entity }, { internetExposed: true }] }',
      }),
    ).toEqual({
      PRIVATE: ['staff'],
      ANY: ['person', 'staff', 'browser'],
      EXPOSED: ['person', 'browser', 'gw'],
      EDGE: ['person'],
    });
  });

  it('dataKind reads data kinds of own data and of every flow in or out; flowRole reads the role', () => {
    expect(
      fired({
        CARD: '{ dataKind: card }',
        'CARD-FLOW@flow': '{ dataKind: [health, card] }',
        'RESP@flow': '{ flowRole: [response, own-device] }',
      }),
    ).toEqual({
      CARD: ['gw', 'api'],
      'CARD-FLOW@flow': ['route'],
      'RESP@flow': ['use', 'route-back', 'leak'],
    });
  });

  it('someComponent and someFlow test the whole model, out-of-scope elements included', () => {
    expect(
      fired({
        'NO-VAULT': '{ all: [{ typeIs: api }, { not: { someComponent: { typeIs: vault } } }] }',
        'NO-WAF':
          '{ all: [{ internetExposed: true }, { typeIs: gateway }, { not: { someComponent: { typeIs: waf } } }] }',
        'HAS-RESPONSE': '{ all: [{ typeIs: gateway }, { someFlow: { flowRole: response } }] }',
      }),
    ).toEqual({ 'NO-VAULT': [], 'NO-WAF': ['gw'], 'HAS-RESPONSE': ['gw'] });
  });

  it('outOfScope elements get no threats; a boundary marks what it holds; neighbours still count', () => {
    const model = modelOf(`boundaries:
  - { id: theirs, outOfScope: true }
components:
  - { id: person, type: user, outOfScope: true }
  - { id: api, type: api }
  - { id: partner, type: api, boundary: theirs }
  - { id: db, type: db }
flows:
  - { id: call, from: person, to: api }
  - { id: store, from: api, to: db, outOfScope: true }
  - { id: sync, from: partner, to: api }
  - { id: side, from: person, to: partner }
`);
    expect(
      fired(
        {
          ALL: '{ elementIs: [process, data-store, external-entity] }',
          'FLOWS@flow': '{ flowRole: request }',
          REACHED: '{ reachable: { from: { typeIs: user }, hops: 1 } }',
        },
        model,
      ),
    ).toEqual({ ALL: ['api', 'db'], 'FLOWS@flow': ['call', 'sync'], REACHED: ['api'] });
  });
});

describe('rule language: load errors at the file, line and column', () => {
  const rule = (text: string): KbFile => threatsFile({ ONE: text });

  it('an unknown name, with the names it could be', () => {
    expect(problems([predicates, rule('{ is: servise }')])).toEqual([
      'kb/lang/threats.yaml:8:17 is names "servise", which is not a predicate of the knowledge base',
    ]);
  });

  it('a flow predicate named in a component rule, and a misplaced new operator', () => {
    expect(
      problems([predicates, rule('{ any: [{ is: over-the-network }, { flowRole: request }] }')]),
    ).toEqual([
      'kb/lang/threats.yaml:8:25 predicate "over-the-network" is evaluated on flows, but here it is evaluated on a component',
      'kb/lang/threats.yaml:8:47 "flowRole" holds only on flows, but here it is evaluated on a component',
    ]);
  });

  it('a loop of names, and a name defined twice', () => {
    const loop: KbFile = {
      path: 'kb/lang/loop.yaml',
      text: `predicates:
  a: { description: a, on: component, rule: { not: { is: b } } }
  b: { description: b, on: component, rule: { any: [{ typeIs: api }, { is: a }] } }
`,
    };
    const again: KbFile = {
      path: 'kb/lang/more.yaml',
      text: `predicates:
  service: { description: again, on: component, rule: { typeIs: api } }
`,
    };
    expect(problems([loop, predicates, again, rule('{ is: a }')])).toEqual([
      'kb/lang/predicates.yaml:6:3 predicate "service" is defined twice (first at kb/lang/more.yaml:2:3)',
      'kb/lang/loop.yaml:2:3 predicate "a" refers to itself: a → b → a',
    ]);
  });

  it('a reachability without a hop limit, and an unknown data kind, through the schema', () => {
    const found = problems([
      rule('{ any: [{ reachable: { from: { typeIs: user } } }, { dataKind: cards }] }'),
    ]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith('kb/lang/threats.yaml:8:'))).toBe(true);
  });

  it('a knowledge base without named predicates keeps the canonical form it had (no predicates key)', () => {
    const kb = kbOf({ ONE: '{ typeIs: api }' }, []);
    expect('predicates' in kb).toBe(false);
  });
});

describe('rule language: evaluation is memoised, never exponential', () => {
  /**
   * 30 layers of 10 APIs, each reached from two APIs of the layer before, and the person calling
   * layer 0 and layer 5: 301 components and 600 flows, with 2^n paths n layers deep.
   */
  function layered(): ThreatModel {
    const components = ['  - { id: person, type: user }'];
    const flows: string[] = [];
    for (let l = 0; l < 30; l++) {
      for (let i = 0; i < 10; i++) {
        components.push(`  - { id: a${l}-${i}, type: api }`);
        if (l === 0 || l === 5) flows.push(`  - { id: p${l}-${i}, from: person, to: a${l}-${i} }`);
        if (l > 0)
          for (const j of [i, (i + 1) % 10])
            flows.push(`  - { id: f${l}-${j}-${i}, from: a${l - 1}-${j}, to: a${l}-${i} }`);
      }
    }
    return modelOf(`components:\n${components.join('\n')}\nflows:\n${flows.join('\n')}\n`);
  }

  function nested(levels: number): Predicate {
    let rule: Predicate = { typeIs: 'user' };
    for (let i = 0; i < levels; i++) rule = { incoming: { source: rule } };
    return rule;
  }

  it('ten nested incoming/source levels on a 600-flow model compute each part at most once per element', () => {
    const model = layered();
    expect(model.flows).toHaveLength(600);
    const kb = kbOf({ ONE: '{ typeIs: api }' }, []);
    const graph = buildModelGraph(model);
    const compiler = new RuleCompiler(kb, graph);
    const rule = compiler.compile(nested(10));
    const held = graph.components.filter((c) => rule(c)).map((c) => c.id);
    // Exactly the components ten flows from the person hold: layer 9 (through layer 0) and 14 (through 5).
    const layer = (l: number): string[] => Array.from({ length: 10 }, (_, i) => `a${l}-${i}`);
    expect(held).toEqual([...layer(9), ...layer(14)]);
    // 20 memoised parts (10 incoming bodies on flows, 10 source bodies on components), each
    // computed at most once per element; without memoisation a path count (15^9) would be needed.
    const elements = graph.components.length + graph.flows.length;
    expect(compiler.evaluations).toBeGreaterThan(0);
    expect(compiler.evaluations).toBeLessThanOrEqual(20 * elements);
  }, 60_000);

  it('a named predicate is computed once per element, however many rules name it', () => {
    const model = layered();
    const extra: KbFile = {
      path: 'kb/lang/deep.yaml',
      text: `predicates:\n  deep:\n    description: five levels\n    on: component\n    rule: ${JSON.stringify(nested(5))}\n`,
    };
    const kb = kbOf({ ONE: '{ typeIs: api }' }, [extra]);
    const graph = buildModelGraph(model);
    const compiler = new RuleCompiler(kb, graph);
    const rules = Array.from({ length: 12 }, () =>
      compiler.compile({ all: [{ typeIs: 'api' }, { is: 'deep' }] }),
    );
    for (const rule of rules) for (const c of graph.components) rule(c);
    const once = compiler.evaluations;
    for (const rule of rules) for (const c of graph.components) rule(c);
    expect(compiler.evaluations).toBe(once);
    expect(once).toBeLessThanOrEqual(11 * (graph.components.length + graph.flows.length));
  }, 60_000);
});
