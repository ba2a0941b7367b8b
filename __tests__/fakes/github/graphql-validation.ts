import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  parse,
  print,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getArgumentValues,
} from 'graphql';

/** An error as GitHub's GraphQL API writes it (`type` for execution errors, `extensions.code` for validation). */
export interface GitHubGraphQLError {
  message: string;
  type?: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export type GraphQLCheck =
  | {
      ok: true;
      document: DocumentNode;
      operation: OperationDefinitionNode;
      variables: Record<string, unknown>;
      /** GitHub's rate-limit cost: requests the query may need, divided by 100, at least 1. */
      cost: number;
      nodeCount: number;
      strict: string[];
    }
  | { ok: false; errors: GitHubGraphQLError[]; strict: string[] };

const MAX_NODES = 500_000;

/**
 * Checks a GraphQL request body the way GitHub does before running it: a `query` string that
 * parses and validates against the schema, the chosen operation, variables of the declared types,
 * and GitHub's pagination rules (every connection asks for `first` or `last`, at most 100; at most
 * 500,000 nodes). Undeclared variables are accepted by GitHub but reported as strict.
 */
export function checkGraphQLRequest(schema: GraphQLSchema, body: unknown): GraphQLCheck {
  const strict: string[] = [];
  const fail = (...errors: GitHubGraphQLError[]): GraphQLCheck => ({ ok: false, errors, strict });
  const request = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof request.query !== 'string') {
    return fail({ message: 'A query attribute must be specified and must be a string.' });
  }
  const rawVariables: unknown = request.variables ?? {};
  if (typeof rawVariables !== 'object' || rawVariables === null || Array.isArray(rawVariables)) {
    return fail({ message: 'Variables are invalid JSON.' });
  }
  for (const key of Object.keys(request)) {
    if (!['query', 'variables', 'operationName'].includes(key))
      strict.push(`unexpected request key '${key}'`);
  }
  const checked = parsedAndValidated(schema, request.query);
  if ('errors' in checked) return fail(...checked.errors);
  const { document } = checked;

  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (operation === undefined) {
    return fail({
      message:
        operationName === undefined
          ? 'An operation name is required when the document holds several operations'
          : `No operation named "${operationName}"`,
    });
  }
  const declared = new Set((operation.variableDefinitions ?? []).map((v) => v.variable.name.value));
  for (const name of Object.keys(rawVariables)) {
    if (!declared.has(name)) strict.push(`variable $${name} is sent but the operation does not declare it`);
  }
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables as Record<string, unknown>,
  );
  if (coerced.errors !== undefined) {
    const types = new Map(
      (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, print(v.type)]),
    );
    return fail(
      ...coerced.errors.map((error) => ({
        message: `Variable ${variableOf(error.message, types)} was provided invalid value`,
        locations: error.locations,
        extensions: { problems: [{ path: [], explanation: error.message }] },
      })),
    );
  }
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const rootType =
    operation.operation === OperationTypeNode.QUERY ? schema.getQueryType() : schema.getMutationType();
  if (rootType == null) return fail({ message: `${operation.operation} operations are not supported` });
  const budget = { requests: 0, nodes: 0, errors: [] as GitHubGraphQLError[] };
  walk(schema, fragments, coerced.coerced, operation.selectionSet, rootType, 1, budget);
  if (budget.errors.length > 0) return fail(...budget.errors);
  if (budget.nodes > MAX_NODES) {
    return fail({
      type: 'MAX_NODE_LIMIT_EXCEEDED',
      message: `This query requests up to ${budget.nodes} possible nodes which exceeds the maximum limit of ${MAX_NODES}.`,
    });
  }
  return {
    ok: true,
    document,
    operation,
    variables: coerced.coerced,
    cost: Math.max(1, Math.round(budget.requests / 100)),
    nodeCount: budget.nodes,
    strict,
  };
}

type CheckedDocument = { document: DocumentNode } | { errors: GitHubGraphQLError[] };
const checkedDocuments = new WeakMap<GraphQLSchema, Map<string, CheckedDocument>>();
const maxCachedDocuments = 256;

/**
 * The query parsed and validated against the schema, remembered by its exact text: an adapter
 * sends the same document page after page, and parsing and validating it again is most of the
 * fake's cost per request. The answer for a text never changes (the schema is fixed per cache),
 * so the fake stays exactly as strict; variables, the operation and pagination are checked per
 * request, after this.
 */
