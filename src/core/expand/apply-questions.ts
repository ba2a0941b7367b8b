import { compareText } from '../findings/order-findings.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ThreatModel } from '../model/threat-model.js';
import { CandidatesByElement } from './candidates.js';
import type { RuleCompiler } from './compile-rule.js';
import type { ComponentQuestion } from './expansion.js';
import type { GraphComponent, ModelGraph } from './model-graph.js';
import { orderByElement } from './order-by-element.js';
import { own } from './own.js';

/**
 * The knowledge-base questions that apply to each component, and whether the model answers them.
 * Expansion hands it each component right after that component's threats, while the component and
 * the flows around it (which question rules read too) are still in the cache.
 */
export class QuestionsByComponent {
  private readonly out: ComponentQuestion[] = [];
  private readonly positions: number[] = [];
  private readonly candidates: CandidatesByElement<KnowledgeBase['questions'][number]>;

  constructor(
    private readonly model: ThreatModel,
    kb: KnowledgeBase,
    compiler: RuleCompiler,
    inProfile: (top: boolean | undefined) => boolean,
  ) {
    this.candidates = new CandidatesByElement(
      kb.questions.filter((question) => inProfile(question.top)),
      (question) => ({ appliesTo: 'component', rule: question.rule }),
      compiler,
    );
  }

  add(component: GraphComponent): void {
    for (const { entry: question, rule } of this.candidates.forComponent(component)) {
      if (!rule(component)) continue;
      this.out.push({
        component: component.id,
        question,
        answered: own(own(this.model.answers, component.id), question.id) !== undefined,
        pointer: component.pointer,
      });
      this.positions.push(component.order);
    }
  }

  /** Per component in document order, then by question id. */
  ordered(graph: ModelGraph): ComponentQuestion[] {
    return orderByElement(this.out, this.positions, graph.orders, (a, b) =>
      compareText(a.question.id, b.question.id),
    );
  }
}
