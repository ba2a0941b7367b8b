import type { KnowledgeBase, Predicate, Question, Strength, ThreatType } from '../kb/knowledge-base.js';
import { compareText } from '../findings/order-findings.js';
import { childPointer } from '../source/source-index.js';
import {
  isThreatDecision,
  type MitigationStatus,
  type StrideCategory,
  type ThreatModel,
  type ThreatSeverity,
  type ThreatStatus,
} from '../model/threat-model.js';
import { RuleCompiler } from './compile-rule.js';
import { buildModelGraph, type GraphComponent, type GraphElement, type ModelGraph } from './model-graph.js';

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
  backlog: string[];
  mitigations: AppliedMitigation[];
  events: string[];
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
  places: { element: string; status: MitigationStatus; backlog: string[] }[];
  threats: string[];
  pointer: string;
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

const severityOrder: Record<ThreatSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * Applies a knowledge base to a model (SPEC §4): every threat type's rule on the elements it can
 * apply to, found through indexes by type (no scan of element pairs), then the model's decisions,
 * threats written by hand, and mitigation statuses. Pure and deterministic.
 */
export function expandModel(model: ThreatModel, kb: KnowledgeBase, profile: Profile): Expansion {
  const graph = buildModelGraph(model);
  const compiler = new RuleCompiler(kb, graph);
  const byType = indexByType(graph, compiler);
  const mitigationTypes = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const inProfile = (top: boolean | undefined): boolean => profile === 'full' || top === true;
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
      top: mitigationTypes.get(id)?.top === true,
      status: place?.status ?? decision?.status ?? 'proposed',
      decided: decision !== undefined,
    };
  };

  const threats: Threat[] = [];
  for (const type of kb.threatTypes) {
    if (!inProfile(type.top)) continue;
    const rule = compiler.compile(type.rule);
    for (const element of candidates(type, graph, byType)) {
      if (!rule(element)) continue;
      const id = `${type.id}@${element.id}`;
      const decision = decisions.get(id);
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
        backlog: decision?.backlog ?? [],
        mitigations: type.mitigations
          .filter((m) => inProfile(mitigationTypes.get(m.id)?.top))
          .map((m) => applyMitigation(m.id, m.strength, element.id)),
        events: type.events ?? [],
        pointer: decision?.pointer ?? elementPointer(element),
      };
      if (decision?.reason !== undefined) threat.reason = decision.reason;
      threats.push(threat);
    }
  }

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
      mitigations: (entry.mitigations ?? []).map((m) => applyMitigation(m, 'medium', element.id)),
      events: entry.events ?? [],
      pointer: `/threats/${i}`,
    };
    if (entry.reason !== undefined) threat.reason = entry.reason;
    threats.push(threat);
  }
  threats.sort((a, b) => compareThreats(a, b, graph));

  return {
    profile,
    threats,
    mitigations: rollUpMitigations(model, kb, threats),
    questions: applyQuestions(model, kb, graph, compiler, byType, inProfile),
    unknownTypes: graph.components
      .filter((c) => compiler.typeAncestors(c.source.type).size === 0)
      .map((c) => ({ component: c.id, type: c.source.type, pointer: `/components/${c.index}/type` })),
  };
}

/** A record's own entry: ids such as "constructor" never reach Object.prototype. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function elementPointer(element: GraphElement): string {
  return element.kind === 'component' ? `/components/${element.index}/id` : `/flows/${element.index}/id`;
}

/** Components by every type they are, through inheritance. */
function indexByType(graph: ModelGraph, compiler: RuleCompiler): Map<string, GraphComponent[]> {
  const index = new Map<string, GraphComponent[]>();
  for (const component of graph.components) {
    for (const type of compiler.typeAncestors(component.source.type)) {
      const list = index.get(type);
      if (list) list.push(component);
      else index.set(type, [component]);
    }
  }
  return index;
}

/** The types a predicate requires of the element it holds on, when it says so at its top level. */
function requiredTypes(predicate: Predicate): string[] | undefined {
  if ('typeIs' in predicate) return Array.isArray(predicate.typeIs) ? predicate.typeIs : [predicate.typeIs];
  if ('all' in predicate) {
    for (const part of predicate.all) {
      const types = requiredTypes(part);
      if (types) return types;
    }
  }
  if ('any' in predicate) {
    const each = predicate.any.map(requiredTypes);
    if (each.every((t) => t !== undefined)) return [...new Set(each.flat())];
  }
  return undefined;
}

