import type { KnowledgeBase, MitigationType } from '../kb/knowledge-base.js';
import type { MitigationDecision, ThreatModel } from '../model/threat-model.js';
import { childPointer, type SourceIndex } from '../source/source-index.js';

/**
 * The model's own mitigation types (SPEC §3.1) made to look like the knowledge base's, once per
 * run, so that every check, report and the missing-items creation treat them alike:
 *
 * - the knowledge base gains them as mitigation types (same id, the title as name), unless it has
 *   an entry of that id already (TA103 reports the clash, and the knowledge base's entry wins);
 * - a status, reason or backlog written on the type becomes its decision under `mitigations:`,
 *   unless that section decides it already (TA103 again), and the source index places
 *   `/mitigations/<id>` where the type is written, so that findings point at it.
 *
 * The model, the knowledge base and the index given are not changed: copies come back when there
 * is anything to add (the index gains aliases only, which name no node of the file).
 */
export function applyModelMitigations(
  model: ThreatModel,
  index: SourceIndex,
  kb: KnowledgeBase | undefined,
): { model: ThreatModel; kb: KnowledgeBase | undefined } {
  const types = model.mitigationTypes ?? [];
  if (types.length === 0) return { model, kb };
  const decisions: Record<string, MitigationDecision> = { ...model.mitigations };
  let decided = false;
  for (const [i, type] of types.entries()) {
    if (Object.hasOwn(decisions, type.id)) continue;
    if (type.status === undefined && type.backlog === undefined && type.reason === undefined) continue;
    const decision: MitigationDecision = { status: type.status ?? 'proposed' };
    if (type.reason !== undefined) decision.reason = type.reason;
    if (type.backlog !== undefined) decision.backlog = type.backlog;
    decisions[type.id] = decision;
    decided = true;
    index.alias(childPointer('/mitigations', type.id), childPointer('/mitigationTypes', i));
  }
  const known = new Set((kb?.mitigationTypes ?? []).map((m) => m.id));
  const added: MitigationType[] = [];
  for (const type of types) {
    if (known.has(type.id)) continue;
    known.add(type.id);
    const entry: MitigationType = {
      id: type.id,
      name: type.title,
      description: type.description ?? type.title,
      control: 'preventive',
      cost: 'medium',
      origin: 'model',
    };
    if (type.top !== undefined) entry.top = type.top;
    added.push(entry);
  }
  return {
    model: decided ? { ...model, mitigations: decisions } : model,
    kb:
      kb && added.length > 0
        ? {
            ...kb,
            mitigationTypes: [...kb.mitigationTypes, ...added].sort((a, b) =>
              a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
            ),
          }
        : kb,
  };
}
