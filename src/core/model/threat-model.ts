import type {
  classifications,
  dataKinds,
  eventStatuses,
  flowRoles,
  mitigationStatuses,
  strideCategories,
  threatSeverities,
  threatStatuses,
} from './model-schema.js';

export type MitigationStatus = (typeof mitigationStatuses)[number];
export type ThreatStatus = (typeof threatStatuses)[number];
export type EventStatus = (typeof eventStatuses)[number];
type DataKind = (typeof dataKinds)[number];
export type FlowRole = (typeof flowRoles)[number];
export type Classification = (typeof classifications)[number];
export type StrideCategory = (typeof strideCategories)[number];
export type ThreatSeverity = (typeof threatSeverities)[number];
export type PropertyValue = string | number | boolean | (string | number | boolean)[];
export type Properties = Record<string, PropertyValue>;

/** The native threat model, as the schema guarantees it once it validates (SPEC §3.1). */
export interface ThreatModel {
  schema: 'threat-align/v1';
  system: { name: string; description?: string; owner?: string; repository?: string; version?: string };
  knowledgeBase?: { use: string; sha256?: string; profile?: 'top' | 'full' };
  boundaries?: Boundary[];
  data?: DataAsset[];
  components: Component[];
  flows?: Flow[];
  requirements?: Requirement[];
  threats?: ThreatEntry[];
  mitigationTypes?: ModelMitigationType[];
  mitigations?: Record<string, MitigationDecision>;
  events?: Record<string, EventDecision>;
  stories?: StoryLink[];
  answers?: Record<string, Record<string, string>>;
}

export interface Boundary {
  id: string;
  name?: string;
  description?: string;
  kind?: string;
  parent?: string;
  outOfScope?: boolean;
}

export interface DataAsset {
  id: string;
  name?: string;
  description?: string;
  classification: Classification;
  kinds?: DataKind[];
}

export interface Component {
  id: string;
  name?: string;
  type: string;
  boundary?: string;
  description?: string;
  data?: string[];
  outOfScope?: boolean;
  properties?: Properties;
}

export interface Flow {
  id: string;
  name?: string;
  from: string;
  to: string;
  protocol?: string;
  description?: string;
  data?: string[];
  role?: FlowRole;
  outOfScope?: boolean;
  properties?: Properties;
}

export interface Requirement {
  id: string;
  text: string;
  mitigations?: string[];
  backlog?: string[];
}

/** A decision on a generated threat (`THREATTYPE@element`). */
export interface ThreatDecision {
  id: string;
  status: ThreatStatus;
  reason?: string;
  backlog?: string[];
}

/** A threat written by hand in the model. */
export interface HandWrittenThreat {
  id: string;
  title: string;
  description?: string;
  stride: StrideCategory[];
  target: string;
  severity?: ThreatSeverity;
  top?: boolean;
  mitigations?: string[];
  events?: string[];
  status?: ThreatStatus;
  reason?: string;
  backlog?: string[];
}

export type ThreatEntry = ThreatDecision | HandWrittenThreat;

export function isThreatDecision(entry: ThreatEntry): entry is ThreatDecision {
  return entry.id.includes('@');
}

/** A mitigation type the model defines itself (SPEC §3.1), beside the knowledge base's. */
interface ModelMitigationType {
  id: string;
  title: string;
  description?: string;
  /** Threat type ids, generated threat ids (TYPE@element) or ids of threats written by hand. */
  threats: string[];
  strength?: 'weak' | 'medium' | 'strong';
  top?: boolean;
  status?: MitigationStatus;
  reason?: string;
  backlog?: string[];
}

export interface MitigationDecision {
  status: MitigationStatus;
  reason?: string;
  backlog?: string[];
  except?: Record<string, { status: MitigationStatus; reason?: string; backlog?: string[] }>;
}

interface EventDecision {
  status: EventStatus;
  reason?: string;
  backlog?: string[];
}

interface StoryLink {
  backlog: string;
  threats?: string[];
  requirements?: string[];
}
