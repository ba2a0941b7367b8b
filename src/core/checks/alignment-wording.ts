import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Threat } from '../expand/expansion.js';
import type { BacklogLocation } from '../findings/finding.js';
import type { ThreatModel, ThreatStatus } from '../model/threat-model.js';
import type { CheckContext } from './check.js';

/** Longest piece of backlog text a message quotes. */
const maxQuoteLength = 120;

/** Backlog text on one line, cut at 120 characters with "…" (renderers neutralise the rest). */
export function cutText(text: string): string {
  // Only the start is ever shown: normalise a bounded prefix, not a 1 MB body.
  const chars = Array.from(
    text
      .slice(0, maxQuoteLength * 4)
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return chars.length > maxQuoteLength ? `${chars.slice(0, maxQuoteLength).join('')}…` : chars.join('');
}

/** Backlog text in double quotes, cut at 120 characters with "…". */
export function quoteText(text: string): string {
  return `"${cutText(text)}"`;
}

/** Where a finding about a backlog item points: the item, with its URL when it has one. */
export function itemLocation(item: BacklogItem): BacklogLocation {
  return { backlogItem: item.url === undefined ? { id: item.id } : { id: item.id, url: item.url } };
}

/** Items closed as won't do are no longer plans: the story checks leave them alone. */
export function isWontDo(item: BacklogItem): boolean {
  return item.status === 'wont-do';
}

/** `A`, `A and B`, `A, B and C`, or the first `max` then `and N more` (with "or": `or one of N more`). */
export function listIds(ids: readonly string[], conjunction: 'and' | 'or' = 'and', max = 5): string {
  if (ids.length <= 1) return ids.join('');
  if (ids.length > max) {
    const rest = ids.length - max;
    return `${ids.slice(0, max).join(', ')} ${conjunction === 'and' ? 'and' : 'or one of'} ${rest} more`;
  }
  return `${ids.slice(0, -1).join(', ')} ${conjunction} ${ids.at(-1) ?? ''}`;
}

/** The word that starts a WITHOUT clause, as configured (default WITHOUT). */
export function withoutKeywordOf(context: CheckContext): string {
  return context.alignment?.withoutKeyword ?? 'WITHOUT';
}

/** The YAML that records a decision on a threat: on its entry when it has one, else a new entry. */
export function threatDecisionHint(
  model: ThreatModel,
  threat: Threat,
  status: Extract<ThreatStatus, 'accepted-risk' | 'not-applicable'>,
): string {
  if (threat.pointer.startsWith('/threats/'))
    return `set status: ${status} and reason: … on its entry under threats:`;
  const entry = `{ id: ${threat.id}, status: ${status}, reason: … }`;
  return model.threats === undefined ? `write threats: [${entry}]` : `add - ${entry} under threats:`;
}
