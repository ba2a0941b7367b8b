import { childPointer } from '../source/source-index.js';
import { describeItem, listSome, mitigationItems } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';
import { mitigationDecisionPlace } from './mitigation-decision-place.js';

export const ta302ImplementedWithOpenItems: Check = {
  id: 'TA302',
  title: 'A mitigation is marked implemented but its backlog items are all open',
  defaultSeverity: 'warning',
  why: 'A status of implemented tells reviewers and auditors that the control is in place; when every item that carries the work is still open, the model claims protection the system does not have yet.',
  fix: 'Close the items if the work is done, or set the mitigation back to in-progress (or planned) until it is.',
  run: findImplementedWithOpenItems,
};

function findImplementedWithOpenItems(context: CheckContext): FindingDraft[] {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const names = new Map(knowledge.kb.mitigationTypes.map((m) => [m.id, m.name]));
  const findings: FindingDraft[] = [];
  for (const [id, decision] of Object.entries(context.model.mitigations ?? {})) {
    if (decision.status !== 'implemented') continue;
    const items = mitigationItems(alignment.links, id);
    if (items.length === 0 || items.some((item) => item.status !== 'open')) continue;
    const name = names.get(id);
    const listed = listSome(items.map(describeItem));
    const ids = listSome(items.map((item) => item.id));
    findings.push({
      message:
        `mitigation ${name === undefined ? id : `${id} (${name})`} is marked implemented, but ` +
        (items.length === 1
          ? `its backlog item is still open: ${listed}`
          : `its backlog items are all still open: ${listed}`),
      location: context.index.locate(childPointer(childPointer('/mitigations', id), 'status')),
      hint: `If the work is done, close ${ids} as completed; if it is not, write status: in-progress for ${id} under ${mitigationDecisionPlace(context.model, id)}: until it is.`,
      subject: id,
    });
  }
  return findings;
}
