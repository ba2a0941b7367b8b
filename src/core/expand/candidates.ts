import type { Predicate, ThreatType } from '../kb/knowledge-base.js';
import type { RuleCompiler } from './compile-rule.js';
import type { GraphComponent, GraphElement, GraphFlow, ModelGraph } from './model-graph.js';

/** Components by every type they are, through inheritance. */
export function indexByType(graph: ModelGraph, compiler: RuleCompiler): Map<string, GraphComponent[]> {
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
export function requiredTypes(predicate: Predicate): string[] | undefined {
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

/**
 * Some of a list's items, in its order: `items`, each that `marks` stamps with `stamp` when `marks`
 * is given, else every one. Many items are chosen by stamping them in a mask shared by every
 * selection (one array per model, not one copy of most flows per rule), a few by sorting them.
 */
export interface Selection<T> {
  items: readonly T[];
  marks: Uint32Array | undefined;
  /** With `marks`: each item's index, beside it, so that reading the selection touches only the items it holds. */
  indexes: Int32Array | undefined;
  stamp: number;
}

/**
 * Each item the selection holds, in order. A stamped selection is read from two flat arrays (the
 * indexes and the marks) and only the items it holds are touched: at 50,000 elements, reading
 * every element object of the model once per rule was most of the time (cache misses).
 */
export function forEachSelected<T>(selection: Selection<T>, visit: (item: T) => void): void {
  const { items, marks, indexes, stamp } = selection;
  if (marks === undefined || indexes === undefined) {
    for (const item of items) visit(item);
    return;
  }
  for (let i = 0; i < items.length; i += 1) {
    if (marks[indexes[i] ?? -1] === stamp) visit(items[i] as T);
  }
}

/**
 * Chooses the elements rules could hold on, through the type index where the rule allows. The
 * stamp changes with every selection, so that the masks never need clearing; a selection is read
 * before the next is made.
 */
export class CandidateSelector {
  private readonly componentMarks: Uint32Array;
  private readonly flowMarks: Uint32Array;
  private readonly componentIndexes: Int32Array;
  private readonly flowIndexes: Int32Array;
  private stamp = 0;

  constructor(
    private readonly graph: ModelGraph,
    private readonly byType: ReadonlyMap<string, GraphComponent[]>,
  ) {
    this.componentMarks = new Uint32Array((graph.components.at(-1)?.index ?? -1) + 1);
    this.flowMarks = new Uint32Array((graph.flows.at(-1)?.index ?? -1) + 1);
    this.componentIndexes = Int32Array.from(graph.components, (c) => c.index);
    this.flowIndexes = Int32Array.from(graph.flows, (f) => f.index);
  }

  /** The components of any of `types` (all components when `types` is undefined). */
  components(types: readonly string[] | undefined): Selection<GraphComponent> {
    if (!types) return this.every(this.graph.components);
    const lists = types.map((t) => this.byType.get(t) ?? noComponents);
    return this.union(lists, this.graph.components, this.componentMarks, this.componentIndexes);
  }

  /** The elements a threat type's rule could hold on. */
  forThreatType(type: ThreatType): Selection<GraphElement> {
    if (type.appliesTo === 'component') return this.components(requiredTypes(type.rule));
    const end = requiredEnd(type.rule);
    if (!end) return this.every(this.graph.flows);
    const components = this.components(end.types);
    const lists: GraphFlow[][] = [];
    forEachSelected(components, (c) => lists.push(end.end === 'target' ? c.incoming : c.outgoing));
    return this.union(lists, this.graph.flows, this.flowMarks, this.flowIndexes);
  }

  private every<T>(items: readonly T[]): Selection<T> {
    return { items, marks: undefined, indexes: undefined, stamp: 0 };
  }

  /**
   * The items of some lists, each once, in the order of `all` (which holds every one of them, by
   * ascending index). A few items are sorted; many are stamped and picked out of `all` as the
   * selection is read, so that the cost never grows faster than the model (a sort of most flows
   * would, as n·log n, and a copy of them per rule is garbage that grows with the model).
   */
  private union<T extends { index: number }>(
    lists: readonly (readonly T[])[],
    all: readonly T[],
    marks: Uint32Array,
    indexes: Int32Array,
  ): Selection<T> {
    if (lists.length === 1) return this.every(lists[0] ?? []);
    let total = 0;
    for (const list of lists) total += list.length;
    if (total * Math.log2(total + 1) < all.length) {
      const seen = new Set<T>();
      for (const list of lists) for (const item of list) seen.add(item);
      return this.every([...seen].sort((a, b) => a.index - b.index));
    }
    this.stamp += 1;
    for (const list of lists) for (const item of list) marks[item.index] = this.stamp;
    return { items: all, marks, indexes, stamp: this.stamp };
  }
}

const noComponents: GraphComponent[] = [];
