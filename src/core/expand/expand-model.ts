import type { KnowledgeBase, Strength, ThreatType } from '../kb/knowledge-base.js';
import { compareText } from '../findings/order-findings.js';
import {
  isThreatDecision,
  type ThreatModel,
  type ThreatSeverity,
  type ThreatStatus,
} from '../model/threat-model.js';
import type { AppliedMitigation, Expansion, Profile, Threat } from './expansion.js';
import { QuestionsByComponent } from './apply-questions.js';
import { CandidatesByElement, type Candidate } from './candidates.js';
import { ModelMitigationLinks, withLinks } from './model-mitigation-links.js';
import { RuleCompiler } from './compile-rule.js';
import { orderByElement } from './order-by-element.js';
import { own } from './own.js';
import { rollUpMitigations } from './roll-up-mitigations.js';
import { buildModelGraph, type GraphElement } from './model-graph.js';

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
