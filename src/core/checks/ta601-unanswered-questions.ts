import type { ComponentQuestion } from '../expand/expansion.js';
import { cutText } from './alignment-wording.js';
import { listSome } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta601UnansweredQuestions: Check = {
  id: 'TA601',
  title: 'A component has unanswered knowledge-base questions',
  defaultSeverity: 'note',
  why: 'The knowledge base asks, per component, the STRIDE questions whose answers decide which threats are real (how callers authenticate, what a store holds…); an unanswered question is a part of the analysis nobody has done yet.',
  fix: 'Answer the questions under `answers:`, per component, in a sentence each; `threat-align kb show --format json` gives each question’s rationale.',
  run: findUnansweredQuestions,
};

function findUnansweredQuestions(context: CheckContext): FindingDraft[] {
  const expansion = context.knowledge?.expansion;
  if (!expansion) return [];
  const byComponent = new Map<string, ComponentQuestion[]>();
  for (const question of expansion.questions) {
    if (question.answered) continue;
    // Pushed, not copied: a model with many components of one id must not make this quadratic.
    const questions = byComponent.get(question.component);
    if (questions) questions.push(question);
    else byComponent.set(question.component, [question]);
  }
  return [...byComponent].map(([component, questions]) => {
    const listed = questions.map(({ question }) => `${question.id} "${cutText(question.text)}"`);
    const answers = questions.map(({ question }) => `${question.id}: "…"`).join(', ');
    const where =
      context.model.answers === undefined || !Object.hasOwn(context.model.answers, component)
        ? `under answers: write ${component}: { ${answers} }`
        : `add ${answers} to ${component} under answers:`;
    const count =
      questions.length === 1 ? '1 unanswered question' : `${questions.length} unanswered questions`;
    return {
      message: `component ${component} has ${count} of the knowledge base: ${listSome(listed)}`,
      location: context.index.locate(questions[0]?.pointer ?? ''),
      hint: `Answer them in the model: ${where}, replacing … with your answer (threat-align kb show --format json gives each question's rationale).`,
      subject: component,
    };
  });
}
