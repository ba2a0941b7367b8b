import {
  OperationTypeNode,
  execute,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { Caller } from './access.js';
import { rateLimitKey } from './access.js';
import { GitHubFieldError, notImplemented, queryRoot, type ResolverContext } from './graphql-resolvers.js';
import { checkGraphQLRequest, type GitHubGraphQLError } from './graphql-validation.js';
import type { RateLimits, RateLimitSnapshot } from './rate-limits.js';
import type { Urls } from './rest-representations.js';
import type { FakeGitHubState } from './state.js';
import type { ViolationLog } from './violations.js';

export interface GraphQLEnvironment {
  state: FakeGitHubState;
  schema: GraphQLSchema;
  urls: Urls;
  rateLimits: RateLimits;
  violations: ViolationLog;
}

export interface GraphQLAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  rate: RateLimitSnapshot;
  operationName?: string;
}

const DOCS = 'https://docs.github.com/graphql';

/**
 * One GraphQL request: authenticated, validated against GitHub's schema (a failure answers like
 * GitHub, HTTP 200 with `errors`, and is recorded as a violation), charged its cost, then resolved
 * against the state. Fields the fake does not serve are violations, never invented data.
 */
export async function handleGraphQL(
  env: GraphQLEnvironment,
  caller: Caller,
  rawBody: string,
): Promise<GraphQLAnswer> {
  const key = rateLimitKey(caller);
  let rate = env.rateLimits.peek(key, 'graphql');
  const request = 'POST /graphql';
  if (caller.kind === 'bad-credentials')
    return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS }, rate };
  if (caller.kind === 'anonymous') {
    return {
      status: 401,
      body: { message: 'This endpoint requires you to be authenticated.', documentation_url: DOCS },
      rate,
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    env.violations.record('graphql', request, 'the body is not JSON');
    return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS }, rate };
  }
  const check = checkGraphQLRequest(env.schema, body);
  for (const message of check.strict) env.violations.record('graphql', request, message);
  if (!check.ok) {
    for (const error of check.errors) env.violations.record('graphql', request, error.message);
    return { status: 200, body: { errors: check.errors }, rate };
  }
  const operationName = check.operation.name?.value;
  const spent = env.rateLimits.take(key, 'graphql', check.cost);
  rate = spent;
  if (spent.exceeded) {
    return {
      status: 200,
      body: {
        errors: [
          {
            type: 'RATE_LIMITED',
            message: `API rate limit exceeded for user ID ${caller.token.account.id}.`,
          },
        ],
      },
      rate,
      ...named(operationName),
    };
  }
  const context: ResolverContext = {
    state: env.state,
    caller,
    urls: env.urls,
    rate: {
      cost: check.cost,
      nodeCount: check.nodeCount,
      limit: spent.limit,
      remaining: spent.remaining,
      used: spent.used,
      resetAt: new Date(spent.reset * 1000).toISOString(),
    },
  };
  const result: ExecutionResult = await execute({
    schema: env.schema,
    document: check.document,
    rootValue: check.operation.operation === OperationTypeNode.QUERY ? queryRoot(context) : {},
    contextValue: context,
    variableValues: check.variables,
    operationName,
    fieldResolver,
  });
  const errors = (result.errors ?? []).map((error): GitHubGraphQLError => {
    const original = error.originalError;
    const type = original instanceof GitHubFieldError ? original.type : 'FAKE_ERROR';
    if (type === 'FAKE_NOT_IMPLEMENTED' || type === 'FAKE_ERROR')
      env.violations.record('fake', request, error.message);
    return { type, path: error.path, locations: error.locations, message: error.message };
  });
  return {
    status: 200,
    body: errors.length === 0 ? { data: result.data } : { data: result.data ?? null, errors },
    rate,
    ...named(operationName),
  };
}

/** Reads a property, or calls it with the field's arguments; a field the fake never set is not implemented. */
const fieldResolver: GraphQLFieldResolver<unknown, ResolverContext> = (source, args, _context, info) => {
  const owner = source as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(owner, info.fieldName)) {
    throw notImplemented(`${info.parentType.name}.${info.fieldName}`);
  }
  const value = owner[info.fieldName];
  return typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
};

function named(operationName: string | undefined): { operationName?: string } {
  return operationName === undefined ? {} : { operationName };
}
