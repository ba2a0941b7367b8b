import { compareText } from '../findings/order-findings.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ThreatModel } from '../model/threat-model.js';
import { requiredTypes, unionInOrder } from './candidates.js';
import type { RuleCompiler } from './compile-rule.js';
import type { ComponentQuestion } from './expand-model.js';
import type { GraphComponent, ModelGraph } from './model-graph.js';
import { orderByElement } from './order-by-element.js';
import { own } from './own.js';

/** The knowledge-base questions that apply to each component, and whether the model answers them. */
export function applyQuestions(
  model: ThreatModel,
  kb: KnowledgeBase,
  graph: ModelGraph,
  compiler: RuleCompiler,
  byType: Map<string, GraphComponent[]>,
  inProfile: (top: boolean | undefined) => boolean,
): ComponentQuestion[] {
  const out: ComponentQuestion[] = [];
  const positions: number[] = [];
  for (const question of kb.questions) {
    if (!inProfile(question.top)) continue;
    const rule = compiler.compile(question.rule);
    const types = requiredTypes(question.rule);
    const components = types
      ? unionInOrder(
          types.map((t) => byType.get(t) ?? []),
          graph.components,
        )
      : graph.components;
    for (const component of components) {
      if (!rule(component)) continue;
      out.push({
        component: component.id,
        question,
        answered: own(own(model.answers, component.id), question.id) !== undefined,
        pointer: component.pointer,
      });
      positions.push(component.order);
    }
  }
  // Per component in document order, then by question id.
  return orderByElement(out, positions, graph.orders, (a, b) => compareText(a.question.id, b.question.id));
}
