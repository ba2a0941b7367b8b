import { compareText } from '../findings/order-findings.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ThreatModel } from '../model/threat-model.js';
import { forEachSelected, requiredTypes, type CandidateSelector } from './candidates.js';
import type { RuleCompiler } from './compile-rule.js';
import type { ComponentQuestion } from './expand-model.js';
import type { ModelGraph } from './model-graph.js';
import { orderByElement } from './order-by-element.js';
import { own } from './own.js';

/** The knowledge-base questions that apply to each component, and whether the model answers them. */
export function applyQuestions(
  model: ThreatModel,
  kb: KnowledgeBase,
  graph: ModelGraph,
  compiler: RuleCompiler,
  selector: CandidateSelector,
  inProfile: (top: boolean | undefined) => boolean,
): ComponentQuestion[] {
  const out: ComponentQuestion[] = [];
  const positions: number[] = [];
  for (const question of kb.questions) {
    if (!inProfile(question.top)) continue;
    const rule = compiler.compile(question.rule);
    const components = selector.components(requiredTypes(question.rule));
    forEachSelected(components, (component) => {
      if (!rule(component)) return;
      out.push({
        component: component.id,
        question,
        answered: own(own(model.answers, component.id), question.id) !== undefined,
        pointer: component.pointer,
      });
      positions.push(component.order);
    });
  }
  // Per component in document order, then by question id.
  return orderByElement(out, positions, graph.orders, (a, b) => compareText(a.question.id, b.question.id));
}
