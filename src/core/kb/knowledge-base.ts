import type { StrideCategory, ThreatSeverity } from '../model/threat-model.js';

export type ElementKind = 'process' | 'data-store' | 'external-entity';
export type Strength = 'weak' | 'medium' | 'strong';
export type Scalar = string | number | boolean;

/** One predicate of the rule language (docs/knowledge-base.md): exactly one operator. */
export type Predicate =
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate }
  | { typeIs: string | string[] }
  | { property: PropertyTest }
  | { data: DataTest }
  | { source: Predicate }
  | { target: Predicate }
  | { crossesBoundary: boolean }
  | { entersBoundary: BoundaryMatch }
  | { exitsBoundary: BoundaryMatch }
  | { incoming: Predicate }
  | { outgoing: Predicate }
  | { is: string }
  | { reachable: Reachability }
  | { inBoundary: BoundaryMatch }
  | { internetExposed: boolean }
  | { elementIs: ElementKind | ElementKind[] }
  | { dataKind: string | string[] }
  | { flowRole: string | string[] }
  | { someComponent: Predicate }
  | { someFlow: Predicate };

/** `reachable`: a path of flows from a component that satisfies `from`, at most `hops` network hops long. */
export interface Reachability {
  from: Predicate;
  hops: number;
}

/** A predicate defined once under `predicates:` and referenced by name (`is: name`). */
export interface NamedPredicate {
  description: string;
  on: 'component' | 'flow';
  rule: Predicate;
}

export interface PropertyTest {
  name: string;
  eq?: Scalar;
  ne?: Scalar;
  in?: Scalar[];
  exists?: boolean;
  gt?: Scalar;
  gte?: Scalar;
  lt?: Scalar;
  lte?: Scalar;
}

interface DataTest {
  exists?: boolean;
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
}

interface BoundaryMatch {
  kind?: string;
}

interface References {
  capec?: number[];
  cwe?: number[];
  owasp?: string[];
}

export interface PropertyDeclaration {
  description: string;
  type?: 'string' | 'number' | 'boolean' | 'list';
  values?: Scalar[];
  ordered?: boolean;
}

interface ComponentType {
  id: string;
  name: string;
  description?: string;
  extends?: string;
  abstract?: boolean;
  element?: ElementKind;
  stride?: StrideCategory[];
}

export interface ThreatType {
  id: string;
  name: string;
  description: string;
  stride: StrideCategory[];
  severity: ThreatSeverity;
  top?: boolean;
  appliesTo: 'component' | 'flow';
  rule: Predicate;
  mitigations: { id: string; strength: Strength }[];
  events?: string[];
  references?: References;
  withoutPhrases?: string[];
}

export interface MitigationType {
  id: string;
  name: string;
  description: string;
  control: 'preventive' | 'detective' | 'corrective' | 'deterrent' | 'recovery';
  cost: 'low' | 'medium' | 'high';
  top?: boolean;
  references?: References;
  /** Set on the model's own mitigation types, added for a run (apply-model-mitigations.ts); never in a knowledge base. */
  origin?: 'model';
}

export interface SecurityEvent {
  id: string;
  name: string;
  description: string;
  level: 'INFO' | 'WARN' | 'CRITICAL';
  threshold: { count: number; window: string; per: string };
}

export interface Question {
  id: string;
  text: string;
  rationale: string;
  stride: StrideCategory;
  top?: boolean;
  rule: Predicate;
}

/** A loaded, merged and validated knowledge base. Entry lists are sorted by id. */
export interface KnowledgeBase {
  name: string;
  version: string;
  description?: string;
  /** sha256 of the canonical content (docs/knowledge-base.md#content-hash). */
  sha256: string;
  properties: Record<string, PropertyDeclaration>;
  /** Named predicates; left out of the canonical form when there are none (so older hashes hold). */
  predicates?: Record<string, NamedPredicate>;
  componentTypes: ComponentType[];
  threatTypes: ThreatType[];
  mitigationTypes: MitigationType[];
  events: SecurityEvent[];
  questions: Question[];
}

/** The sections of a knowledge base that hold entries with ids. */
export const entrySections = [
  'componentTypes',
  'threatTypes',
  'mitigationTypes',
  'events',
  'questions',
] as const;
export type EntrySection = (typeof entrySections)[number];
