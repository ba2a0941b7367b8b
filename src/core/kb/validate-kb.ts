import type { Finding } from '../findings/finding.js';
import type { EntryOrigin } from './entry-origin.js';
import type {
  KnowledgeBase,
  Predicate,
  PropertyDeclaration,
  PropertyTest,
  Scalar,
} from './knowledge-base.js';

/** Built-in fields that `property` tests read as if they were declared properties. */
const builtInFields: Record<'component' | 'flow', readonly string[]> = {
  component: ['id', 'type', 'boundary'],
  flow: ['id', 'protocol'],
};

type RuleContext = 'component' | 'flow';

/**
 * Checks what the schema cannot: that every id an entry names exists, that inheritance has no loop
 * and gives every concrete type an element kind, and that every rule can hold where it is used.
 */
export function validateKnowledgeBase(
  kb: KnowledgeBase,
  origins: ReadonlyMap<string, EntryOrigin>,
): Finding[] {
  const findings: Finding[] = [];
  const report = (
    key: string,
    suffix: string,
    message: string,
    hint: string,
    part: 'key' | 'value' = 'value',
  ): void => {
    const origin = origins.get(key);
    if (!origin) return;
    const pointer = `${origin.pointer}${suffix}`;
    findings.push({
      check: 'TA106',
      severity: 'error',
      message,
      location: origin.index.locate(pointer, part),
      hint,
      subject: `kb:${origin.index.file}${pointer}:${message}`,
    });
  };

  const types = new Map(kb.componentTypes.map((t) => [t.id, t]));
  for (const type of kb.componentTypes) {
    const key = `componentTypes:${type.id}`;
    if (type.extends !== undefined && !types.has(type.extends)) {
      report(
        key,
        '/extends',
        `component type "${type.id}" extends "${type.extends}", which is not a component type`,
        'Write the id of a component type of this knowledge base.',
      );
      continue;
    }
    const chain = [type.id];
    let parent = type.extends;
    while (parent !== undefined && !chain.includes(parent)) {
      chain.push(parent);
      parent = types.get(parent)?.extends;
    }
    if (parent !== undefined) {
      report(
        key,
        '/extends',
        `component type "${type.id}" inherits from itself: ${[...chain, parent].join(' → ')}`,
        'Break the loop: one type of the chain must extend nothing.',
      );
      continue;
    }
    if (!type.abstract && !chain.some((id) => types.get(id)?.element !== undefined)) {
      report(
        key,
        '',
        `component type "${type.id}" has no element kind, neither its own nor inherited`,
        'Add "element: process" (or data-store, external-entity) to it or to a type it extends.',
      );
    }
  }

  const mitigations = new Set(kb.mitigationTypes.map((m) => m.id));
  const events = new Set(kb.events.map((e) => e.id));
  for (const threat of kb.threatTypes) {
    const key = `threatTypes:${threat.id}`;
    for (const [i, mitigation] of threat.mitigations.entries()) {
      if (!mitigations.has(mitigation.id)) {
        report(
          key,
          `/mitigations/${i}/id`,
          `threat type "${threat.id}" names mitigation type "${mitigation.id}", which does not exist`,
          'Write the id of a mitigation type of this knowledge base, or add that mitigation type.',
        );
      }
    }
    for (const [i, event] of (threat.events ?? []).entries()) {
      if (!events.has(event)) {
        report(
          key,
          `/events/${i}`,
          `threat type "${threat.id}" names event "${event}", which does not exist`,
          'Write the id of an event of this knowledge base, or add that event.',
        );
      }
    }
    for (const problem of checkRule(threat.rule, threat.appliesTo, '/rule', kb, types)) {
      report(key, problem.pointer, problem.message, problem.hint, problem.part);
    }
  }
  for (const question of kb.questions) {
    for (const problem of checkRule(question.rule, 'component', '/rule', kb, types)) {
      report(`questions:${question.id}`, problem.pointer, problem.message, problem.hint, problem.part);
    }
  }
  for (const [name, definition] of Object.entries(kb.predicates ?? {})) {
    for (const problem of checkRule(definition.rule, definition.on, '/rule', kb, types)) {
      report(`predicates:${name}`, problem.pointer, problem.message, problem.hint, problem.part);
    }
  }
  for (const loop of namedLoops(kb)) {
    report(
      `predicates:${loop[0] ?? ''}`,
      '',
      `predicate "${loop[0] ?? ''}" refers to itself: ${loop.join(' → ')}`,
      'Break the loop: a named predicate may not reach its own name through is:.',
      'key',
    );
  }
  return findings;
}

