import { childPointer } from '../source/source-index.js';
import type { ThreatModel } from './threat-model.js';

export type ElementKind = 'boundary' | 'data' | 'component' | 'flow' | 'requirement' | 'threat';

/** Where an id is declared: its kind and the JSON Pointer of its declaration. */
interface Declaration {
  kind: ElementKind;
  id: string;
  pointer: string;
}

export interface ModelIds {
  /** First declaration of every id; all ids share one namespace. */
  byId: ReadonlyMap<string, Declaration>;
  /** Every declaration after the first of the same id. */
  repeats: readonly { first: Declaration; repeat: Declaration }[];
}

/** Collects the ids the model declares, in document order. */
export function indexModelIds(model: ThreatModel): ModelIds {
  const byId = new Map<string, Declaration>();
  const repeats: { first: Declaration; repeat: Declaration }[] = [];
  const declare = (kind: ElementKind, id: string, pointer: string): void => {
    const declaration = { kind, id, pointer: childPointer(pointer, 'id') };
    const first = byId.get(id);
    if (first) repeats.push({ first, repeat: declaration });
    else byId.set(id, declaration);
  };
  const lists = [
    ['boundary', '/boundaries', model.boundaries],
    ['data', '/data', model.data],
    ['component', '/components', model.components],
    ['flow', '/flows', model.flows],
    ['requirement', '/requirements', model.requirements],
  ] as const;
  for (const [kind, pointer, list] of lists) {
    for (const [i, item] of (list ?? []).entries()) declare(kind, item.id, childPointer(pointer, i));
  }
  for (const [i, threat] of (model.threats ?? []).entries()) {
    declare('threat', threat.id, childPointer('/threats', i));
  }
  return { byId, repeats };
}

/** The element part of a generated threat id: `SQLI@orders-db` → `orders-db`. */
export function threatElement(threatId: string): string | undefined {
  const at = threatId.indexOf('@');
  return at === -1 ? undefined : threatId.slice(at + 1);
}
