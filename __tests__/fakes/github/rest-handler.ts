import type { Caller } from './access.js';
import { hasPermission, rateLimitKey } from './access.js';
import type { OpenApiDescription, RouteMatch } from './openapi-description.js';
import { checkAgainstSchema } from './openapi-schema.js';
import type { RateLimits, RateLimitSnapshot } from './rate-limits.js';
import type { Urls } from './rest-representations.js';
import { restRoutes } from './rest-routes.js';
import type { RestAnswer } from './rest-support.js';
import { errorAnswer } from './rest-support.js';
import { checkRestRequest } from './rest-validation.js';
import type { FakeGitHubState } from './state.js';
import type { ViolationLog } from './violations.js';

export interface RestEnvironment {
  state: FakeGitHubState;
  description: OpenApiDescription;
  urls: Urls;
  rateLimits: RateLimits;
  violations: ViolationLog;
}

export interface RestRequest {
  method: string;
  /** The path below the REST base (`/repos/o/r/issues`), without the query. */
  path: string;
  query: URLSearchParams;
  body: string;
  caller: Caller;
  match: RouteMatch;
  /** `GET /repos/{owner}/{repo}/issues` when the description knows the route, else `GET /the/path`. */
  route: string;
}

/**
 * One REST request: checked against the description, authorised, rate-limited, answered from the
 * state, and the answer itself checked against the description (a mismatch is the fake's bug).
 */
export function handleRest(
  env: RestEnvironment,
  request: RestRequest,
): RestAnswer & { rate: RateLimitSnapshot; operationName?: string } {
  const { caller, match, route } = request;
  const rateKey = rateLimitKey(caller);
  const rate = env.rateLimits.peek(rateKey, 'core');
  if (caller.kind === 'bad-credentials') {
    return { ...errorAnswer(401, 'Bad credentials'), rate };
  }
  if (!match.found) {
    env.violations.record(
      'rest',
      route,
      match.pathKnown
        ? 'the description has no such method for this path'
        : 'no such path in the description',
    );
    return { ...errorAnswer(404, 'Not Found'), rate };
  }
  const { operation } = match;
  const check = checkRestRequest(env.description, operation, match.pathParams, request.query, request.body);
  for (const message of check.strict) env.violations.record('rest', route, message);
  if (!check.ok) {
    env.violations.record('rest', route, check.problem);
    return { ...check.answer, rate };
  }
  const implementation = restRoutes[operation.operationId];
  if (implementation === undefined) {
    env.violations.record('fake', route, `${operation.operationId} is not implemented by the fake`);
    return { ...errorAnswer(404, 'Not Found'), rate };
  }
  const accepted = (implementation.needs ?? []).map(([p, a]) => `${p}=${a}`).join('; ');
  const permissionHeaders: Record<string, string> =
    accepted === '' ? {} : { 'x-accepted-github-permissions': accepted };
  const needs = implementation.needs ?? [];
  if (needs.length > 0 && !needs.some(([permission, access]) => hasPermission(caller, permission, access))) {
    const answer =
      caller.kind === 'anonymous'
        ? errorAnswer(401, 'Requires authentication', operation.docUrl)
        : errorAnswer(403, 'Resource not accessible by integration', operation.docUrl);
    return { ...answer, headers: permissionHeaders, rate };
  }
  const spent = env.rateLimits.take(rateKey, implementation.resource ?? 'core', 1);
  if (spent.exceeded) {
    const who = caller.kind === 'token' ? `user ID ${caller.token.account.id}` : 'your IP';
    return {
      ...errorAnswer(
        403,
        `API rate limit exceeded for ${who}.`,
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      ),
      rate: spent,
    };
  }
  const answer = implementation.handler({
    state: env.state,
    urls: env.urls,
    caller,
    operation,
    params: match.pathParams,
    query: request.query,
    body: check.body,
    strict: (message) => {
      env.violations.record('rest', route, message);
    },
  });
  const schema = answer.status < 300 ? operation.responses[String(answer.status)] : undefined;
  if (answer.status < 300 && !(String(answer.status) in operation.responses)) {
    env.violations.record(
      'fake',
      route,
      `the fake answered ${answer.status}, which the description does not list`,
    );
  } else if (schema !== undefined) {
    const problem = checkAgainstSchema(env.description, schema, answer.body);
    if (problem !== undefined)
      env.violations.record('fake', route, `the fake's answer does not match the description: ${problem}`);
  }
  return { ...answer, headers: { ...permissionHeaders, ...answer.headers }, rate: spent };
}
