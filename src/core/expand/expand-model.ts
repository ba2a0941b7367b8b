import type { KnowledgeBase, Question, Strength, ThreatType } from '../kb/knowledge-base.js';
import { compareText } from '../findings/order-findings.js';
import {
  isThreatDecision,
  type MitigationStatus,
  type StrideCategory,
  type ThreatModel,
  type ThreatSeverity,
  type ThreatStatus,
} from '../model/threat-model.js';
import { QuestionsByComponent } from './apply-questions.js';
import { CandidatesByElement, type Candidate } from './candidates.js';
import { ModelMitigationLinks, withLinks } from './model-mitigation-links.js';
import { RuleCompiler } from './compile-rule.js';
import { orderByElement } from './order-by-element.js';
import { own } from './own.js';
import { rollUpMitigations } from './roll-up-mitigations.js';
import { buildModelGraph, type GraphElement } from './model-graph.js';

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

/** A threat type in the profile, with what its threats share. */
interface ThreatGenerator {
  type: ThreatType;
  /** Its mitigation types in the profile. */
  mitigations: readonly ThreatType['mitigations'][number][];
  /** The applied mitigations of every threat at an element without exceptions. */
  shared: readonly AppliedMitigation[];
  idPrefix: string;
}

/** Shared by every threat with no backlog reference: expansion allocates per threat only what differs. */
const noBacklog: readonly string[] = [];
const noEvents: readonly string[] = [];

const severityOrder: Record<ThreatSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * Applies a knowledge base to a model (SPEC §4): element by element, the rules of the threat types
 * that can apply to it (chosen once per component type, see `CandidatesByElement`), then the model's
 * decisions, threats written by hand, and mitigation statuses. Pure and deterministic.
 */
