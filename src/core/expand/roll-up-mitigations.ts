import { compareText } from '../findings/order-findings.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ThreatModel } from '../model/threat-model.js';
import { childPointer } from '../source/source-index.js';
import type { MitigationRollup, Threat } from './expand-model.js';
import { own } from './own.js';

/** One roll-up per mitigation type over every threat it answers: its status, backlog and places. */
export function rollUpMitigations(
  model: ThreatModel,
  kb: KnowledgeBase,
  threats: readonly Threat[],
): MitigationRollup[] {
  const types = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const rollups = new Map<string, MitigationRollup>();
  // Per mitigation type, the elements it already has a place at: no key strings built per threat.
  const placed = new Map<string, Set<string>>();
  for (const threat of threats) {
    for (const applied of threat.mitigations) {
      let rollup = rollups.get(applied.id);
      if (!rollup) {
        const decision = own(model.mitigations, applied.id);
        rollup = {
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
        rollups.set(applied.id, rollup);
      }
      rollup.threats.push(threat.id);
      let elements = placed.get(applied.id);
      if (!elements) {
        elements = new Set();
        placed.set(applied.id, elements);
      }
      if (!elements.has(threat.element)) {
        elements.add(threat.element);
        const place = own(own(model.mitigations, applied.id)?.except, threat.element);
        rollup.places.push({
          element: threat.element,
          status: applied.status,
          backlog: place?.backlog ?? [],
        });
      }
    }
  }
  return [...rollups.values()].sort((a, b) => compareText(a.id, b.id));
}