function parsedAndValidated(schema: GraphQLSchema, query: string): CheckedDocument {
  let cache = checkedDocuments.get(schema);
  if (cache === undefined) {
    cache = new Map();
    checkedDocuments.set(schema, cache);
  }
  const known = cache.get(query);
  if (known !== undefined) return known;
  let document: DocumentNode | undefined;
  let syntaxError: GitHubGraphQLError | undefined;
  try {
    document = parse(query);
  } catch (error) {
    syntaxError = toGitHubError(error as GraphQLError);
  }
  const invalid = document === undefined ? [] : validate(schema, document);
  const checked: CheckedDocument =
    document === undefined
      ? { errors: syntaxError === undefined ? [] : [syntaxError] }
      : invalid.length > 0
        ? { errors: invalid.map(toGitHubError) }
        : { document };
  // Generated queries (property tests) would otherwise grow the cache without end.
  if (cache.size >= maxCachedDocuments) cache.clear();
  cache.set(query, checked);
  return checked;
}

/** Counts requests and nodes as GitHub's rate limit does, and enforces its pagination rules. */
function walk(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  multiplier: number,
  budget: { requests: number; nodes: number; errors: GitHubGraphQLError[] },
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (fragment === undefined) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName === undefined ? parentType : schema.getType(typeName);
      if (type != null) walk(schema, fragments, variables, fragment.selectionSet, type, multiplier, budget);
      continue;
    }
    if (selection.selectionSet === undefined) continue;
    if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
    const field = parentType.getFields()[selection.name.value];
    if (field === undefined) continue;
    const type = getNamedType(field.type);
    let inner = multiplier;
    if (type.name.endsWith('Connection') && field.args.some((a) => a.name === 'first')) {
      const args = getArgumentValues(field, selection, variables);
      const first = args.first as number | undefined;
      const last = args.last as number | undefined;
      const wantsItems = selection.selectionSet.selections.some(
        (s) => s.kind === Kind.FIELD && (s.name.value === 'nodes' || s.name.value === 'edges'),
      );
      const name = selection.name.value;
      if (first === undefined && last === undefined && wantsItems) {
        budget.errors.push({
          type: 'MISSING_PAGINATION_BOUNDARIES',
          message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
        });
      }
      for (const [argument, value] of [
        ['first', first],
        ['last', last],
      ] as const) {
        if (value !== undefined && (value < 0 || value > 100)) {
          budget.errors.push({
            type: 'EXCESSIVE_PAGINATION',
            message: `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of 100 records.`,
          });
        }
      }
      const size = first ?? last ?? 0;
      budget.requests += multiplier;
      budget.nodes += multiplier * size;
      inner = multiplier * size;
    }
    walk(schema, fragments, variables, selection.selectionSet, type, inner, budget);
  }
}

/** graphql-js wording → GitHub's wording and `extensions.code`, for the errors a client most often makes. */
function toGitHubError(error: GraphQLError): GitHubGraphQLError {
  const locations = error.locations?.map(({ line, column }) => ({ line, column }));
  const base = { locations };
  let match = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(error.message);
  if (match !== null) {
    return {
      ...base,
      message: `Field '${match[1]}' doesn't exist on type '${match[2]}'`,
      extensions: { code: 'undefinedField', typeName: match[2], fieldName: match[1] },
    };
  }
  match = /^Unknown argument "(\w+)" on field "\w+\.(\w+)"/.exec(error.message);
  if (match !== null) {
    return {
      ...base,
      message: `Field '${match[2]}' doesn't accept argument '${match[1]}'`,
      extensions: { code: 'argumentNotAccepted', name: match[2], typeName: 'Field', argumentName: match[1] },
    };
  }
  match = /^Field "(\w+)" argument "(\w+)" of type ".*" is required/.exec(error.message);
  if (match !== null) {
    return {
      ...base,
      message: `Field '${match[1]}' is missing required arguments: ${match[2]}`,
      extensions: { code: 'missingRequiredArguments', name: match[1], arguments: match[2] },
    };
  }
  if (error.message.startsWith('Syntax Error')) {
    return { ...base, message: `Parse error: ${error.message}` };
  }
  return { ...base, message: error.message, extensions: { code: 'invalidQuery' } };
}

/** `$n of type Int`, from graphql-js's `Variable "$n" got invalid value…` and the operation's declarations. */
function variableOf(message: string, types: Map<string, string>): string {
  const name = /Variable "\$(\w+)"/.exec(message)?.[1];
  const type = name === undefined ? undefined : types.get(name);
  return name === undefined ? 'value' : `$${name}${type === undefined ? '' : ` of type ${type}`}`;
}
