import { suggestId } from '../source/suggest-id.js';
import { isThreatDecision } from '../model/threat-model.js';
import { childPointer } from '../source/source-index.js';
import { stablePath } from '../source/stable-path.js';
import type { CheckContext, FindingDraft } from './check.js';

/**
 * TA102's part for the model's own mitigation types: each threat they address is a threat type of
 * the knowledge base, a generated threat (TYPE@element) or a threat written by hand.
 */
export function findUnknownModelMitigationThreats(context: CheckContext): FindingDraft[] {
  const knowledge = context.knowledge;
  const types = context.model.mitigationTypes ?? [];
  if (!knowledge || types.length === 0) return [];
  const { kb, fullExpansion } = knowledge;
  const kbName = `${kb.name}@${kb.version}`;
  const threatTypes = new Set(kb.threatTypes.map((t) => t.id));
  const handWritten = new Set(
    (context.model.threats ?? []).filter((t) => !isThreatDecision(t)).map((t) => t.id),
  );
  const generated = new Set(fullExpansion.threats.map((t) => t.id));
  const findings: FindingDraft[] = [];
  for (const [i, type] of types.entries()) {
    for (const [j, ref] of type.threats.entries()) {
      const pointer = `/mitigationTypes/${i}/threats/${j}`;
      const at = ref.indexOf('@');
      if (at === -1 ? threatTypes.has(ref) || handWritten.has(ref) : generated.has(ref)) continue;
      const known = at === -1 ? [...threatTypes, ...handWritten] : generated;
      const suggestion = suggestId(ref, known);
      const what =
        at === -1
          ? `a threat type of ${kbName} or a threat written by hand`
          : `a threat the model generates under ${kbName} (its rule does not hold there, or the type or element does not exist)`;
      findings.push({
        message: `mitigation type ${type.id} addresses "${ref}", which is not ${what}`,
        location: context.index.locate(pointer),
        hint: suggestion
          ? `Did you mean "${suggestion}"? Write a threat type id (every threat of that type), a TYPE@element threat id, or the id of a threat written by hand.`
          : 'Write a threat type id (every threat of that type), a TYPE@element threat id, or the id of a threat written by hand; threat-align kb show lists the threat types.',
        subject: `${stablePath(context.model, pointer)}=${ref}`,
      });
    }
  }
  return findings;
}

/**
 * TA103's part for the model's own mitigation types: an id used twice in the model, an id the
 * knowledge base already has, and a type whose status is written both on it and under mitigations:.
 */
export function findDuplicateModelMitigations(context: CheckContext): FindingDraft[] {
  const types = context.model.mitigationTypes ?? [];
  if (types.length === 0) return [];
  const kb = context.knowledge?.kb;
  const findings: FindingDraft[] = [];
  const first = new Map<string, number>();
  for (const [i, type] of types.entries()) {
    const pointer = `/mitigationTypes/${i}/id`;
    const earlier = first.get(type.id);
    if (earlier !== undefined) {
      const at = context.index.locate(`/mitigationTypes/${earlier}/id`);
      findings.push({
        message: `mitigation type ${type.id} is defined twice in the model (first at line ${at.line}:${at.column})`,
        location: context.index.locate(pointer),
        hint: `Keep one definition of ${type.id}: merge the threats it addresses into the one at line ${at.line}:${at.column}.`,
        subject: `duplicate:mitigation-type:${type.id}:${i}`,
      });
      continue;
    }
    first.set(type.id, i);
    const inKb = kb?.mitigationTypes.find((m) => m.id === type.id);
    if (kb && inKb && inKb.origin !== 'model') {
      findings.push({
        message: `mitigation type ${type.id} is already a mitigation type of ${kb.name}@${kb.version} (${inKb.name})`,
        location: context.index.locate(pointer),
        hint: `Give the model's own mitigation type an id of its own, such as ${type.id}-OWN; or drop it and record the status of ${kb.name}'s ${type.id} under mitigations:.`,
        subject: `duplicate:mitigation-type-kb:${type.id}`,
      });
    }
    const written = type.status !== undefined || type.backlog !== undefined || type.reason !== undefined;
    const decisionPointer = childPointer('/mitigations', type.id);
    if (written && context.index.has(decisionPointer) && isWrittenDecision(context, type.id)) {
      findings.push({
        message: `mitigation type ${type.id} has its status written twice: on the type and under mitigations:`,
        location: context.index.locate(decisionPointer, 'key'),
        hint: `Keep one: remove ${type.id} from mitigations:, or remove status:, reason: and backlog: from the type (the entry under mitigations: is the one in force).`,
        subject: `duplicate:mitigation-decision:${type.id}`,
      });
    }
  }
  return findings;
}

/** Whether `/mitigations/<id>` is written in the file (not an alias to the type's own place). */
function isWrittenDecision(context: CheckContext, id: string): boolean {
  const decision = context.index.locate(childPointer('/mitigations', id), 'key');
  const index = (context.model.mitigationTypes ?? []).findIndex((t) => t.id === id);
  const type = context.index.locate(childPointer('/mitigationTypes', index), 'key');
  return decision.line !== type.line || decision.column !== type.column;
}
