import type {
  Boundary,
  Component,
  DataAsset,
  Flow,
  Requirement,
  ThreatEntry,
} from '../../model/threat-model.js';

/** The lists of the native model a reader fills in, in the order the model will hold them. */
export interface NativeParts {
  boundaries: Boundary[];
  data: DataAsset[];
  components: Component[];
  flows: Flow[];
  requirements: Requirement[];
  threats: ThreatEntry[];
}

export function emptyParts(): NativeParts {
  return { boundaries: [], data: [], components: [], flows: [], requirements: [], threats: [] };
}