/** The names each named predicate refers to (`is:`), in the order written. */
function namesIn(predicate: Predicate, out: string[] = []): string[] {
  if ('is' in predicate) out.push(predicate.is);
  for (const inner of innerPredicates(predicate)) namesIn(inner, out);
  return out;
}

function innerPredicates(predicate: Predicate): readonly Predicate[] {
  if ('all' in predicate) return predicate.all;
  if ('any' in predicate) return predicate.any;
  if ('not' in predicate) return [predicate.not];
  if ('source' in predicate) return [predicate.source];
  if ('target' in predicate) return [predicate.target];
  if ('incoming' in predicate) return [predicate.incoming];
  if ('outgoing' in predicate) return [predicate.outgoing];
  if ('reachable' in predicate) return [predicate.reachable.from];
  if ('someComponent' in predicate) return [predicate.someComponent];
  if ('someFlow' in predicate) return [predicate.someFlow];
  return [];
}

/** Every loop of `is:` references, once, each starting at its first name in sorted order. */
function namedLoops(kb: KnowledgeBase): string[][] {
  const predicates = kb.predicates ?? {};
  const state = new Map<string, 'open' | 'done'>();
  const loops: string[][] = [];
  const visit = (name: string, path: string[]): void => {
    if (state.get(name) === 'done' || !Object.hasOwn(predicates, name)) return;
    if (state.get(name) === 'open') {
      loops.push([...path.slice(path.indexOf(name)), name]);
      return;
    }
    state.set(name, 'open');
    for (const next of namesIn(predicates[name]?.rule ?? { all: [] })) visit(next, [...path, name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(predicates).sort()) visit(name, []);
  return loops;
}

interface RuleProblem {
  pointer: string;
  part?: 'key' | 'value';
  message: string;
  hint: string;
}

function checkRule(
  rule: Predicate,
  context: RuleContext,
  pointer: string,
  kb: KnowledgeBase,
  types: ReadonlyMap<string, unknown>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const visit = (predicate: Predicate, where: RuleContext, at: string): void => {
    const misplaced = (operator: string, only: RuleContext): void => {
      problems.push({
        pointer: `${at}/${operator}`,
        part: 'key',
        message: `"${operator}" holds only on ${only === 'flow' ? 'flows' : 'components'}, but here it is evaluated on a ${where}`,
        hint:
          only === 'flow'
            ? 'On a component, use incoming: or outgoing: to reach its flows.'
            : 'On a flow, use source: or target: to reach its components.',
      });
    };
    if ('all' in predicate) {
      for (const [i, p] of predicate.all.entries()) visit(p, where, `${at}/all/${i}`);
    } else if ('any' in predicate) {
      for (const [i, p] of predicate.any.entries()) visit(p, where, `${at}/any/${i}`);
    } else if ('not' in predicate) visit(predicate.not, where, `${at}/not`);
    else if ('typeIs' in predicate) {
      if (where !== 'component') misplaced('typeIs', 'component');
      const ids = Array.isArray(predicate.typeIs) ? predicate.typeIs : [predicate.typeIs];
      ids.forEach((id, i) => {
        if (!types.has(id)) {
          problems.push({
            pointer: Array.isArray(predicate.typeIs) ? `${at}/typeIs/${i}` : `${at}/typeIs`,
            message: `typeIs names "${id}", which is not a component type`,
            hint: 'Write the id of a component type of this knowledge base.',
          });
        }
      });
    } else if ('property' in predicate)
      problems.push(...checkPropertyTest(predicate.property, where, `${at}/property`, kb.properties));
    else if ('source' in predicate) {
      if (where !== 'flow') misplaced('source', 'flow');
      visit(predicate.source, 'component', `${at}/source`);
    } else if ('target' in predicate) {
      if (where !== 'flow') misplaced('target', 'flow');
      visit(predicate.target, 'component', `${at}/target`);
    } else if ('crossesBoundary' in predicate) {
      if (where !== 'flow') misplaced('crossesBoundary', 'flow');
    } else if ('entersBoundary' in predicate) {
      if (where !== 'flow') misplaced('entersBoundary', 'flow');
    } else if ('exitsBoundary' in predicate) {
      if (where !== 'flow') misplaced('exitsBoundary', 'flow');
    } else if ('incoming' in predicate) {
      if (where !== 'component') misplaced('incoming', 'component');
      visit(predicate.incoming, 'flow', `${at}/incoming`);
    } else if ('outgoing' in predicate) {
      if (where !== 'component') misplaced('outgoing', 'component');
      visit(predicate.outgoing, 'flow', `${at}/outgoing`);
    } else if ('is' in predicate) {
      const definition = kb.predicates?.[predicate.is];
      if (!definition || !Object.hasOwn(kb.predicates ?? {}, predicate.is)) {
        const known = Object.keys(kb.predicates ?? {}).sort();
        problems.push({
          pointer: `${at}/is`,
          message: `is names "${predicate.is}", which is not a predicate of the knowledge base`,
          hint: known.length
            ? `Define it under predicates:, or use one of: ${known.join(', ')}.`
            : 'Define it under predicates: with its description, on: and rule:.',
        });
      } else if (definition.on !== where) {
        problems.push({
          pointer: `${at}/is`,
          message: `predicate "${predicate.is}" is evaluated on ${definition.on === 'flow' ? 'flows' : 'components'}, but here it is evaluated on a ${where}`,
          hint:
            where === 'flow'
              ? 'On a flow, use source: or target: to reach its components.'
              : 'On a component, use incoming: or outgoing: to reach its flows.',
        });
      }
    } else if ('reachable' in predicate) {
      if (where !== 'component') misplaced('reachable', 'component');
      visit(predicate.reachable.from, 'component', `${at}/reachable/from`);
    } else if ('inBoundary' in predicate) {
      if (where !== 'component') misplaced('inBoundary', 'component');
    } else if ('internetExposed' in predicate) {
      if (where !== 'component') misplaced('internetExposed', 'component');
    } else if ('elementIs' in predicate) {
      if (where !== 'component') misplaced('elementIs', 'component');
    } else if ('flowRole' in predicate) {
      if (where !== 'flow') misplaced('flowRole', 'flow');
    } else if ('someComponent' in predicate) {
      visit(predicate.someComponent, 'component', `${at}/someComponent`);
    } else if ('someFlow' in predicate) {
      visit(predicate.someFlow, 'flow', `${at}/someFlow`);
    }
  };
  visit(rule, context, pointer);
  return problems;
}

const orderedOperators = ['gt', 'gte', 'lt', 'lte'] as const;

function checkPropertyTest(
  test: PropertyTest,
  where: RuleContext,
  at: string,
  properties: Readonly<Record<string, PropertyDeclaration>>,
): RuleProblem[] {
  if (builtInFields[where].includes(test.name)) {
    const declared = properties[test.name];
    return declared ? checkValues(test, declared, at) : [];
  }
  const declaration = properties[test.name];
  if (!declaration) {
    return [
      {
        pointer: `${at}/name`,
        message: `property "${test.name}" is not declared in the knowledge base's properties`,
        hint: `Declare it under properties: with its description and values, or use a declared property.`,
      },
    ];
  }
  return checkValues(test, declaration, at);
}

function checkValues(test: PropertyTest, declaration: PropertyDeclaration, at: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const operator of orderedOperators) {
    if (test[operator] === undefined) continue;
    const numeric = declaration.type === 'number' && typeof test[operator] === 'number';
    if (!numeric && declaration.ordered !== true) {
      problems.push({
        pointer: `${at}/${operator}`,
        message: `"${operator}" compares over an order, but property "${test.name}" declares none`,
        hint: 'Add "ordered: true" to the property (its values listed lowest first), or use eq / in.',
      });
    }
  }
  const compared: [string, Scalar][] = [];
  for (const operator of ['eq', 'ne', ...orderedOperators] as const) {
    const value = test[operator];
    if (value !== undefined) compared.push([operator, value]);
  }
  (test.in ?? []).forEach((value, i) => compared.push([`in/${i}`, value]));
  for (const [operator, value] of compared) {
    const problem = valueProblem(value, declaration);
    if (problem)
      problems.push({
        pointer: `${at}/${operator}`,
        message: `property "${test.name}": ${problem}`,
        hint: 'Write a value the property declares.',
      });
  }
  return problems;
}

function valueProblem(value: Scalar, declaration: PropertyDeclaration): string | undefined {
  if (declaration.values && !declaration.values.includes(value)) {
    return `${JSON.stringify(value)} is not one of its declared values (${declaration.values.join(', ')})`;
  }
  const type = declaration.type;
  if (type === 'boolean' && typeof value !== 'boolean')
    return `${JSON.stringify(value)} is not true or false`;
  if (type === 'number' && typeof value !== 'number') return `${JSON.stringify(value)} is not a number`;
  if (type === 'string' && typeof value !== 'string') return `${JSON.stringify(value)} is not a string`;
  return undefined;
}
