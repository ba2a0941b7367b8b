import type { Predicate, ThreatType } from '../kb/knowledge-base.js';
import type { RuleCompiler } from './compile-rule.js';
import type { GraphComponent, GraphElement, ModelGraph } from './model-graph.js';

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

/** The elements a threat type's rule could hold on, narrowed through the type index where the rule allows. */
export function candidates(
  type: ThreatType,
  graph: ModelGraph,
  byType: Map<string, GraphComponent[]>,
): GraphElement[] {
  if (type.appliesTo === 'component') {
    const types = requiredTypes(type.rule);
    return types
      ? unionInOrder(
          types.map((t) => byType.get(t) ?? []),
          graph.components,
        )
      : graph.components;
  }
  const end = requiredEnd(type.rule);
  if (!end) return graph.flows;
  const components = unionInOrder(
    end.types.map((t) => byType.get(t) ?? []),
    graph.components,
  );
  return unionInOrder(
    components.map((c) => (end.end === 'target' ? c.incoming : c.outgoing)),
    graph.flows,
  );
}

/**
 * The items of some lists, each once, in the order of `all` (which holds every one of them, by
 * ascending index). A few items are sorted; many are picked out of `all` in one pass instead, so
 * that the cost never grows faster than the model (a sort of most flows would, as n·log n).
 */
export function unionInOrder<T extends { index: number }>(lists: T[][], all: readonly T[]): T[] {
  if (lists.length === 1) return lists[0] ?? [];
  let total = 0;
  for (const list of lists) total += list.length;
  if (total * Math.log2(total + 1) < all.length) {
    const seen = new Set<T>();
    for (const list of lists) for (const item of list) seen.add(item);
    return [...seen].sort((a, b) => a.index - b.index);
  }
  const marked = new Uint8Array((all.at(-1)?.index ?? -1) + 1);
  for (const list of lists) for (const item of list) marked[item.index] = 1;
  return all.filter((item) => marked[item.index] === 1);
}
