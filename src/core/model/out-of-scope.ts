import type { ThreatModel } from './threat-model.js';

/**
 * The ids of the elements marked out of scope (SPEC §3.1): components and flows that say so,
 * components inside a boundary that says so (at any depth), and flows whose two ends are.
 * The same reading as the expansion's (model-graph.ts), for messages about those elements.
 */
export function outOfScopeIds(model: ThreatModel): Set<string> {
  const out = new Set<string>();
  const parents = new Map((model.boundaries ?? []).map((b) => [b.id, b.parent]));
  const marked = new Set((model.boundaries ?? []).filter((b) => b.outOfScope === true).map((b) => b.id));
  const inMarked = (boundary: string | undefined): boolean => {
    const seen = new Set<string>();
    for (let b = boundary; b !== undefined && !seen.has(b); b = parents.get(b)) {
      if (marked.has(b)) return true;
      seen.add(b);
    }
    return false;
  };
  for (const c of model.components) if (c.outOfScope === true || inMarked(c.boundary)) out.add(c.id);
  for (const f of model.flows ?? [])
    if (f.outOfScope === true || (out.has(f.from) && out.has(f.to))) out.add(f.id);
  return out;
}
