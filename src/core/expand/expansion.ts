import type { Question, Strength } from '../kb/knowledge-base.js';
import type {
  MitigationStatus,
  StrideCategory,
  ThreatSeverity,
  ThreatStatus,
} from '../model/threat-model.js';

/** What an expansion covers: the TOP threats and mitigations only, or every one (SPEC §3.3). */

export type Profile = 'top' | 'full';

/** A mitigation type where it applies to one threat, with the status the model gives it at that place. */
export interface AppliedMitigation {
  id: string;
  strength: Strength;
  top: boolean;
  status: MitigationStatus;
  /** Whether the model records a status for this mitigation type (or for this place). */
  decided: boolean;
}

/** A threat: a threat type applied to one element (`TYPE@element`), or one written by hand. */
export interface Threat {
  id: string;
  /** The threat type, for generated threats. */
  typeId?: string;
  element: string;
  elementKind: 'component' | 'flow';
  title: string;
  stride: StrideCategory[];
  severity: ThreatSeverity;
  top: boolean;
  origin: 'knowledge-base' | 'model';
  status: ThreatStatus;
  reason?: string;
  backlog: readonly string[];
  /** Shared between threats of one type where nothing differs: read it, never change it. */
  mitigations: readonly AppliedMitigation[];
  events: readonly string[];
  /** JSON Pointer of where the threat is best shown in the model: its decision or entry, else its element. */
  pointer: string;
}

/** One mitigation type over the whole model: its status, backlog, and every place it applies. */
export interface MitigationRollup {
  id: string;
  name: string;
  top: boolean;
  status: MitigationStatus;
  decided: boolean;
  reason?: string;
  backlog: string[];
  places: MitigationPlace[];
  threats: string[];
  pointer: string;
}

/**
 * Where a mitigation type applies, with its status there. Places of one element that differ in
 * nothing else are one object, shared between roll-ups: read them, never change them.
 */
export interface MitigationPlace {
  readonly element: string;
  readonly status: MitigationStatus;
  readonly backlog: readonly string[];
}

export interface ComponentQuestion {
  component: string;
  question: Question;
  answered: boolean;
  pointer: string;
}

export interface Expansion {
  profile: Profile;
  threats: Threat[];
  mitigations: MitigationRollup[];
  questions: ComponentQuestion[];
  /** Components whose type the knowledge base does not define (they get no generated threats). */
  unknownTypes: { component: string; type: string; pointer: string }[];
}