export function expandModel(model: ThreatModel, kb: KnowledgeBase, profile: Profile): Expansion {
  const graph = buildModelGraph(model);
  const compiler = new RuleCompiler(kb, graph);
  const mitigationTypes = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const inProfile = (top: boolean | undefined): boolean => profile === 'full' || top === true;
  // The model's own mitigation types are always in scope, as threats written by hand are.
  const modelLinks = new ModelMitigationLinks(model);
  const modelTop = new Set((model.mitigationTypes ?? []).filter((m) => m.top === true).map((m) => m.id));
  const decisions = new Map<
    string,
    { status: ThreatStatus; reason?: string; backlog?: string[]; pointer: string }
  >();
  for (const [i, entry] of (model.threats ?? []).entries()) {
    if (isThreatDecision(entry) && !decisions.has(entry.id))
      decisions.set(entry.id, { ...entry, pointer: `/threats/${i}` });
  }

  const applyMitigation = (id: string, strength: Strength, element: string): AppliedMitigation => {
    const decision = own(model.mitigations, id);
    const place = own(decision?.except, element);
    return {
      id,
      strength,
      top: mitigationTypes.get(id)?.top === true || modelTop.has(id),
      status: place?.status ?? decision?.status ?? 'proposed',
      decided: decision !== undefined,
    };
  };

  // Elements some mitigation decision makes an exception for: only their threats need their own
  // mitigation list; every other threat of a type shares one (read-only) list.
  const excepted = new Set<string>();
  for (const decision of Object.values(model.mitigations ?? {})) {
    for (const element of Object.keys(decision.except ?? {})) excepted.add(element);
  }

  const threats: Threat[] = [];
  // Where each threat is listed, beside it: ordering them then needs no look-up by element id.
  const positions: number[] = [];
  const generators = new CandidatesByElement(
    kb.threatTypes.filter((type) => inProfile(type.top)).map((type) => threatGenerator(type)),
    (generator) => generator.type,
    compiler,
  );
  function threatGenerator(type: ThreatType): ThreatGenerator {
    const mitigations = withLinks(
      type.mitigations.filter((m) => inProfile(mitigationTypes.get(m.id)?.top)),
      modelLinks.forType(type.id),
      (link) => link,
    );
    return {
      type,
      mitigations,
      shared: mitigations.map((m) => applyMitigation(m.id, m.strength, '')),
      // Made once per type: a template per threat would allocate two joined strings, not one.
      idPrefix: `${type.id}@`,
    };
  }
  const mitigationsAt = (
    generator: ThreatGenerator,
    threatId: string,
    element: string,
  ): readonly AppliedMitigation[] => {
    const base =
      excepted.size > 0 && excepted.has(element)
        ? generator.mitigations.map((m) => applyMitigation(m.id, m.strength, element))
        : generator.shared;
    if (modelLinks.empty) return base;
    return withLinks(base, modelLinks.forThreat(threatId), (link) =>
      applyMitigation(link.id, link.strength, element),
    );
  };
  const generate = (element: GraphElement, candidates: readonly Candidate<ThreatGenerator>[]): void => {
    for (const { entry: generator, rule } of candidates) {
      if (!rule(element)) continue;
      const { type } = generator;
      const id = generator.idPrefix + element.id;
      // Without decisions or exceptions, no look-up: hashing a new id would copy it (it is two joined strings).
      const decision = decisions.size === 0 ? undefined : decisions.get(id);
      const threat: Threat = {
        id,
        typeId: type.id,
        element: element.id,
        elementKind: element.kind,
        title: type.name,
        stride: type.stride,
        severity: type.severity,
        top: type.top === true,
        origin: 'knowledge-base',
        status: decision?.status ?? 'open',
        backlog: decision?.backlog ?? noBacklog,
        mitigations: mitigationsAt(generator, id, element.id),
        events: type.events ?? noEvents,
        pointer: decision?.pointer ?? element.pointer,
      };
      if (decision?.reason !== undefined) threat.reason = decision.reason;
      threats.push(threat);
      positions.push(element.order);
    }
  };
  const questions = new QuestionsByComponent(model, kb, compiler, inProfile);
  // Out-of-scope elements (SPEC §3.1) get no generated threats and no questions; rules on other
  // elements still see them as neighbours.
  for (const component of graph.components) {
    if (component.outOfScope) continue;
    generate(component, generators.forComponent(component));
    questions.add(component);
  }
  for (const flow of graph.flows) if (!flow.outOfScope) generate(flow, generators.forFlow(flow));

  for (const [i, entry] of (model.threats ?? []).entries()) {
    if (isThreatDecision(entry)) continue;
    const element = graph.byId.get(entry.target);
    if (!element) continue;
    const threat: Threat = {
      id: entry.id,
      element: element.id,
      elementKind: element.kind,
      title: entry.title,
      stride: entry.stride,
      severity: entry.severity ?? 'medium',
      top: entry.top === true,
      origin: 'model',
      status: entry.status ?? 'open',
      backlog: entry.backlog ?? [],
      mitigations: withLinks(
        (entry.mitigations ?? []).map((m) => applyMitigation(m, 'medium', element.id)),
        modelLinks.forThreat(entry.id),
        (link) => applyMitigation(link.id, link.strength, element.id),
      ),
      events: entry.events ?? [],
      pointer: `/threats/${i}`,
    };
    if (entry.reason !== undefined) threat.reason = entry.reason;
    threats.push(threat);
    positions.push(element.order);
  }
  const ordered = orderByElement(threats, positions, graph.orders, compareOnElement);

  return {
    profile,
    threats: ordered,
    mitigations: rollUpMitigations(model, kb, ordered),
    questions: questions.ordered(graph),
    unknownTypes: graph.components
      .filter((c) => compiler.typeAncestors(c.source.type).size === 0)
      .map((c) => ({ component: c.id, type: c.source.type, pointer: `/components/${c.index}/type` })),
  };
}

/** Threats are listed by element (`GraphElement.order`); on one element TOP first, then severity, then id. */
function compareOnElement(a: Threat, b: Threat): number {
  return (
    Number(b.top) - Number(a.top) ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    compareText(a.id, b.id)
  );
}
