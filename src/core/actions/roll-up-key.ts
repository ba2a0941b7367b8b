import { isSettled } from '../checks/backlog-work.js';
import type { Threat } from '../expand/expansion.js';
import { isFileLocation, type Finding } from '../findings/finding.js';
import type { ActionKind } from './action.js';

/** Which action a finding rolls up into: its kind and what it is about. */
export interface RollUpKey {
  kind: ActionKind;
  key: string;
}

/**
 * Per-place findings of one kind roll up by what a person changes once (SPEC §5.1): the mitigation
 * type (TA301, and TA205 through the threat's strongest open mitigation), the mitigation's status
 * (TA302, TA303), the story (TA201, TA203, TA401), the backlog item (TA204), the element (TA202,
 * TA501, TA601, and TA205 without any mitigation), the requirement (TA305). Anything else is its
 * own action.
 */
export function rollUpKey(finding: Finding, threats: ReadonlyMap<string, Threat>): RollUpKey {
  const { subject } = finding;
  switch (finding.check) {
    case 'TA301':
      return { kind: 'mitigation', key: subject };
    case 'TA205': {
      const threat = threats.get(subject);
      const mitigation = threat === undefined ? undefined : mitigationToPlan(threat);
      if (mitigation !== undefined) return { kind: 'mitigation', key: mitigation };
      return { kind: 'coverage', key: threat?.element ?? elementOf(subject) };
    }
    case 'TA302':
    case 'TA303':
      return { kind: 'mitigation-status', key: subject };
    case 'TA201':
    case 'TA203':
    case 'TA401':
      return { kind: 'story', key: subject };
    case 'TA204':
      return {
        kind: 'item',
        key: isFileLocation(finding.location) ? subject : finding.location.backlogItem.id,
      };
    case 'TA202':
    case 'TA501':
      return { kind: 'coverage', key: threats.get(subject)?.element ?? elementOf(subject) };
    case 'TA601':
      return { kind: 'coverage', key: subject };
    case 'TA305':
      return { kind: 'requirement', key: subject };
    default:
      return { kind: 'model', key: `${finding.check}:${subject}` };
  }
}

const strengthRank = { strong: 0, medium: 1, weak: 2 } as const;

/** The mitigation to plan for a threat that has none in place: TOP first, then the strongest, then by id. */
function mitigationToPlan(threat: Threat): string | undefined {
  const open = threat.mitigations.filter((m) => !isSettled(m.status));
  const best = [...open].sort(
    (a, b) =>
      Number(b.top) - Number(a.top) ||
      strengthRank[a.strength] - strengthRank[b.strength] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
  return best?.id;
}

function elementOf(threatId: string): string {
  const at = threatId.lastIndexOf('@');
  return at < 0 ? threatId : threatId.slice(at + 1);
}
