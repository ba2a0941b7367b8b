import type { KnowledgeBase, Predicate, PropertyTest, Scalar } from '../kb/knowledge-base.js';
import type { PropertyValue } from '../model/threat-model.js';
import { classificationRank, type GraphElement, type ModelGraph } from './model-graph.js';

export type CompiledRule = (element: GraphElement) => boolean;

const noTypes: ReadonlySet<string> = new Set();

/**
 * Turns predicates (data) into closures once per knowledge base and model, so that evaluating a rule
 * on an element is a few comparisons: no interpretation per element, no eval, no regular expressions.
 */
export class RuleCompiler {
  private readonly ancestors = new Map<string, ReadonlySet<string>>();
  /** By component index: a type test reads them there, not through the component's source and a look-up by type. */
  private readonly componentAncestors: readonly ReadonlySet<string>[];

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly graph: ModelGraph,
  ) {
    const types = new Map(kb.componentTypes.map((t) => [t.id, t]));
    for (const type of kb.componentTypes) {
      const chain = new Set<string>();
      let current: string | undefined = type.id;
      while (current !== undefined && !chain.has(current)) {
        chain.add(current);
        current = types.get(current)?.extends;
      }
      this.ancestors.set(type.id, chain);
    }
    this.componentAncestors = graph.components.map((c) => this.typeAncestors(c.source.type));
  }

  /** The component type and every type it extends; empty for a type the knowledge base lacks. */
  typeAncestors(typeId: string): ReadonlySet<string> {
    return this.ancestors.get(typeId) ?? noTypes;
  }

  compile(predicate: Predicate): CompiledRule {
    if ('all' in predicate) {
      const parts = predicate.all.map((p) => this.compile(p));
      // Plain loops: a closure per element and rule part would be garbage on every evaluation.
      return (e) => {
        for (const part of parts) if (!part(e)) return false;
        return true;
      };
    }
    if ('any' in predicate) {
      const parts = predicate.any.map((p) => this.compile(p));
      return (e) => {
        for (const part of parts) if (part(e)) return true;
        return false;
      };
    }
    if ('not' in predicate) {
      const inner = this.compile(predicate.not);
      return (e) => !inner(e);
    }
    if ('typeIs' in predicate) {
      const wanted = Array.isArray(predicate.typeIs) ? predicate.typeIs : [predicate.typeIs];
      return (e) => {
        if (e.kind !== 'component') return false;
        const ancestors = this.componentAncestors[e.index] ?? noTypes;
        for (const t of wanted) if (ancestors.has(t)) return true;
        return false;
      };
    }
    if ('property' in predicate) return this.compileProperty(predicate.property);
    if ('data' in predicate) {
      const test = predicate.data;
      const [operator, value] = (Object.entries(test)[0] ?? ['exists', true]) as [string, string | boolean];
      if (operator === 'exists') return (e) => e.dataRank >= 0 === value;
      const rank = classificationRank(String(value));
      return (e) => e.dataRank >= 0 && compareOrdered(operator, e.dataRank, rank);
    }
    if ('source' in predicate) {
      const inner = this.compile(predicate.source);
      return (e) => e.kind === 'flow' && inner(e.from);
    }
    if ('target' in predicate) {
      const inner = this.compile(predicate.target);
      return (e) => e.kind === 'flow' && inner(e.to);
    }
    if ('crossesBoundary' in predicate) {
      const wanted = predicate.crossesBoundary;
      return (e) => e.kind === 'flow' && e.crossesBoundary === wanted;
    }
    if ('entersBoundary' in predicate) {
      const kind = predicate.entersBoundary.kind;
      return (e) => e.kind === 'flow' && this.crossesInto(e.to.enclosing, e.from.enclosing, kind);
    }
    if ('exitsBoundary' in predicate) {
      const kind = predicate.exitsBoundary.kind;
      return (e) => e.kind === 'flow' && this.crossesInto(e.from.enclosing, e.to.enclosing, kind);
    }
    if ('incoming' in predicate) {
      const inner = this.compile(predicate.incoming);
      return (e) => e.kind === 'component' && e.incoming.some(inner);
    }
    const inner = this.compile(predicate.outgoing);
    return (e) => e.kind === 'component' && e.outgoing.some(inner);
  }

  /** Some boundary (of the kind, if given) encloses `inside` but not `outside`. */
  private crossesInto(
    inside: readonly string[],
    outside: readonly string[],
    kind: string | undefined,
  ): boolean {
    return inside.some(
      (b) => !outside.includes(b) && (kind === undefined || this.graph.boundaryKinds.get(b) === kind),
    );
  }

  private compileProperty(test: PropertyTest): CompiledRule {
    const name = test.name;
    const read = (e: GraphElement): PropertyValue | undefined => readProperty(e, name);
    if (test.exists !== undefined) {
      const wanted = test.exists;
      return (e) => (read(e) !== undefined) === wanted;
    }
    // Each test is made once here: a closure made per evaluation would be garbage per element.
    if (test.eq !== undefined) {
      const value = test.eq;
      const same = (v: Scalar): boolean => v === value;
      return (e) => matches(read(e), same);
    }
    if (test.ne !== undefined) {
      const value = test.ne;
      const same = (v: Scalar): boolean => v === value;
      return (e) => !matches(read(e), same);
    }
    if (test.in !== undefined) {
      const values = new Set<Scalar>(test.in);
      const isIn = (v: Scalar): boolean => values.has(v);
      return (e) => matches(read(e), isIn);
    }
    const [operator, bound] = (['gt', 'gte', 'lt', 'lte'] as const)
      .map((op) => [op, test[op]] as const)
      .find(([, v]) => v !== undefined) ?? ['gt', undefined];
    const order = this.kb.properties[name]?.values;
    const rankOf = (v: Scalar): number =>
      typeof v === 'number' && typeof bound === 'number' ? v : (order?.indexOf(v) ?? -1);
    const boundRank = bound === undefined ? -1 : rankOf(bound);
    const inOrder = (v: Scalar): boolean => rankOf(v) >= 0 && compareOrdered(operator, rankOf(v), boundRank);
    return (e) => matches(read(e), inOrder);
  }
}

/** A property's value, or a built-in field (docs/knowledge-base.md). Only own properties are read. */
function readProperty(element: GraphElement, name: string): PropertyValue | undefined {
  if (name === 'id') return element.id;
  if (element.kind === 'component') {
    if (name === 'type') return element.source.type;
    if (name === 'boundary') return element.boundary;
  } else if (name === 'protocol') {
    return element.protocol;
  }
  return Object.hasOwn(element.properties, name) ? element.properties[name] : undefined;
}

function matches(value: PropertyValue | undefined, test: (v: Scalar) => boolean): boolean {
  if (value === undefined) return false;
  return Array.isArray(value) ? value.some(test) : test(value);
}

function compareOrdered(operator: string, a: number, b: number): boolean {
  switch (operator) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    default:
      return a <= b;
  }
}