/** For flow rules: an end whose component types the rule requires. */
function requiredEnd(predicate: Predicate): { end: 'source' | 'target'; types: string[] } | undefined {
  if ('target' in predicate) {
    const types = requiredTypes(predicate.target);
    return types ? { end: 'target', types } : undefined;
  }
  if ('source' in predicate) {
    const types = requiredTypes(predicate.source);
    return types ? { end: 'source', types } : undefined;
  }
  if ('all' in predicate) {
    for (const part of predicate.all) {
      const end = requiredEnd(part);
      if (end) return end;
    }
  }
  return undefined;
}

/** The elements a threat type's rule could hold on, narrowed through the type index where the rule allows. */
function candidates(
  type: ThreatType,
  graph: ModelGraph,
  byType: Map<string, GraphComponent[]>,
): GraphElement[] {
  if (type.appliesTo === 'component') {
    const types = requiredTypes(type.rule);
    return types ? unionInOrder(types.map((t) => byType.get(t) ?? [])) : graph.components;
  }
  const end = requiredEnd(type.rule);
  if (!end) return graph.flows;
  const components = unionInOrder(end.types.map((t) => byType.get(t) ?? []));
  return unionInOrder(components.map((c) => (end.end === 'target' ? c.incoming : c.outgoing)));
}

function unionInOrder<T extends { index: number }>(lists: T[][]): T[] {
  if (lists.length === 1) return lists[0] ?? [];
  const seen = new Set<T>();
  for (const list of lists) for (const item of list) seen.add(item);
  return [...seen].sort((a, b) => a.index - b.index);
}

/** Components first, in document order, then flows; per element TOP first, then severity, then id. */
function compareThreats(a: Threat, b: Threat, graph: ModelGraph): number {
  const ea = graph.byId.get(a.element);
  const eb = graph.byId.get(b.element);
  const kindA = a.elementKind === 'component' ? 0 : 1;
  const kindB = b.elementKind === 'component' ? 0 : 1;
  return (
    kindA - kindB ||
    (ea?.index ?? 0) - (eb?.index ?? 0) ||
    Number(b.top) - Number(a.top) ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    compareText(a.id, b.id)
  );
}

function rollUpMitigations(
  model: ThreatModel,
  kb: KnowledgeBase,
  threats: readonly Threat[],
): MitigationRollup[] {
  const types = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const rollups = new Map<string, MitigationRollup>();
  const placed = new Set<string>();
  for (const threat of threats) {
    for (const applied of threat.mitigations) {
      let rollup = rollups.get(applied.id);
      if (!rollup) {
        const decision = own(model.mitigations, applied.id);
        rollup = {
          id: applied.id,
          name: types.get(applied.id)?.name ?? applied.id,
          top: applied.top,
          status: decision?.status ?? 'proposed',
          decided: decision !== undefined,
          backlog: decision?.backlog ?? [],
          places: [],
          threats: [],
          pointer: decision ? childPointer('/mitigations', applied.id) : threat.pointer,
        };
        if (decision?.reason !== undefined) rollup.reason = decision.reason;
        rollups.set(applied.id, rollup);
      }
      rollup.threats.push(threat.id);
      const placeKey = `${applied.id}\u0000${threat.element}`;
      if (!placed.has(placeKey)) {
        placed.add(placeKey);
        const place = own(own(model.mitigations, applied.id)?.except, threat.element);
        rollup.places.push({
          element: threat.element,
          status: applied.status,
          backlog: place?.backlog ?? [],
        });
      }
    }
  }
  return [...rollups.values()].sort((a, b) => compareText(a.id, b.id));
}

function applyQuestions(
  model: ThreatModel,
  kb: KnowledgeBase,
  graph: ModelGraph,
  compiler: RuleCompiler,
  byType: Map<string, GraphComponent[]>,
  inProfile: (top: boolean | undefined) => boolean,
): ComponentQuestion[] {
  const out: ComponentQuestion[] = [];
  for (const question of kb.questions) {
    if (!inProfile(question.top)) continue;
    const rule = compiler.compile(question.rule);
    const types = requiredTypes(question.rule);
    const components = types ? unionInOrder(types.map((t) => byType.get(t) ?? [])) : graph.components;
    for (const component of components) {
      if (!rule(component)) continue;
      out.push({
        component: component.id,
        question,
        answered: own(own(model.answers, component.id), question.id) !== undefined,
        pointer: `/components/${component.index}/id`,
      });
    }
  }
  return out.sort((a, b) => {
    const ia = graph.byId.get(a.component)?.index ?? 0;
    const ib = graph.byId.get(b.component)?.index ?? 0;
    return ia - ib || compareText(a.question.id, b.question.id);
  });
}
