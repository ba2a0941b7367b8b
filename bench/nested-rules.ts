import { expandModel } from '../src/core/expand/expand-model.js';
import type { KnowledgeBase, Predicate, ThreatType } from '../src/core/kb/knowledge-base.js';
import type { ThreatModel } from '../src/core/model/threat-model.js';
import { generateModel } from './generate-model.js';
import { timeIt, withTarget, type Measurement } from './measure.js';

/** `levels` nested `incoming: { source: … }` around a test of internet exposure. */
function nested(levels: number): Predicate {
  let rule: Predicate = { all: [{ internetExposed: true }, { typeIs: 'batch-job' }] };
  for (let i = 0; i < levels; i += 1) rule = { incoming: { source: rule } };
  return rule;
}

function withNestedRule(kb: KnowledgeBase, levels: number): KnowledgeBase {
  const deep: ThreatType = {
    id: 'BENCH-NESTED',
    name: 'Nested reachability',
    description: 'A rule that reads ten flows deep.',
    stride: ['T'],
    severity: 'low',
    appliesTo: 'component',
    rule: { all: [{ typeIs: 'server-app' }, nested(levels)] },
    mitigations: [{ id: kb.mitigationTypes[0]?.id ?? 'M-X', strength: 'weak' }],
  };
  return { ...kb, threatTypes: [...kb.threatTypes, deep] };
}

/**
 * 60 services in a ring, each called by the ten before it: 600 flows, and 10^n paths of n flows
 * into every service — the shape (many callers, cycles) where unmemoised nesting explodes.
 */
function mesh(): ThreatModel {
  const size = 60;
  const components = Array.from({ length: size }, (_, i) => ({ id: `svc-${i}`, type: 'api' }));
  const flows = components.flatMap((to, i) =>
    Array.from({ length: 10 }, (_, k) => ({
      id: `call-${(i + size - k - 1) % size}-${i}`,
      from: `svc-${(i + size - k - 1) % size}`,
      to: to.id,
      protocol: 'https',
    })),
  );
  return { schema: 'threat-align/v1', system: { name: 'mesh' }, components, flows };
}

/**
 * A knowledge base whose rule nests `incoming` ten levels deep, on a 600-flow model: evaluated
 * per element and predicate once (memoised), it costs about what the plain knowledge base costs;
 * unmemoised, six levels took over 60 s (×24 per level).
 */
export async function measureNestedRules(kb: KnowledgeBase, runs: number): Promise<Measurement[]> {
  const deep = withNestedRule(kb, 10);
  const out: Measurement[] = [];
  for (const [name, model] of [
    ['generated model', generateModel(900, 13)],
    ['ring of 60 services, 10 callers each', mesh()],
  ] as const) {
    if ((model.flows ?? []).length !== 600) throw new Error(`${name}: not 600 flows`);
    const plain = await timeIt(`expansion, ${name}, 600 flows, core@1.0.0 (full)`, runs, () =>
      expandModel(model, kb, 'full'),
    );
    const nestedTen = await timeIt(
      `expansion, ${name}, 600 flows, core@1.0.0 + 10 nested incoming levels (full)`,
      runs,
      () => expandModel(model, deep, 'full'),
    );
    out.push(plain, withTarget(nestedTen, '< 1000 ms', nestedTen.median < 1000));
  }
  return out;
}
