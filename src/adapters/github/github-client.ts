import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { toolVersion } from '../version.js';
import { setTimeout as wait } from 'node:timers/promises';
import {
  notRetriedStatuses,
  tooManyRequests,
  withGraphQLRetries,
  type LimitedRequest,
  type RateLimitHandlers,
} from './graphql-retries.js';
import { maxRateLimitWaitSeconds } from './github-failure.js';
import { redactingLogger, type Logger } from './logger.js';

/** Where GitHub's APIs are: github.com, a GHE.com data-residency host, or a GitHub Enterprise Server. */
export interface GitHubEndpoints {
  /** `https://api.github.com` or `https://ghes.example.com/api/v3`. */
  apiUrl: string;
  /** `https://api.github.com/graphql` or `https://ghes.example.com/api/graphql`. */
  graphqlUrl: string;
}

/** Octokit with the REST methods (`octokit.rest.issues.create`), as `getOctokit` returns it. */
type GitHubOctokit = ReturnType<typeof getOctokit>;

export interface GitHubClient {
  readonly endpoints: GitHubEndpoints;
  /** For REST calls, retried and throttled; writes are paced as GitHub asks. */
  readonly octokit: GitHubOctokit;
  /**
   * One GraphQL query, retried, its rate limits waited out (on github.com and on GHES's
   * `/api/graphql` alike), serialised but not paced. Returns the `data` member.
   */
  graphql(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

export interface GitHubClientOptions {
  token: string;
  endpoints: GitHubEndpoints;
  logger: Logger;
  /** Per attempt, in milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** Retries after a server error, timeout or rate limit. Default 3. */
  retries?: number;
  /** How long one second of a wait GitHub asks for lasts, in milliseconds: 1000, shorter in tests. */
  secondMs?: number;
  /** The pause between two REST writes, GitHub's advice against secondary rate limits. Default 1000 ms. */
  writeIntervalMs?: number;
  /** The longest wait for an exhausted primary rate limit worth sitting out; longer fails. Default 300 s. */
  maxRateLimitWaitSeconds?: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The endpoints from the runner's environment: `GITHUB_API_URL` (default https://api.github.com)
 * and `GITHUB_GRAPHQL_URL` (default derived from the REST URL).
 */
export function githubEndpoints(env: Env): GitHubEndpoints {
  const apiUrl = withoutTrailingSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com');
  const graphqlUrl = nonEmpty(env.GITHUB_GRAPHQL_URL);
  return {
    apiUrl,
    graphqlUrl: graphqlUrl === undefined ? graphqlUrlFor(apiUrl) : withoutTrailingSlash(graphqlUrl),
  };
}

/**
 * GHES serves GraphQL at `/api/graphql` beside `/api/v3`; github.com and GHE.com at `/graphql` under the API host.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function graphqlUrlFor(apiUrl: string): string {
  const base = withoutTrailingSlash(apiUrl);
  return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}

/**
 * Builds the GitHub client once, fully: token, endpoints, user agent `threat-align/<version>`,
 * per-attempt timeout, retries (server errors, timeouts) and rate limits (primary and secondary,
 * honouring the wait GitHub asks for, a few times at most). The token never reaches the logger.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = redactingLogger(options.logger, [options.token]);
  const { apiUrl, graphqlUrl } = options.endpoints;
  const secondMs = options.secondMs ?? 1000;
  const retries = options.retries ?? 3;
  const handlers = rateLimitHandlers(
    log,
    retries,
    options.maxRateLimitWaitSeconds ?? maxRateLimitWaitSeconds,
  );
  const writeGapMs = options.writeIntervalMs ?? 1000;
  const octokit = getOctokit(
    options.token,
    {
      ...octokitOptions(options, log),
      // 403 and 429 are left to the throttling plugin: it knows how long GitHub asks to wait.
      retry: { retries, retryAfterBaseValue: secondMs, doNotRetry: [...notRetriedStatuses] },
      throttle: {
        retryAfterBaseValue: secondMs,
        // Groups of our own, not the plugin's process-wide ones: each client keeps its own pace.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeGapMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * writeGapMs }),
        search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2 * writeGapMs }),
        ...handlers,
      },
    },
    retry,
    throttling,
  );
  waitOutOtherTooManyRequests(octokit, handlers, secondMs);
  // GraphQL queries read, and GitHub limits them by points, not by a pause between requests. They
  // get a client without the retry and throttling plugins, whose Bottleneck queues cost more time
  // than a query (and whose throttling knows GraphQL only at /graphql, not at GHES's /api/graphql):
  // withGraphQLRetries serialises them, retries them and waits out their rate limits instead.
  const graphqlOctokit = getOctokit(options.token, octokitOptions(options, log));
  // Octokit would parse every answer a second time, with json-with-bigint (on Node 20 a regular
  // expression over the whole text, then JSON.parse with a reviver: about 0.2 s for 10,000
  // issues); the value wholeJsonAnswer has already parsed is handed on instead. The hook is given
  // this request's own options, so the setting is made on them (a new object would be ignored).
  graphqlOctokit.hook.wrap('request', async (request, requestOptions) => {
    requestOptions.request = { ...requestOptions.request, parseSuccessResponseBody: false };
    const response = await request(requestOptions);
    response.data = await parsedBody(response.data);
    return response;
  });
  // An absolute `url`, and a `baseUrl` that does not end in /api/v3, so @octokit/graphql keeps the URL given.
  const query = graphqlOctokit.graphql.defaults({ baseUrl: graphqlUrl, url: graphqlUrl });
  const graphql = withGraphQLRetries((text, variables) => query<unknown>(text, variables), {
    url: graphqlUrl,
    retries,
    secondMs,
    handlers,
    logger: log,
  });
  return {
    endpoints: { apiUrl, graphqlUrl },
    octokit,
    graphql: (text, variables = {}) => graphql(text, variables),
  };
}

type OctokitOptions = NonNullable<Parameters<typeof getOctokit>[1]>;

/** What the REST and the GraphQL client share: endpoint, user agent, timeout, logging. */
function octokitOptions(options: GitHubClientOptions, log: Logger): OctokitOptions {
  const debug = (message: string): void => {
    log.debug(message);
  };
  const warn = (message: string, ...details: unknown[]): void => {
    log.warning([message, ...details.map(String)].join(' '));
  };
  return {
    baseUrl: options.endpoints.apiUrl,
    userAgent: `threat-align/${toolVersion}`,
    request: { fetch: fetchWithTimeout(fetchFor(options.endpoints.apiUrl), options.timeoutMs ?? 30_000) },
    log: { debug, info: debug, warn, error: warn },
  };
}

/**
 * A 429 the throttling plugin leaves alone (it takes only one that says "secondary rate limit" or
 * has `x-ratelimit-remaining: 0`): GitHub's in another wording, a proxy's, a GHES load balancer's.
 * It is waited out by the same handlers, for its `retry-after` or until its `x-ratelimit-reset`
 * (`tooManyRequests`), then sent again; this wrap is the outermost, so the plugins see the retry
 * as a request of its own.
 */
function waitOutOtherTooManyRequests(
  octokit: GitHubOctokit,
  handlers: RateLimitHandlers,
  secondMs: number,
): void {
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let retryCount = 0; ; retryCount += 1) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const fields = error as { status?: unknown; message?: unknown; response?: { headers?: Headers } };
        const headers = fields.response?.headers ?? {};
        const taken =
          /\bsecondary rate\b/i.test(String(fields.message)) ||
          String(headers['x-ratelimit-remaining']) === '0';
        if (fields.status !== 429 || fields.response === undefined || taken) throw error;
        const setback = tooManyRequests(headers, Date.now());
        if (setback.kind === 'server-error') throw error;
        const handle = setback.kind === 'rate-limit' ? handlers.onRateLimit : handlers.onSecondaryRateLimit;
        const url = requestOptions.url.replace(/\{[^}]+\}/g, (name) => {
          const value = (requestOptions as Record<string, unknown>)[name.slice(1, -1)];
          return typeof value === 'string' || typeof value === 'number' ? String(value) : name;
        });
        if (!handle(setback.retryAfter, { method: requestOptions.method, url }, octokit, retryCount))
          throw error;
        await wait(setback.retryAfter * secondMs);
      }
    }
  });
}

