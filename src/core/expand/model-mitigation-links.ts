import type { Strength } from '../kb/knowledge-base.js';
import { isThreatDecision, type ThreatModel } from '../model/threat-model.js';

/** A mitigation type of the model where it addresses a threat. */
export interface ModelMitigationLink {
  id: string;
  strength: Strength;
}

/**
 * Which threats the model's own mitigation types address (SPEC §3.1): by threat type (every
 * threat of that type), or by threat id (a generated `TYPE@element`, or a threat written by hand).
 * Read once per expansion; references to nothing are TA102's (model-mitigation-references.ts).
 */
export class ModelMitigationLinks {
  private readonly byType = new Map<string, ModelMitigationLink[]>();
  private readonly byThreat = new Map<string, ModelMitigationLink[]>();
  readonly ids: ReadonlySet<string>;

  constructor(model: ThreatModel) {
    const handWritten = new Set((model.threats ?? []).filter((t) => !isThreatDecision(t)).map((t) => t.id));
    const ids = new Set<string>();
    for (const type of model.mitigationTypes ?? []) {
      ids.add(type.id);
      const link: ModelMitigationLink = { id: type.id, strength: type.strength ?? 'medium' };
      for (const ref of type.threats) {
        const table = ref.includes('@') || handWritten.has(ref) ? this.byThreat : this.byType;
        const list = table.get(ref);
        if (!list) table.set(ref, [link]);
        else if (!list.some((l) => l.id === link.id)) list.push(link);
      }
    }
    this.ids = ids;
  }

  get empty(): boolean {
    return this.ids.size === 0;
  }

  /** The model's mitigation types for every threat of a type. */
  forType(typeId: string): readonly ModelMitigationLink[] {
    return this.byType.get(typeId) ?? none;
  }

  /** The model's mitigation types for one threat, beyond those of its type. */
  forThreat(threatId: string): readonly ModelMitigationLink[] {
    return this.byThreat.get(threatId) ?? none;
  }
}

const none: readonly ModelMitigationLink[] = [];

/** `base` and then each link whose id it lacks; `base` itself when nothing is added. */
export function withLinks<T extends { id: string }>(
  base: readonly T[],
  links: readonly ModelMitigationLink[],
  make: (link: ModelMitigationLink) => T,
): readonly T[] {
  const added = links.filter((l) => !base.some((m) => m.id === l.id));
  return added.length === 0 ? base : [...base, ...added.map(make)];
}
