import type { AppliedMitigation, Threat } from '../expand/expansion.js';
import type { Strength } from '../kb/knowledge-base.js';
import type { MitigationStatus } from '../model/threat-model.js';
import { threatDecisionHint } from './alignment-wording.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta205ThreatUnmitigated: Check = {
  id: 'TA205',
  title: 'A threat has no mitigation in place or planned',
  defaultSeverity: 'warning',
  why: 'A threat in scope with no mitigation implemented, planned or in progress, and no decision to accept the risk, is a known weakness that nobody has decided anything about.',
  fix: 'Give one of its mitigations the status planned (with its backlog item), in progress or implemented under mitigations:, or record an accepted-risk decision with a reason under threats:.',
  run: findUnmitigatedThreats,
};

/** Statuses that count as doing something about a threat. */
const acting: readonly MitigationStatus[] = ['implemented', 'planned', 'in-progress'];
const strengthOrder: Record<Strength, number> = { strong: 0, medium: 1, weak: 2 };

function findUnmitigatedThreats(context: CheckContext): FindingDraft[] {
  const knowledge = context.knowledge;
  if (!knowledge) return [];
  const full = new Map(knowledge.fullExpansion.threats.map((t) => [t.id, t]));
  const findings: FindingDraft[] = [];
  for (const threat of knowledge.expansion.threats) {
    if (threat.status === 'not-applicable' || threat.status === 'accepted-risk') continue;
    // A mitigation outside the profile still counts when the model says it is in place.
    const everyMitigation = full.get(threat.id)?.mitigations ?? threat.mitigations;
    if ([...threat.mitigations, ...everyMitigation].some((m) => acting.includes(m.status))) continue;
    const mitigations = strongestFirst(threat.mitigations.length > 0 ? threat.mitigations : everyMitigation);
    findings.push({
      message: describe(threat, mitigations),
      location: context.index.locate(threat.pointer),
      hint: `${planHint(context, threat, mitigations)}; or record that the risk is accepted: ${threatDecisionHint(context.model, threat, 'accepted-risk')}.`,
      subject: threat.id,
    });
  }
  return findings;
}

/** Strongest first; equal strengths keep the knowledge base's order. */
function strongestFirst(mitigations: readonly AppliedMitigation[]): AppliedMitigation[] {
  return [...mitigations].sort((a, b) => strengthOrder[a.strength] - strengthOrder[b.strength]);
}

function describe(threat: Threat, mitigations: readonly AppliedMitigation[]): string {
  const subject = `threat ${threat.id} (${threat.title})`;
  const marked = threat.status === 'mitigated' ? ' is marked mitigated, but' : '';
  if (mitigations.length === 0) return `${subject}${marked} has no mitigation: none is listed for it`;
  const statuses = mitigations.map((m) => `${m.id} ${m.status}`).join(', ');
  return `${subject}${marked} has no mitigation implemented, planned or in progress (${statuses})`;
}

function planHint(context: CheckContext, threat: Threat, mitigations: readonly AppliedMitigation[]): string {
  if (mitigations.length === 0) {
    const where =
      threat.origin === 'model'
        ? 'list its mitigation types on its entry under threats: (mitigations: [M-…]; threat-align kb show lists them), then '
        : '';
    return `Name how it is mitigated: ${where}write mitigations: { M-…: { status: planned, backlog: ["#123"] } } in the model, with the id of the backlog item that does it`;
  }
  const chosen = mitigations.find((m) => m.status !== 'not-applicable') ?? mitigations[0];
  const id = chosen?.id ?? '';
  const plan = '{ status: planned, backlog: ["#123"] }';
  const decisions = context.model.mitigations;
  const yaml =
    decisions?.[id]?.except?.[threat.element] !== undefined
      ? `set its exception to ${threat.element}: ${plan} under mitigations: ${id}: except:`
      : decisions?.[id] !== undefined
        ? `set ${id}: ${plan} under mitigations:`
        : decisions !== undefined
          ? `add ${id}: ${plan} under mitigations:`
          : `write mitigations: { ${id}: ${plan} }`;
  const its = mitigations.map((m) => `${m.id} (${m.strength})`).join(', ');
  const which =
    mitigations.length === 1 ? `its mitigation ${its}` : `one of its mitigations (strongest first: ${its})`;
  return `Plan ${which}: ${yaml} in the model, with the id of the backlog item that does it`;
}