type Headers = Readonly<Record<string, string | number | undefined>>;

/**
 * Wait as GitHub asks, at most `retries` times, and never longer than `maxWait` seconds at once
 * (a primary limit's reset, a secondary limit's or a 429's `retry-after`): a longer wait fails.
 */
function rateLimitHandlers(log: Logger, retries: number, maxWait: number): RateLimitHandlers {
  const decide = (what: string, retryAfter: number, retryCount: number): boolean => {
    if (retryAfter > maxWait) {
      log.warning(
        `${what}; GitHub asks to wait ${retryAfter} s, longer than threat-align waits (${maxWait} s).`,
      );
      return false;
    }
    if (retryCount >= retries) {
      log.warning(`${what}; giving up after ${retries} retries.`);
      return false;
    }
    log.warning(`${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
    return true;
  };
  return {
    onSecondaryRateLimit: (
      retryAfter: number,
      request: LimitedRequest,
      _octokit: unknown,
      retryCount: number,
    ) =>
      decide(
        `GitHub's secondary rate limit stopped ${request.method} ${request.url}`,
        retryAfter,
        retryCount,
      ),
    onRateLimit: (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number) => {
      const what = `The token's rate limit is used up (${request.method} ${request.url})`;
      if (retryAfter <= maxWait) return decide(what, retryAfter, retryCount);
      log.warning(`${what}; it resets in ${retryAfter} s, longer than threat-align waits (${maxWait} s).`);
      return false;
    },
  };
}

