import type { BacklogItem } from '../backlog/backlog-item.js';
import { compareText } from '../findings/order-findings.js';

/**
 * The milestone (or iteration) a team is working in: of the milestones that still hold open items,
 * the first of the numbered series ("Sprint 14" before "Sprint 15"), else the first by name.
 * Undefined when no open item is planned anywhere.
 */
export function currentMilestone(items: Iterable<BacklogItem>): string | undefined {
  const open = new Set<string>();
  for (const item of items) if (item.status === 'open' && item.milestone) open.add(item.milestone);
  return [...open].sort(compareMilestones)[0];
}

/** Milestones in planning order: the same series by number, otherwise by name. */
export function compareMilestones(a: string, b: string): number {
  const na = numbered(a);
  const nb = numbered(b);
  if (na && nb && na.series === nb.series) return na.number - nb.number;
  return compareText(a, b);
}

function numbered(milestone: string): { series: string; number: number } | undefined {
  const match = /^(.*?)(\d+)$/.exec(milestone);
  return match?.[2] === undefined ? undefined : { series: match[1] ?? '', number: Number(match[2]) };
}

/**
 * Whether work in `milestone` is done by `by`: the same milestone, or an earlier one of the same
 * numbered series. Milestones of no common series cannot be ordered, so they do not count.
 */
export function isPlannedBy(milestone: string | undefined, by: string): boolean {
  if (milestone === undefined) return false;
  if (milestone === by) return true;
  const a = numbered(milestone);
  const b = numbered(by);
  return a !== undefined && b !== undefined && a.series === b.series && a.number < b.number;
}
