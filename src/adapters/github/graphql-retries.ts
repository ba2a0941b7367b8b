import { setTimeout as wait } from 'node:timers/promises';
import type { Logger } from './logger.js';

/** The request a rate-limit handler is told about: `POST https://api.github.com/graphql`. */
export interface LimitedRequest {
  method: string;
  url: string;
}

/**
 * Whether to wait `retryAfter` seconds and send the request again; `retryCount` is how many rate-limit
 * retries it has had. The same handlers decide for REST (through the throttling plugin) and GraphQL.
 */
export interface RateLimitHandlers {
  onSecondaryRateLimit: RateLimitHandler;
  onRateLimit: RateLimitHandler;
}

type RateLimitHandler = (
  retryAfter: number,
  request: LimitedRequest,
  octokit: unknown,
  retryCount: number,
) => boolean;

/** Statuses sent again only as a rate limit, never as a server error (those of the retry plugin). */
export const notRetriedStatuses: readonly number[] = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Why a GraphQL request failed, when sending it again may help:
 * - `server-error`: a 5xx, a timeout, a dropped connection or a cut-short answer;
 * - `secondary-rate-limit`: 403 or 429 "secondary rate limit", `retryAfter` from `retry-after` (60 s without),
 *   or any other 429 with `retry-after` (or neither header);
 * - `rate-limit`: the primary limit used up (a `RATE_LIMITED` error in a 200 answer, or 403/429 with
 *   `x-ratelimit-remaining: 0`, or another 429 with `x-ratelimit-reset` only), `retryAfter` the seconds
 *   until one after `x-ratelimit-reset`.
 */
export type Setback =
  | { kind: 'server-error' }
  | { kind: 'secondary-rate-limit'; retryAfter: number }
  | { kind: 'rate-limit'; retryAfter: number };

type Headers = Readonly<Record<string, string | number | undefined>>;

/**
 * The setback an error from @octokit/graphql stands for; undefined when retrying cannot help.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function setbackOf(error: unknown, nowMs: number): Setback | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const fields = error as {
    status?: unknown;
    message?: unknown;
    request?: unknown;
    /** GraphqlResponseError: the errors and headers of a 200 answer. */
    errors?: readonly { type?: unknown; message?: unknown }[];
    headers?: Headers;
    /** RequestError: the answer to a 4xx or 5xx. */
    response?: { headers?: Headers };
  };
  const headers = fields.response?.headers ?? fields.headers ?? {};
  const errors: readonly { type?: unknown; message?: unknown }[] = Array.isArray(fields.errors)
    ? fields.errors
    : [];
  if (errors.some((e) => e.type === 'RATE_LIMITED')) {
    return { kind: 'rate-limit', retryAfter: secondsPastReset(headers, nowMs) };
  }
  // GitHub's own hiccup while it ran the query, in a 200 answer: as the retry plugin, a server error.
  const firstMessage = errors[0]?.message;
  if (
    typeof firstMessage === 'string' &&
    /Something went wrong while executing your query/.test(firstMessage)
  ) {
    return { kind: 'server-error' };
  }
  // Not an HTTP failure Octokit made (an abort by the caller, a bug): nothing to retry.
  if (typeof fields.status !== 'number' || fields.request === undefined) return undefined;
  const { status } = fields;
  if (status === 403 || status === 429) {
    if (/\bsecondary rate\b/i.test(String(fields.message))) {
      return { kind: 'secondary-rate-limit', retryAfter: Number(headers['retry-after']) || 60 };
    }
    if (String(headers['x-ratelimit-remaining']) === '0') {
      return { kind: 'rate-limit', retryAfter: secondsPastReset(headers, nowMs) };
    }
    return status === 429 ? tooManyRequests(headers, nowMs) : undefined;
  }
  // Octokit reports a timeout, a dropped connection or a cut-short answer as a 500 without an answer.
  return status >= 400 && !notRetriedStatuses.includes(status) ? { kind: 'server-error' } : undefined;
}

/**
 * Any other 429 Too Many Requests (GitHub's in another wording, or a proxy's or a GHES load
 * balancer's): waited out for its `retry-after` (seconds, or an HTTP date), else until one second
 * past its `x-ratelimit-reset` when that names the limit it hit (no `x-ratelimit-remaining` beside
 * it, or 0), else for 60 s, as GitHub advises for a secondary limit without `retry-after`.
 */
