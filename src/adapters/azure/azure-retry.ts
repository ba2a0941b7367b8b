/**
 * The task's own retry policy for Azure DevOps calls. azure-devops-node-api (through
 * typed-rest-client) retries only GET, OPTIONS, DELETE and HEAD, only on 502/503/504, and ignores
 * Retry-After — while the WIQL query, the batch read and every write are POSTs or PATCHes. So the
 * library's retries stay off and each call is retried here, by what repeating it can do:
 * - `repeatable` (reads, and a comment update that sets the same text again): retried on 429
 *   (after Retry-After), 500/502/503/504, a timeout, a dropped connection, or an answer that
 *   is not readable JSON;
 * - `once` (creating a thread or a work item): retried on 429 only, which the service answers
 *   before doing anything. After any other failure the item may exist: the run fails instead, and
 *   the next run finds the item (by its tag, or the thread by its marker) rather than make a second.
 */
export type CallSafety = 'repeatable' | 'once';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The wait before retry n (1, 2, …) is baseDelayMs × 2^(n−1), unless Retry-After says otherwise. */
  baseDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails with the service's answer. */
  maxWaitMs: number;
  sleep(ms: number): Promise<void>;
  log?(text: string): void;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 2,
  baseDelayMs: 1000,
  maxWaitMs: 60_000,
  sleep: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    }),
};

/**
 * A 200 answer whose body is empty or not JSON, or a 404: azure-devops-node-api resolves both
 * with no result rather than failing, so the two cannot be told apart.
 */
export class UnreadableAnswer extends Error {
  constructor() {
    super('the answer was empty or not JSON (HTTP 404 Not Found, or an answer cut off)');
    this.name = 'UnreadableAnswer';
  }
}

const serverErrors = new Set([500, 502, 503, 504]);
const networkErrors = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

/** Runs `call`, retrying it as its safety allows; the last failure is thrown unchanged. */
export async function withRetry<T>(
  what: string,
  safety: CallSafety,
  policy: RetryPolicy,
  call: () => Promise<T>,
): Promise<T> {
  for (let retry = 1; ; retry++) {
    try {
      return await call();
    } catch (error) {
      const wait = retry <= policy.retries ? waitBeforeRetry(error, safety, retry, policy) : undefined;
      if (wait === undefined) throw error;
      policy.log?.(
        `threat-align: ${what} failed (${reasonOf(error)}); retrying in ${Math.ceil(wait / 1000)} s (retry ${retry} of ${policy.retries}).`,
      );
      await policy.sleep(wait);
    }
  }
}

/** Milliseconds to wait before retrying, or undefined when this failure is not retried. */
function waitBeforeRetry(
  error: unknown,
  safety: CallSafety,
  retry: number,
  policy: RetryPolicy,
): number | undefined {
  const backoff = policy.baseDelayMs * 2 ** (retry - 1);
  const status = statusOf(error);
  if (status === 429) {
    const after = retryAfterMs(error);
    if (after === undefined) return backoff;
    return after <= policy.maxWaitMs ? after : undefined;
  }
  if (safety === 'once') return undefined;
  if (status !== undefined) return serverErrors.has(status) ? backoff : undefined;
  if (error instanceof UnreadableAnswer) return backoff;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && networkErrors.has(code)) return backoff;
  // typed-rest-client's own socket timeout (IRequestOptions.socketTimeout).
  if (error instanceof Error && error.message.startsWith('Request timeout')) return backoff;
  return undefined;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After in seconds (the service's form) or as an HTTP date. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { responseHeaders?: Record<string, unknown> }).responseHeaders ?? {};
  const value = headers['retry-after'];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function reasonOf(error: unknown): string {
  const status = statusOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  return error instanceof Error ? error.message : String(error);
}
