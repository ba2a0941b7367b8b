import type { ThreatModel } from '../model/threat-model.js';

/**
 * Where the model records the status of a mitigation type, for hints: on the model's own type
 * (`mitigationTypes:`) when it is one and its status is written there or nowhere yet, else under
 * `mitigations:`.
 */
export function mitigationDecisionPlace(model: ThreatModel, id: string): 'mitigationTypes' | 'mitigations' {
  const own = (model.mitigationTypes ?? []).find((t) => t.id === id);
  if (!own) return 'mitigations';
  const onType = own.status !== undefined || own.backlog !== undefined || own.reason !== undefined;
  return onType || !Object.hasOwn(model.mitigations ?? {}, id) ? 'mitigationTypes' : 'mitigations';
}