type FetchFunction = typeof globalThis.fetch;

/**
 * @actions/github's proxy-aware fetch is built for the API URL in the environment; for any other
 * URL (a test's fake, an explicit endpoint) Node's own fetch, which never goes through a proxy.
 */
function fetchFor(apiUrl: string): FetchFunction {
  const proxied = actionsDefaults.request?.fetch as FetchFunction | undefined;
  return proxied !== undefined && withoutTrailingSlash(actionsDefaults.baseUrl ?? '') === apiUrl
    ? proxied
    : globalThis.fetch;
}

/**
 * A timeout per attempt, over the whole answer: a server that sends its headers and then holds the
 * body times out too. The errors are plain ones, so the retry plugin treats them like a 5xx and
 * tries again, and describeGitHubFailure words the last one.
 */
function fetchWithTimeout(base: FetchFunction, timeoutMs: number): FetchFunction {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal == null ? timeout : AbortSignal.any([init.signal, timeout]);
    try {
      return await wholeJsonAnswer(await base(input, { ...init, signal }));
    } catch (error) {
      if (timeout.aborted) throw new Error(`GitHub did not answer within ${timeoutMs} ms`, { cause: error });
      throw error;
    }
  };
}

/** GitHub answered, so the request is finished, but its JSON was cut short. */
export class CutShortAnswer extends Error {
  override readonly name = 'CutShortAnswer';
}

/**
 * The answer read to its end. An answer GitHub labels JSON that does not parse (cut short by a
 * dropped connection or a proxy) is an error: Octokit would hand it on as a string, and a list of
 * comments read as a string finds no marked comment, so the run would post a second one.
 */
async function wholeJsonAnswer(response: Response): Promise<Response> {
  if (response.body === null || !/\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
    return response;
  }
  const text = await response.text();
  let value: unknown;
  if (text !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      throw new CutShortAnswer(
        `GitHub's answer was cut short: ${text.length} characters that are not whole JSON`,
      );
    }
  }
  const whole = new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(whole, 'url', { value: response.url });
  if (text !== '' && whole.body !== null) parsedAnswers.set(whole.body, value);
  return whole;
}

/** Each JSON answer's value, parsed once by wholeJsonAnswer, by the body Octokit hands on unread. */
const parsedAnswers = new WeakMap<object, unknown>();

/**
 * A success answer's value: the one wholeJsonAnswer parsed; else (an answer not labelled JSON) its
 * text, parsed when it is JSON, as Octokit would have done.
 */
async function parsedBody(body: unknown): Promise<unknown> {
  if (body === null || typeof body !== 'object') return body;
  if (parsedAnswers.has(body)) return parsedAnswers.get(body);
  const text = await new Response(body as ReadableStream).text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
