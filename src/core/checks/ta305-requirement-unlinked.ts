import type { Requirement } from '../model/threat-model.js';
import { cutText } from './alignment-wording.js';
import { refExample } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta305RequirementUnlinked: Check = {
  id: 'TA305',
  title: 'A security requirement is linked to no mitigation and no backlog item',
  defaultSeverity: 'warning',
  why: 'A requirement that maps to no mitigation and no backlog item is not realised by anything: nobody can tell whether the system meets it, and nobody is working on it.',
  fix: 'Name the mitigation types that realise the requirement (`mitigations:`) and the items that carry its work (`backlog:`, or the requirement id in an item).',
  run: findUnlinkedRequirements,
};

function findUnlinkedRequirements(context: CheckContext): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const [i, requirement] of (context.model.requirements ?? []).entries()) {
    if ((requirement.mitigations ?? []).length > 0 || hasBacklogItem(context, requirement)) continue;
    const id = requirement.id;
    const noBacklog = context.alignment
      ? ''
      : ' No backlog was read in this run, so only backlog: references in the model count.';
    findings.push({
      message: `requirement ${id} "${cutText(requirement.text)}" is linked to no mitigation and no backlog item`,
      location: context.index.locate(`/requirements/${i}/id`),
      hint:
        `On ${id} under requirements, write mitigations: [M-…] (the mitigation types that realise it) and backlog: ["${refExample(context)}"] ` +
        `(the item that carries its work), or write ${id} in that item's title or body.${noBacklog}`,
      subject: id,
    });
  }
  return findings;
}

/** Linked from either side; without a backlog, only the model's own references count. */
function hasBacklogItem(context: CheckContext, requirement: Requirement): boolean {
  if (context.alignment)
    return (context.alignment.links.itemsFor.requirement.get(requirement.id)?.size ?? 0) > 0;
  if ((requirement.backlog ?? []).length > 0) return true;
  return (context.model.stories ?? []).some((story) => story.requirements?.includes(requirement.id) === true);
}
