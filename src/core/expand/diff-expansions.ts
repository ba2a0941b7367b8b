import type { Expansion } from './expansion.js';

export interface ExpansionDiff {
  threatsAdded: string[];
  threatsRemoved: string[];
  mitigationsAdded: string[];
  mitigationsRemoved: string[];
}

/** What moving from one expansion of a model to another adds and removes: threat ids and mitigation types. */
export function diffExpansions(before: Expansion, after: Expansion): ExpansionDiff {
  const setDiff = (a: readonly string[], b: readonly string[]): string[] => {
    const seen = new Set(b);
    return a.filter((id) => !seen.has(id));
  };
  const threatsBefore = before.threats.map((t) => t.id);
  const threatsAfter = after.threats.map((t) => t.id);
  const mitigationsBefore = before.mitigations.map((m) => m.id);
  const mitigationsAfter = after.mitigations.map((m) => m.id);
  return {
    threatsAdded: setDiff(threatsAfter, threatsBefore),
    threatsRemoved: setDiff(threatsBefore, threatsAfter),
    mitigationsAdded: setDiff(mitigationsAfter, mitigationsBefore),
    mitigationsRemoved: setDiff(mitigationsBefore, mitigationsAfter),
  };
}
