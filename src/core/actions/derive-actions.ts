import type { Analysis } from '../analyse.js';
import type { PullRequestDelta } from '../delta/compute-delta.js';
import { severityRank, type Finding, type Severity } from '../findings/finding.js';
import { fingerprintFinding } from '../findings/fingerprint.js';
import type { Action } from './action.js';
import { distinct } from './action-wording.js';
import { currentMilestone } from './current-milestone.js';
import { describeAction } from './describe-action.js';
import { orderActions } from './order-actions.js';
import { rollUpKey, type RollUpKey } from './roll-up-key.js';

export interface ActionPlan {
  actions: Action[];
  /** The milestone whose stories come first: the first with open items (current-milestone.ts). */
  currentMilestone?: string;
}

/**
 * From findings to actions (SPEC §5.1), pure and deterministic: each finding resolved by exactly
 * one action; per-place findings of one kind rolled up (roll-up-key.ts); ordered errors first,
 * then what the change introduces, then the current milestone's stories, then severity and TOP.
 */
export function deriveActions(
  analysis: Pick<Analysis, 'findings' | 'expansion' | 'links'>,
  delta?: Pick<PullRequestDelta, 'findingsNew'>,
): ActionPlan {
  const threats = new Map((analysis.expansion?.threats ?? []).map((t) => [t.id, t]));
  const fresh = new Set((delta?.findingsNew ?? []).map(fingerprintFinding));
  const groups = new Map<string, { key: RollUpKey; findings: Finding[] }>();
  for (const finding of analysis.findings) {
    const key = rollUpKey(finding, threats);
    const id = `${key.kind}:${key.key}`;
    const group = groups.get(id);
    if (group) group.findings.push(finding);
    else groups.set(id, { key, findings: [finding] });
  }
  const items = analysis.links?.items;
  const context = {
    threats,
    expansion: analysis.expansion,
    links: analysis.links,
    ref: items && [...items.keys()].some((id) => id.startsWith('AB#')) ? 'AB#N' : '#N',
  };
  const actions: Action[] = [];
  for (const [id, { key, findings }] of groups) {
    const text = describeAction(key.kind, key.key, findings, context);
    const fingerprints = findings.map(fingerprintFinding);
    const first = findings[0];
    if (!first) continue;
    // A roll-up finds its words in the model; without them (a finding of another origin) the
    // findings' own words stand, so an action never says nothing.
    const hint = text.hint || distinct(findings.map((f) => f.hint)).join(' ') || 'See the check page.';
    const detail = text.detail || distinct(findings.map((f) => f.message)).join('; ');
    actions.push({
      id,
      kind: key.kind,
      ...text,
      title: text.title || first.check,
      detail,
      hint,
      severity: worstOf(findings),
      checks: distinct(findings.map((f) => f.check)).sort(),
      findings: fingerprints,
      location: first.location,
      introduced: fingerprints.some((f) => fresh.has(f)),
    });
  }
  const current = items ? currentMilestone(items.values()) : undefined;
  return {
    actions: orderActions(actions, current),
    ...(current === undefined ? {} : { currentMilestone: current }),
  };
}

function worstOf(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>(
    (worst, f) => (severityRank(f.severity) < severityRank(worst) ? f.severity : worst),
    'note',
  );
}
