import type { Predicate } from '../kb/knowledge-base.js';
import type { CompiledRule, RuleCompiler } from './compile-rule.js';
import type { GraphComponent, GraphFlow } from './model-graph.js';

/** The rule of a named predicate, to look through `is:` references. */
type ResolveName = (name: string) => Predicate | undefined;

/** The types a predicate requires of the element it holds on, when it says so at its top level. */
function requiredTypes(
  predicate: Predicate,
  resolve: ResolveName = () => undefined,
  seen: ReadonlySet<string> = new Set(),
): string[] | undefined {
  if ('is' in predicate) {
    const rule = seen.has(predicate.is) ? undefined : resolve(predicate.is);
    return rule ? requiredTypes(rule, resolve, new Set([...seen, predicate.is])) : undefined;
  }
  if ('typeIs' in predicate) return Array.isArray(predicate.typeIs) ? predicate.typeIs : [predicate.typeIs];
  if ('all' in predicate) {
    for (const part of predicate.all) {
      const types = requiredTypes(part, resolve, seen);
      if (types) return types;
    }
  }
  if ('any' in predicate) {
    const each = predicate.any.map((part) => requiredTypes(part, resolve, seen));
    if (each.every((t) => t !== undefined)) return [...new Set(each.flat())];
  }
  return undefined;
}

/** For flow rules: an end whose component types the rule requires. */
function requiredEnd(
  predicate: Predicate,
  resolve: ResolveName,
  seen: ReadonlySet<string> = new Set(),
): { end: 'source' | 'target'; types: string[] } | undefined {
  if ('is' in predicate) {
    const rule = seen.has(predicate.is) ? undefined : resolve(predicate.is);
    return rule ? requiredEnd(rule, resolve, new Set([...seen, predicate.is])) : undefined;
  }
  if ('target' in predicate) {
    const types = requiredTypes(predicate.target, resolve);
    return types ? { end: 'target', types } : undefined;
  }
  if ('source' in predicate) {
    const types = requiredTypes(predicate.source, resolve);
    return types ? { end: 'source', types } : undefined;
  }
  if ('all' in predicate) {
    for (const part of predicate.all) {
      const end = requiredEnd(part, resolve, seen);
      if (end) return end;
    }
  }
  return undefined;
}

/** A knowledge-base entry (a threat type, a question) with its rule compiled. */
export interface Candidate<T> {
  entry: T;
  rule: CompiledRule;
}

interface ComponentRule<T> extends Candidate<T> {
  /** The component types the rule requires, if it says. */
  types: readonly string[] | undefined;
}

interface FlowRule<T> extends Candidate<T> {
  /** The component types the rule requires of one end, if it says. */
  end: { end: 'source' | 'target'; types: readonly string[] } | undefined;
}

/**
 * The rules that could hold on each element, in the order of the entries, chosen by the component
 * types each rule requires (of the component, or of a flow's end) and computed once per component
 * type (or pair of end types), not per element.
 *
 * Expansion runs every rule of one element before the next element (SPEC §8: 10× the model, at most
 * 11× the time): running one rule over the whole model, then the next, read every element of a
 * large model again per rule from main memory, so the time per element grew with the model.
 */
export class CandidatesByElement<T> {
  private readonly componentRules: ComponentRule<T>[] = [];
  private readonly flowRules: FlowRule<T>[] = [];
  private readonly byComponentType = new Map<string, readonly Candidate<T>[]>();
  private readonly byEndTypes = new Map<string, Map<string, readonly Candidate<T>[]>>();

  constructor(
    entries: readonly T[],
    describe: (entry: T) => { appliesTo: 'component' | 'flow'; rule: Predicate },
    private readonly compiler: RuleCompiler,
  ) {
    const resolve: ResolveName = (name) => compiler.namedRule(name);
    for (const entry of entries) {
      const { appliesTo, rule } = describe(entry);
      const compiled = compiler.compile(rule);
      if (appliesTo === 'component') {
        this.componentRules.push({ entry, rule: compiled, types: requiredTypes(rule, resolve) });
      } else {
        this.flowRules.push({ entry, rule: compiled, end: requiredEnd(rule, resolve) });
      }
    }
  }

  /** The rules that could hold on a component of this component's type. */
  forComponent(component: GraphComponent): readonly Candidate<T>[] {
    const type = component.source.type;
    let chosen = this.byComponentType.get(type);
    if (!chosen) {
      const ancestors = this.compiler.typeAncestors(type);
      chosen = this.componentRules.filter(
        (r) => r.types === undefined || r.types.some((t) => ancestors.has(t)),
      );
      this.byComponentType.set(type, chosen);
    }
    return chosen;
  }

  /** The rules that could hold on a flow between components of these types. */
  forFlow(flow: GraphFlow): readonly Candidate<T>[] {
    const from = flow.from.source.type;
    const to = flow.to.source.type;
    let byTarget = this.byEndTypes.get(from);
    if (!byTarget) {
      byTarget = new Map();
      this.byEndTypes.set(from, byTarget);
    }
    let chosen = byTarget.get(to);
    if (!chosen) {
      const ends = { source: this.compiler.typeAncestors(from), target: this.compiler.typeAncestors(to) };
      chosen = this.flowRules.filter(
        ({ end }) => end === undefined || end.types.some((t) => ends[end.end].has(t)),
      );
      byTarget.set(to, chosen);
    }
    return chosen;
  }
}
