import { severityRank } from '../findings/finding.js';
import { compareText } from '../findings/order-findings.js';
import type { Action, ActionKind } from './action.js';

/**
 * Misalignments between the model and the backlog first (a wrong link, a status the backlog
 * contradicts, a story or item to fix: each a minute's work that makes the model true), then the
 * mitigations and requirements to plan, then coverage (stories to link, questions to answer).
 */
const kindRank: Record<ActionKind, number> = {
  model: 0,
  'mitigation-status': 1,
  story: 1,
  item: 1,
  mitigation: 2,
  requirement: 2,
  coverage: 3,
};

/**
 * The one order of actions (SPEC §5.1): errors; then what this change introduces; then the
 * stories of the current milestone; then misalignments before planning before coverage (kindRank);
 * then by severity, TOP first; then by id.
 */
export function orderActions(actions: readonly Action[], currentMilestone?: string): Action[] {
  const sprint = (a: Action): number =>
    currentMilestone !== undefined && a.milestone === currentMilestone ? 0 : 1;
  const error = (a: Action): number => (a.severity === 'error' ? 0 : 1);
  return [...actions].sort(
    (a, b) =>
      error(a) - error(b) ||
      Number(b.introduced) - Number(a.introduced) ||
      sprint(a) - sprint(b) ||
      kindRank[a.kind] - kindRank[b.kind] ||
      severityRank(a.severity) - severityRank(b.severity) ||
      Number(b.top) - Number(a.top) ||
      compareText(a.id, b.id),
  );
}
