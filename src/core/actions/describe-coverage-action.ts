import type { Expansion, Threat } from '../expand/expansion.js';
import type { Finding } from '../findings/finding.js';
import type { ActionText } from './action.js';
import { capitalize, countOf, distinct, listIds } from './action-wording.js';

/**
 * One action per element for its coverage: the threats linked to no story (TA202), those whose
 * events nobody raises (TA501), those with no mitigation at all (TA205), and its unanswered
 * questions (TA601) — together, because one person settles them in one sitting.
 */
export function describeCoverageAction(
  element: string,
  findings: readonly Finding[],
  threats: ReadonlyMap<string, Threat>,
  expansion: Expansion | undefined,
  ref: string,
): ActionText {
  const of = (check: string): string[] => findings.filter((f) => f.check === check).map((f) => f.subject);
  const storyless = of('TA202');
  const silent = of('TA501');
  const bare = of('TA205');
  const questions = of('TA601').length > 0 ? unanswered(element, expansion) : [];
  const todo: string[] = [];
  const detail: string[] = [];
  const hints: string[] = [];
  if (storyless.length > 0) {
    todo.push(`link a story to its ${countOf(storyless.length, 'threat')}`);
    detail.push(`no story covers ${listIds(storyless, 3)}`);
    hints.push(
      `Write the threat ids in the story that covers them, or give it the labels threat:<id>, or list under stories: - { backlog: "${ref}", threats: [${storyless.join(', ')}] }; no story yet: write one with a WITHOUT clause; a threat that does not apply: - { id: <threat>, status: not-applicable, reason: … } under threats:.`,
    );
  }
  if (bare.length > 0) {
    todo.push(`decide on ${countOf(bare.length, 'threat')} with no mitigation`);
    detail.push(`${listIds(bare)} ${bare.length === 1 ? 'has' : 'have'} no mitigation at all`);
    hints.push(...distinct(findings.filter((f) => f.check === 'TA205').map((f) => f.hint)).slice(0, 2));
  }
  if (silent.length > 0) {
    const events = distinct(silent.flatMap((id) => threats.get(id)?.events ?? []));
    todo.push(`plan the security events of ${countOf(silent.length, 'threat')}`);
    detail.push(
      `nothing raises ${events.length > 0 ? listIds(events) : 'the events'} for ${listIds(silent, 3)}`,
    );
    hints.push(
      `Under events: write ${events[0] ?? 'EV-…'}: { status: planned, backlog: ["${ref}"] }${events.length > 1 ? `, and the same for ${listIds(events.slice(1))}` : ''} (${ref}: the item that raises it), or write the event ids in that item.`,
    );
  }
  if (questions.length > 0) {
    todo.push(`answer its ${countOf(questions.length, 'question')}`);
    detail.push(`${countOf(questions.length, 'question')} unanswered`);
    hints.push(`Under answers: write ${element}: { ${questions.map((q) => `${q}: "…"`).join(', ')} }.`);
  }
  const top = [...storyless, ...silent, ...bare].some((id) => threats.get(id)?.top === true);
  return {
    title: `${element}: ${todo.length > 0 ? joinTodo(todo) : 'cover its threats'}`,
    detail: capitalize(detail.join('; ')),
    hint: hints.join(' '),
    audience: 'model-author',
    top,
  };
}

function unanswered(element: string, expansion: Expansion | undefined): string[] {
  return (expansion?.questions ?? [])
    .filter((q) => q.component === element && !q.answered)
    .map((q) => q.question.id);
}

function joinTodo(todo: readonly string[]): string {
  if (todo.length === 1) return todo[0] ?? '';
  return `${todo.slice(0, -1).join(', ')} and ${todo.at(-1) ?? ''}`;
}
