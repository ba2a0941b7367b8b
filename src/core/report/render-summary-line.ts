import type { Analysis } from '../analyse.js';
import type { PullRequestDelta } from '../delta/compute-delta.js';
import { countOf } from './markdown-entries.js';

/**
 * One plain-text line for a check run's title or a status: the counts per severity (zeros left
 * out), the threats in scope, and, on a pull request, the new findings. Numbers and fixed words
 * only, so nothing in it needs escaping.
 */
export function renderSummaryLine(
  analysis: Pick<Analysis, 'counts' | 'expansion' | 'model'>,
  delta?: PullRequestDelta,
): string {
  const { counts } = analysis;
  const tally = [
    ...(counts.error > 0 ? [countOf(counts.error, 'error')] : []),
    ...(counts.warning > 0 ? [countOf(counts.warning, 'warning')] : []),
    ...(counts.note > 0 ? [countOf(counts.note, 'note')] : []),
  ];
  const parts = [tally.length > 0 ? tally.join(', ') : 'No findings'];
  if (!analysis.model) parts.push('the model does not load');
  else if (analysis.expansion) {
    const open = analysis.expansion.threats.filter((t) => t.status === 'open').length;
    parts.push(`${countOf(analysis.expansion.threats.length, 'threat')} in scope, ${open} open`);
  }
  if (delta) parts.push(`${delta.findingsNew.length} new, ${delta.findingsFixed.length} fixed`);
  return parts.join(' · ');
}
