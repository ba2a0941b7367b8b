import { rateLimitKey, type Caller } from './access.js';
import { rateLimitHeaders, type RateLimits } from './rate-limits.js';

/**
 * A failure the fake serves instead of (or on top of) its normal answer, once per matching request:
 * - `status`: an error status with GitHub's body (500/502/503/504 server errors, 401 bad credentials, 403, 404…);
 * - `secondary-rate-limit`: 403 (or 429) "You have exceeded a secondary rate limit" with `retry-after`;
 * - `primary-rate-limit`: 403 (or 429, REST) or a RATE_LIMITED error (GraphQL) with `x-ratelimit-remaining: 0`;
 * - `too-many-requests`: 429 in other words than GitHub's secondary limit (a proxy's, a GHES load
 *   balancer's), with `retry-after` (seconds or an HTTP date) and the usual rate-limit headers;
 * - `status-after-write`: the request is carried out, then an error status is sent instead of its answer;
 * - `delay`: waits before answering normally (to trip a client timeout);
 * - `truncate`: answers normally but cuts the JSON body in half;
 * - `disconnect`: closes the connection without answering.
 */
export type Fault =
  | { type: 'status'; status: number; message?: string }
  | { type: 'secondary-rate-limit'; retryAfter: number; status?: 403 | 429 }
  | { type: 'primary-rate-limit'; resetInSeconds: number; status?: 403 | 429 }
  | { type: 'too-many-requests'; retryAfter?: number | string }
  | { type: 'status-after-write'; status: number }
  | { type: 'delay'; ms: number }
  | { type: 'truncate' }
  | { type: 'disconnect' };

/**
 * Per-route queues of faults. A route is `graphql`, a REST route as the description writes it
 * (`PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}`), or `*` for any request.
 */
export class FaultQueue {
  private readonly queues = new Map<string, Fault[]>();

  constructor(private readonly checkRoute: (route: string) => void) {}

  /** Queues faults for the next requests to `route`, in order; each is served once. */
  enqueue(route: string, ...faults: Fault[]): void {
    this.checkRoute(route);
    this.queues.set(route, [...(this.queues.get(route) ?? []), ...faults]);
  }

  /** The fault for this request, if one is queued for its route or for any route. */
  take(route: string): Fault | undefined {
    for (const key of [route, '*']) {
      const queue = this.queues.get(key);
      const fault = queue?.shift();
      if (fault !== undefined) return fault;
    }
    return undefined;
  }

  /** Faults queued but never served: usually a test aiming at the wrong route. */
  pending(): string[] {
    return [...this.queues].flatMap(([route, faults]) => faults.map((f) => `${route}: ${f.type}`));
  }

  clear(): void {
    this.queues.clear();
  }
}

/** GitHub's answer for a fault that replaces the normal one: status, body and headers as GitHub sends them. */
export function faultAnswer(
  fault: Extract<
    Fault,
    { type: 'status' | 'secondary-rate-limit' | 'primary-rate-limit' | 'too-many-requests' }
  >,
  resource: 'core' | 'graphql',
  caller: Caller,
  rateLimits: RateLimits,
): { status: number; body: unknown; headers: Record<string, string> } {
  const headers = rateLimitHeaders(rateLimits.peek(rateLimitKey(caller), resource));
  if (fault.type === 'too-many-requests') {
    return {
      status: 429,
      headers: {
        ...headers,
        ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }),
      },
      body: {
        message: 'Too Many Requests',
        documentation_url: 'https://docs.github.com/rest',
        status: '429',
      },
    };
  }
  if (fault.type === 'secondary-rate-limit') {
    const status = fault.status ?? 403;
    return {
      status,
      headers: { ...headers, 'retry-after': String(fault.retryAfter) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
    };
  }
  if (fault.type === 'primary-rate-limit') {
    const reset = String(Math.floor(Date.now() / 1000) + fault.resetInSeconds);
    const exhausted = { ...headers, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
    const message = `API rate limit exceeded for user ID ${caller.kind === 'token' ? caller.token.account.id : 0}.`;
    // GraphQL says so in a 200 answer's errors; REST with a 403.
    return resource === 'graphql'
      ? { status: 200, headers: exhausted, body: { errors: [{ type: 'RATE_LIMITED', message }] } }
      : {
          status: fault.status ?? 403,
          headers: exhausted,
          body: {
            message,
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            status: String(fault.status ?? 403),
          },
        };
  }
  const messages: Record<number, string> = { 401: 'Bad credentials', 403: 'Forbidden', 404: 'Not Found' };
  const message = fault.message ?? messages[fault.status] ?? 'Server Error';
  return {
    status: fault.status,
    headers,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(fault.status) },
  };
}
