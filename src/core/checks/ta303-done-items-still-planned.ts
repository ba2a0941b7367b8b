import { childPointer } from '../source/source-index.js';
import { describeItem, listSome, mitigationItems } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';
import { mitigationDecisionPlace } from './mitigation-decision-place.js';

export const ta303DoneItemsStillPlanned: Check = {
  id: 'TA303',
  title: 'All backlog items of a mitigation are done but the model still says planned or in progress',
  defaultSeverity: 'note',
  why: 'When the work is finished but the model still calls the mitigation planned, reports understate the protection in place and keep asking for work that is done.',
  fix: 'Write status: implemented for the mitigation, or open (or link) an item for the work that remains.',
  run: findDoneItemsStillPlanned,
};

function findDoneItemsStillPlanned(context: CheckContext): FindingDraft[] {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const names = new Map(knowledge.kb.mitigationTypes.map((m) => [m.id, m.name]));
  const findings: FindingDraft[] = [];
  for (const [id, decision] of Object.entries(context.model.mitigations ?? {})) {
    if (decision.status !== 'planned' && decision.status !== 'in-progress') continue;
    const items = mitigationItems(alignment.links, id);
    // Won't-do items are not done work: they neither count as done nor keep the mitigation open.
    const worked = items.filter((item) => item.status !== 'wont-do');
    if (worked.length === 0 || worked.some((item) => item.status !== 'done')) continue;
    const dropped = items.filter((item) => item.status === 'wont-do').map((item) => item.id);
    const name = names.get(id);
    const done = listSome(worked.map(describeItem));
    findings.push({
      message:
        `mitigation ${name === undefined ? id : `${id} (${name})`} is still ${decision.status} in the model, but ` +
        (worked.length === 1
          ? `its backlog item is done: ${done}`
          : `its backlog items are all done: ${done}`) +
        (dropped.length === 0 ? '' : ` (${listSome(dropped)} closed as won't do)`),
      location: context.index.locate(childPointer(childPointer('/mitigations', id), 'status')),
      hint: `If ${id} is in place, write status: implemented for it under ${mitigationDecisionPlace(context.model, id)}:; if work remains, open an item for it and add it to backlog:.`,
      subject: id,
    });
  }
  return findings;
}