export function tooManyRequests(headers: Headers, nowMs: number): Setback {
  const retryAfter = secondsOfRetryAfter(headers['retry-after'], nowMs);
  if (retryAfter !== undefined) return { kind: 'secondary-rate-limit', retryAfter };
  const remaining = headers['x-ratelimit-remaining'];
  if (Number(headers['x-ratelimit-reset']) > 0 && (remaining === undefined || String(remaining) === '0')) {
    return { kind: 'rate-limit', retryAfter: secondsPastReset(headers, nowMs) };
  }
  return { kind: 'secondary-rate-limit', retryAfter: 60 };
}

/** `retry-after` in seconds: a number of seconds, or an HTTP date (RFC 9110 §10.2.3). */
function secondsOfRetryAfter(value: string | number | undefined, nowMs: number): number | undefined {
  if (value === undefined || String(value).trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(String(value));
  return Number.isNaN(date) ? undefined : Math.max(Math.ceil((date - nowMs) / 1000), 0);
}

/** One second past the reset GitHub names, so the retry comes after it, as GitHub advises. */
function secondsPastReset(headers: Headers, nowMs: number): number {
  const resetMs = Math.trunc(Number(headers['x-ratelimit-reset']) || 0) * 1000;
  return Math.max(Math.ceil((resetMs - nowMs) / 1000) + 1, 0);
}

export type GraphQLSend = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

export interface GraphQLRetryOptions {
  /** The endpoint, for the messages: `https://ghes.example.com/api/graphql`. */
  url: string;
  /** Retries after server errors, and separately after rate limits (the handlers count those). */
  retries: number;
  /** How long one second of a wait lasts, in milliseconds: 1000, shorter in tests. */
  secondMs: number;
  handlers: RateLimitHandlers;
  logger: Logger;
  /** Now, in epoch milliseconds; tests fix it. */
  now?: () => number;
}

/**
 * GraphQL queries sent one at a time, each sent again after a server error (waiting 1, 4, 9 s …)
 * and after a rate limit (waiting as long as GitHub asks, if the handlers agree). The rate limit is
 * recognised from the answer, not from the URL, so `/graphql` and GHES's `/api/graphql` are alike.
 *
 * This replaces the throttling and retry plugins for GraphQL: their Bottleneck queues wait on about
 * sixteen zero-delay timers a request (≥ 1 ms each), which cost more than the query itself. A
 * promise chain serialises the queries without a timer; timers run only when GitHub asks to wait.
 */
export function withGraphQLRetries(send: GraphQLSend, options: GraphQLRetryOptions): GraphQLSend {
  const { handlers, logger, retries, secondMs } = options;
  const now = options.now ?? Date.now;
  const request: LimitedRequest = { method: 'POST', url: options.url };

  const sendRetrying: GraphQLSend = async (query, variables) => {
    let serverErrors = 0;
    let rateLimits = 0;
    for (;;) {
      try {
        return await send(query, variables);
      } catch (error) {
        const setback = setbackOf(error, now());
        let seconds: number;
        if (setback === undefined) {
          throw error;
        } else if (setback.kind === 'server-error') {
          if (serverErrors >= retries) throw error;
          serverErrors += 1;
          seconds = serverErrors ** 2;
          logger.debug(
            `GitHub's GraphQL answer failed (${failureOf(error)}); retrying in ${seconds} s (retry ${serverErrors} of ${retries}).`,
          );
        } else {
          const handle = setback.kind === 'rate-limit' ? handlers.onRateLimit : handlers.onSecondaryRateLimit;
          if (!handle(setback.retryAfter, request, undefined, rateLimits)) throw error;
          rateLimits += 1;
          seconds = setback.retryAfter;
        }
        await wait(seconds * secondMs);
      }
    }
  };

  // One query at a time, as GitHub asks of integrations; a failed one does not stop the next.
  let queue: Promise<unknown> = Promise.resolve();
  return (query, variables) => {
    const answer = queue.then(() => sendRetrying(query, variables));
    queue = answer.catch(() => undefined);
    return answer;
  };
}

function failureOf(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return typeof status === 'number' && (error as { response?: unknown }).response !== undefined
    ? `${status} ${message}`
    : message;
}
