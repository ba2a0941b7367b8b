import type {
  ElementKind,
  KnowledgeBase,
  Predicate,
  PropertyTest,
  Reachability,
  Scalar,
} from '../kb/knowledge-base.js';
import type { PropertyValue } from '../model/threat-model.js';
import {
  classificationRank,
  dataKindBit,
  type GraphComponent,
  type GraphElement,
  type GraphFlow,
  type ModelGraph,
} from './model-graph.js';

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
  /** By component index: the data-flow-diagram element kind its type has or inherits. */
  private readonly componentElements: readonly (ElementKind | undefined)[];
  /** Each named predicate compiled once, memoised: every rule that names it shares its answers. */
  private readonly named = new Map<string, CompiledRule>();
  private readonly compiling = new Set<string>();
  private readonly componentSlots: number;
  private readonly flowSlots: number;
  /**
   * How many times a memoised predicate was computed (not read back) on an element: at most the
   * number of memoised predicates times the number of elements, whatever the nesting.
   */
  evaluations = 0;

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
    const elementOf = (typeId: string): ElementKind | undefined => {
      for (const id of this.typeAncestors(typeId)) {
        const element = types.get(id)?.element;
        if (element !== undefined) return element;
      }
      return undefined;
    };
    this.componentElements = graph.components.map((c) => elementOf(c.source.type));
    this.componentSlots = graph.components.length;
    this.flowSlots = (graph.flows.at(-1)?.index ?? -1) + 1;
  }

  /** The rule of a named predicate, for callers that look through names (candidates.ts). */
  namedRule(name: string): Predicate | undefined {
    return this.kb.predicates?.[name]?.rule;
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
      const inner = this.compileDeep(predicate.source);
      return (e) => e.kind === 'flow' && inner(e.from);
    }
    if ('target' in predicate) {
      const inner = this.compileDeep(predicate.target);
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
      const inner = this.compileDeep(predicate.incoming);
      return (e) => e.kind === 'component' && e.incoming.some(inner);
    }
    if ('outgoing' in predicate) {
      const inner = this.compileDeep(predicate.outgoing);
      return (e) => e.kind === 'component' && e.outgoing.some(inner);
    }
    return this.compileMore(predicate);
  }

  /** The operators of the second version of the language (docs/knowledge-base.md). */
  private compileMore(predicate: Predicate): CompiledRule {
    if ('is' in predicate) return this.compileNamed(predicate.is);
    if ('reachable' in predicate) return this.compileReachable(predicate.reachable);
    if ('inBoundary' in predicate) {
      const kind = predicate.inBoundary.kind;
      return (e) =>
        e.kind === 'component' &&
        (kind === undefined
          ? e.enclosing.length > 0
          : e.enclosing.some((b) => this.graph.boundaryKinds.get(b) === kind));
    }
    if ('internetExposed' in predicate) {
      const wanted = predicate.internetExposed;
      return (e) => e.kind === 'component' && this.isInternetExposed(e) === wanted;
    }
    if ('elementIs' in predicate) {
      const wanted: readonly string[] = Array.isArray(predicate.elementIs)
        ? predicate.elementIs
        : [predicate.elementIs];
      return (e) => {
        if (e.kind !== 'component') return false;
        const element = this.componentElements[e.index];
        return element !== undefined && wanted.includes(element);
      };
    }
    if ('dataKind' in predicate) {
      const kinds = Array.isArray(predicate.dataKind) ? predicate.dataKind : [predicate.dataKind];
      const bits = kinds.reduce((all, k) => all | dataKindBit(k), 0);
      return (e) => (e.dataKinds & bits) !== 0;
    }
    if ('flowRole' in predicate) {
      const roles: readonly string[] = Array.isArray(predicate.flowRole)
        ? predicate.flowRole
        : [predicate.flowRole];
      return (e) => e.kind === 'flow' && roles.includes(e.role);
    }
    if ('someComponent' in predicate) {
      const inner = this.compile(predicate.someComponent);
      let answer: boolean | undefined;
      return () => (answer ??= this.graph.components.some((c) => inner(c)));
    }
    if ('someFlow' in predicate) {
      const inner = this.compile(predicate.someFlow);
      let answer: boolean | undefined;
      return () => (answer ??= this.graph.flows.some((f) => inner(f)));
    }
    return never;
  }

  /**
   * A predicate evaluated on the elements around another (through incoming, outgoing, source,
   * target): when it reads further than its own element, its answer per element is kept, so nested
   * rules cost each element once per predicate instead of once per path that reaches it.
   */
  private compileDeep(predicate: Predicate): CompiledRule {
    const rule = this.compile(predicate);
    return readsAround(predicate) ? this.memoise(rule) : rule;
  }

  private memoise(rule: CompiledRule): CompiledRule {
    // 0: not known yet, 1: holds, 2: does not hold. Allocated on first use.
    let components: Uint8Array | undefined;
    let flows: Uint8Array | undefined;
    return (e) => {
      const table =
        e.kind === 'component'
          ? (components ??= new Uint8Array(this.componentSlots))
          : (flows ??= new Uint8Array(this.flowSlots));
      const known = table[e.index];
      if (known !== 0) return known === 1;
      this.evaluations++;
      const holds = rule(e);
      table[e.index] = holds ? 1 : 2;
      return holds;
    };
  }

  private compileNamed(name: string): CompiledRule {
    const done = this.named.get(name);
    if (done) return done;
    const definition = this.kb.predicates?.[name];
    // Unknown names and loops are load errors (validate-kb.ts); here they never hold.
    if (!definition || this.compiling.has(name)) return never;
    // Later references to the name (in its own body, through other names) reach the memoised rule.
    let rule: CompiledRule = never;
    const shared = this.memoise((e) => rule(e));
    this.named.set(name, shared);
    this.compiling.add(name);
    rule = this.compile(definition.rule);
    this.compiling.delete(name);
    return shared;
  }

  /**
   * Distances from every component that satisfies `from`, computed once per model on first use:
   * a breadth-first search over request flows (one hop each) and own-device flows (no hop); a
   * response goes back along a request and is no hop. Linear in components and flows.
   */
  private compileReachable(reach: Reachability): CompiledRule {
    const from = this.compile(reach.from);
    const hops = reach.hops;
    let distances: Int32Array | undefined;
    return (e) => {
      if (e.kind !== 'component') return false;
      distances ??= this.distancesFrom(from);
      const d = distances[e.index] ?? -1;
      return d >= 0 && d <= hops;
    };
  }

  private distancesFrom(from: CompiledRule): Int32Array {
    const distance = new Int32Array(this.componentSlots).fill(-1);
    // Dial's search with two buckets: components at this distance, and at the next one. Each
    // component is settled once, at its least distance, and its flows are read once then.
    let current: GraphComponent[] = [];
    let next: GraphComponent[] = [];
    const follow = (flow: GraphFlow): void => {
      if (flow.role === 'response' || distance[flow.to.index] !== -1) return;
      (flow.role === 'own-device' ? current : next).push(flow.to);
    };
    // Sources count as reached only along a path of at least one flow.
    for (const c of this.graph.components) if (from(c)) for (const flow of c.outgoing) follow(flow);
    // Their own-device flows lead to distance 0 (`current`), their requests to 1 (`next`).
    for (let d = 0; current.length > 0 || next.length > 0; d++) {
      while (current.length > 0) {
        const c = current.pop() as GraphComponent;
        if (distance[c.index] !== -1) continue;
        distance[c.index] = d;
        for (const flow of c.outgoing) follow(flow);
      }
      [current, next] = [next, current];
    }
    return distance;
  }

  /** In a boundary of kind `internet`, or declared `internetFacing: true`. */
  private isInternetExposed(c: GraphComponent): boolean {
    if (c.properties.internetFacing === true) return true;
    for (const b of c.enclosing) if (this.graph.boundaryKinds.get(b) === 'internet') return true;
    return false;
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

const never: CompiledRule = () => false;

/** Whether a predicate reads elements other than its own (so that memoising its answers pays). */
function readsAround(predicate: Predicate): boolean {
  if ('all' in predicate) return predicate.all.some(readsAround);
  if ('any' in predicate) return predicate.any.some(readsAround);
  if ('not' in predicate) return readsAround(predicate.not);
  return (
    'source' in predicate ||
    'target' in predicate ||
    'incoming' in predicate ||
    'outgoing' in predicate ||
    'reachable' in predicate
  );
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
