import { compareText } from '../findings/order-findings.js';
import type { KnowledgeBase, MitigationType } from '../kb/knowledge-base.js';
import type { MitigationDecision, MitigationStatus, ThreatModel } from '../model/threat-model.js';
import { childPointer } from '../source/source-index.js';
import type { AppliedMitigation, MitigationPlace, MitigationRollup, Threat } from './expansion.js';
import { own } from './own.js';

/** Shared by every place with no backlog of its own: read it, never change it. */
const noBacklog: readonly string[] = [];

interface Entry {
  rollup: MitigationRollup;
  /** The exceptions the model makes for this mitigation type, by element. */
  except: MitigationDecision['except'];
  /** The number of the element group it was last placed in. */
  placedAt: number;
}

/**
 * One roll-up per mitigation type over every threat it answers: its status, backlog and places.
 * Threats arrive grouped by element (orderByElement), so a mitigation has a place at an element
 * already exactly when it was last placed in that group, or, rarely, when the element's id came up
 * in an earlier group too (a flow named like a component): only then are its places searched.
 *
 * The work per threat and mitigation is one push: the roll-ups of a mitigation list are looked up
 * once per list (threats of one type share theirs), and the places of one element that differ in
 * nothing but their mitigation are one object. At 50,000 elements there are about 500,000 pairs
 * and 400,000 places; allocating a place for each kept the collector busy beyond linear cost
 * (SPEC §8).
 */
export function rollUpMitigations(
  model: ThreatModel,
  kb: KnowledgeBase,
  threats: readonly Threat[],
): MitigationRollup[] {
  const types = new Map<string, Pick<MitigationType, 'name'>>(kb.mitigationTypes.map((m) => [m.id, m]));
  for (const own of model.mitigationTypes ?? [])
    if (!types.has(own.id)) types.set(own.id, { name: own.title });
  const rollups = new Map<string, Entry>();
  const entriesOfList = new Map<readonly AppliedMitigation[], Entry[]>();
  const earlierGroups = new Set<string>();
  // The places of the current element with no backlog of their own, at most one per status.
  const plainPlaces: MitigationPlace[] = [];
  let element: string | undefined;
  let group = -1;
  let revisited = false;
  for (const threat of threats) {
    if (threat.element !== element) {
      if (element !== undefined) earlierGroups.add(element);
      element = threat.element;
      group += 1;
      revisited = earlierGroups.has(element);
      plainPlaces.length = 0;
    }
    const list = threat.mitigations;
    let entries = entriesOfList.get(list);
    if (!entries) {
      entries = list.map((applied) => entryOf(applied, threat, rollups, model, types));
      entriesOfList.set(list, entries);
    }
    for (let k = 0; k < entries.length; k += 1) {
      const entry = entries[k] as Entry;
      const { rollup } = entry;
      rollup.threats.push(threat.id);
      if (entry.placedAt === group) continue;
      entry.placedAt = group;
      if (revisited && rollup.places.some((p) => p.element === element)) continue;
      const status = (list[k] as AppliedMitigation).status;
      const backlog = own(entry.except, element)?.backlog;
      rollup.places.push(
        backlog === undefined ? plainPlace(plainPlaces, element, status) : { element, status, backlog },
      );
    }
  }
  return [...rollups.values()].map((e) => e.rollup).sort((a, b) => compareText(a.id, b.id));
}

/** The roll-up of an applied mitigation, made when its first threat (in list order) comes. */
function entryOf(
  applied: AppliedMitigation,
  threat: Threat,
  rollups: Map<string, Entry>,
  model: ThreatModel,
  types: ReadonlyMap<string, Pick<MitigationType, 'name'>>,
): Entry {
  const known = rollups.get(applied.id);
  if (known) return known;
  const decision = own(model.mitigations, applied.id);
  const rollup: MitigationRollup = {
    id: applied.id,
    name: types.get(applied.id)?.name ?? applied.id,
    top: applied.top,
    status: decision?.status ?? 'proposed',
    decided: decision !== undefined,
    backlog: decision?.backlog ?? [],
    places: [],
    threats: [],
    pointer: decision ? childPointer('/mitigations', applied.id) : threat.pointer,
  };
  if (decision?.reason !== undefined) rollup.reason = decision.reason;
  const entry: Entry = { rollup, except: decision?.except, placedAt: -1 };
  rollups.set(applied.id, entry);
  return entry;
}

/** The element's place with this status and no backlog, shared by every mitigation placed so. */
function plainPlace(places: MitigationPlace[], element: string, status: MitigationStatus): MitigationPlace {
  for (const place of places) if (place.status === status) return place;
  const place: MitigationPlace = { element, status, backlog: noBacklog };
  places.push(place);
  return place;
}
