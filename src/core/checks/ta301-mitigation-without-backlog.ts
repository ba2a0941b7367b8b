import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Expansion, MitigationRollup } from '../expand/expansion.js';
import type { MitigationStatus } from '../model/threat-model.js';
import { describeItem, isSettled, listSome, refExample } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';
import { appendTo } from '../append-to.js';

export const ta301MitigationWithoutBacklog: Check = {
  id: 'TA301',
  title: 'A mitigation that is not in place has no backlog item',
  defaultSeverity: 'warning',
  why: 'A mitigation that is not in place and not in the backlog is work nobody plans: the threats it answers stay open release after release.',
  fix: 'Open a backlog item for the mitigation and link it, from the model (`backlog:` on the mitigation) or from the item (the label `mitigation:M-…`, or the id in its title or body); or record in the model that it is implemented, not applicable or an accepted risk.',
  run: findMitigationsWithoutBacklog,
};

function findMitigationsWithoutBacklog(context: CheckContext): FindingDraft[] {
  const expansion = context.knowledge?.expansion;
  if (!expansion) return [];
  const pending = pendingPlaces(expansion);
  const findings: FindingDraft[] = [];
  for (const rollup of expansion.mitigations) {
    const places = pending.get(rollup.id);
    if (!places) continue;
    const linked = linkedItems(context, rollup);
    if (linked.live > 0) continue;
    const wontDo = linked.wontDo.map(describeItem);
    const carried =
      wontDo.length === 0
        ? 'no backlog item carries it'
        : `its only backlog item${wontDo.length === 1 ? ' was' : 's were'} closed as won't do: ${listSome(wontDo)}`;
    findings.push({
      message: `mitigation ${named(rollup)} is ${describePlaces(places)}, and ${carried}`,
      location: context.index.locate(rollup.pointer, rollup.decided ? 'key' : 'value'),
      hint: hintFor(context, rollup),
      subject: rollup.id,
    });
  }
  return findings;
}

/**
 * Where each mitigation type still needs work: a place whose status is not settled, serving a
 * threat that is still open (a threat mitigated, accepted or not applicable asks for nothing more).
 */
function pendingPlaces(expansion: Expansion): Map<string, Map<string, MitigationStatus>> {
  const pending = new Map<string, Map<string, MitigationStatus>>();
  for (const threat of expansion.threats) {
    if (threat.status !== 'open') continue;
    for (const applied of threat.mitigations) {
      if (isSettled(applied.status)) continue;
      const places = pending.get(applied.id) ?? new Map<string, MitigationStatus>();
      places.set(threat.element, applied.status);
      pending.set(applied.id, places);
    }
  }
  return pending;
}

/** Items that carry the mitigation (from both sides); items closed as won't do carry nothing. */
function linkedItems(
  context: CheckContext,
  rollup: MitigationRollup,
): { live: number; wontDo: BacklogItem[] } {
  const alignment = context.alignment;
  if (!alignment) {
    const refs = rollup.backlog.length + rollup.places.reduce((n, place) => n + place.backlog.length, 0);
    return { live: refs, wontDo: [] };
  }
  const { links } = alignment;
  const wontDo: BacklogItem[] = [];
  let live = 0;
  for (const id of links.itemsFor.mitigation.get(rollup.id) ?? []) {
    const item = links.items.get(id);
    if (item?.status === 'wont-do') wontDo.push(item);
    else live += 1;
  }
  return { live, wontDo };
}

function named(rollup: MitigationRollup): string {
  return rollup.name === rollup.id ? rollup.id : `${rollup.id} (${rollup.name})`;
}

/** `proposed at shop and back-office`, or `planned at shop and proposed at orders-api`. */
function describePlaces(places: ReadonlyMap<string, MitigationStatus>): string {
  const byStatus = new Map<MitigationStatus, string[]>();
  for (const [element, status] of places) appendTo(byStatus, status, element);
  return listSome([...byStatus].map(([status, elements]) => `${status} at ${listSome(elements)}`));
}

function hintFor(context: CheckContext, rollup: MitigationRollup): string {
  const id = rollup.id;
  const ref = refExample(context);
  const model = rollup.decided
    ? `add backlog: ["${ref}"] to ${id} under mitigations:`
    : `under mitigations: write ${id}: { status: planned, backlog: ["${ref}"] }`;
  const noBacklog = context.alignment
    ? ''
    : ' No backlog was read in this run, so only backlog: references in the model count.';
  return (
    `Open a backlog item for ${id} and link it: ${model} (N: the item's number), or give the item the label mitigation:${id}. ` +
    `If it is already in place, write status: implemented instead; if it is not needed, status: not-applicable or accepted-risk with a reason:.${noBacklog}`
  );
}
