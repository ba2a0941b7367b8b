import { compareText } from '../findings/order-findings.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ThreatModel } from '../model/threat-model.js';
import { childPointer } from '../source/source-index.js';
import type { MitigationRollup, Threat } from './expand-model.js';
import { own } from './own.js';

/** Shared by every place with no backlog of its own: read it, never change it. */
const noBacklog: readonly string[] = [];

/**
 * One roll-up per mitigation type over every threat it answers: its status, backlog and places.
 * Threats arrive grouped by element (orderThreats), so a mitigation has a place at an element
 * already exactly when it was last placed there, or, rarely, when the element's id came up in an
 * earlier group too (a flow named like a component): only then are its places searched.
 */
export function rollUpMitigations(
  model: ThreatModel,
  kb: KnowledgeBase,
  threats: readonly Threat[],
): MitigationRollup[] {
  const types = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const rollups = new Map<string, { rollup: MitigationRollup; placedAt: string | undefined }>();
  const earlierGroups = new Set<string>();
  let group: string | undefined;
  let revisited = false;
  for (const threat of threats) {
    if (threat.element !== group) {
      if (group !== undefined) earlierGroups.add(group);
      group = threat.element;
      revisited = earlierGroups.has(group);
    }
    for (const applied of threat.mitigations) {
      let entry = rollups.get(applied.id);
      if (!entry) {
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
        entry = { rollup, placedAt: undefined };
        rollups.set(applied.id, entry);
      }
      const { rollup } = entry;
      rollup.threats.push(threat.id);
      if (entry.placedAt === threat.element) continue;
      entry.placedAt = threat.element;
      if (revisited && rollup.places.some((p) => p.element === threat.element)) continue;
      const place = own(own(model.mitigations, applied.id)?.except, threat.element);
      rollup.places.push({
        element: threat.element,
        status: applied.status,
        backlog: place?.backlog ?? noBacklog,
      });
    }
  }
  return [...rollups.values()].map((e) => e.rollup).sort((a, b) => compareText(a.id, b.id));
}
