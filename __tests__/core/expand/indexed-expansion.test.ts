import { join } from 'node:path';
import { generateModel } from '../../../bench/generate-model.js';
import { RuleCompiler } from '../../../src/core/expand/compile-rule.js';
import { expandModel } from '../../../src/core/expand/expand-model.js';
import { buildModelGraph } from '../../../src/core/expand/model-graph.js';
import { loadKnowledgeBase } from '../../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base.js';
import type { ThreatModel } from '../../../src/core/model/threat-model.js';
import { readFixtureFolder } from '../../fakes/memory-kb-store.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const loaded = loadKnowledgeBase(readFixtureFolder(join(repoRoot, 'kb/core/1.0.0'), 'kb/core/1.0.0'));
const kb = loaded.loaded?.kb as KnowledgeBase;

/** What a plain scan finds: every rule on every element of its kind, with no index. */
function scanThreats(model: ThreatModel): string[] {
  const graph = buildModelGraph(model);
  const compiler = new RuleCompiler(kb, graph);
  const found: string[] = [];
  for (const type of kb.threatTypes) {
    const rule = compiler.compile(type.rule);
    const elements = type.appliesTo === 'component' ? graph.components : graph.flows;
    for (const element of elements) if (rule(element)) found.push(`${type.id}@${element.id}`);
  }
  return found.sort();
}

describe('expansion element by element, with shared objects', () => {
  it('finds, through the rules chosen per component type, exactly what every rule on every element finds', () => {
    for (const [size, seed] of [
      [40, 1],
      [900, 5],
      [3000, 9],
    ] as const) {
      const model = generateModel(size, seed);
      const ids = expandModel(model, kb, 'full').threats.map((t) => t.id);
      expect(ids.length).toBeGreaterThan(size);
      expect([...ids].sort()).toEqual(scanThreats(model));
    }
  });

  it('rolls up one place per mitigation and element, sharing the plain places of an element', () => {
    const model = generateModel(300, 3);
    const first = expandModel(model, kb, 'full');
    const target = first.mitigations[0];
    const element = target?.places[1]?.element ?? 'none';
    model.mitigations = {
      [target?.id ?? 'none']: {
        status: 'planned',
        except: { [element]: { status: 'implemented', backlog: ['#9'] } },
      },
    };
    const expansion = expandModel(model, kb, 'full');
    for (const rollup of expansion.mitigations) {
      const elements = rollup.places.map((p) => p.element);
      expect(new Set(elements).size).toBe(elements.length);
      const placed = new Set(
        expansion.threats.filter((t) => rollup.threats.includes(t.id)).map((t) => t.element),
      );
      expect(new Set(elements)).toEqual(placed);
    }
    const excepted = expansion.mitigations.find((m) => m.id === target?.id);
    expect(excepted?.places.find((p) => p.element === element)).toEqual({
      element,
      status: 'implemented',
      backlog: ['#9'],
    });
    // The places of one element with the same status and no backlog are one object.
    const plain = expansion.mitigations
      .flatMap((m) => m.places)
      .filter((p) => p.element === element && p.status === 'proposed');
    expect(plain.length).toBeGreaterThan(1);
    expect(new Set(plain).size).toBe(1);
  });
});
