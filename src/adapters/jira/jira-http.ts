import { JiraFailure, describeJiraStatus, type JiraTask } from './jira-failure.js';

/** How threat-align authenticates: Basic (Cloud: e-mail and API token) or Bearer (Data Center: PAT). */
export interface JiraCredentials {
  /** The Authorization header's value. Never logged. */
  readonly authorization: string;
  /** The secrets in it, to redact from every message. */
  readonly secrets: readonly string[];
}

export interface JiraRetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The wait before retry n is baseDelayMs × 2^(n−1), unless Retry-After says otherwise. */
  baseDelayMs: number;
  /** A Retry-After longer than this is not waited for. */
  maxWaitMs: number;
  /** How long one request may take before it is abandoned (and retried if it may be). */
  timeoutMs: number;
  sleep(ms: number): Promise<void>;
}

const defaultJiraRetryPolicy: JiraRetryPolicy = {
  retries: 3,
  baseDelayMs: 1000,
  maxWaitMs: 60_000,
  timeoutMs: 30_000,
  sleep: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    }),
};

interface JiraRequest {
  method: 'GET' | 'POST';
  /** `/rest/api/3/search/jql`, after the site's own path. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * `repeatable` reads are retried on 429, 5xx, timeouts, dropped connections and unreadable
   * answers; `once` (creating an issue) only on 429, which Jira answers before doing anything.
   */
  safety: 'repeatable' | 'once';
  task: JiraTask;
}

export interface JiraHttp {
  readonly site: string;
  send<T>(request: JiraRequest): Promise<T>;
}

export interface JiraHttpOptions {
  /** `https://northwind.atlassian.net` or `https://jira.example.com/jira` (no trailing slash). */
  site: string;
  credentials: JiraCredentials;
  policy?: JiraRetryPolicy;
  log?: (message: string) => void;
  /** The fetch to send with (the global one unless a test or a proxy set-up gives another). */
  fetch?: typeof fetch;
}

const serverErrors = new Set([500, 502, 503, 504]);

/**
 * A small JSON client for Jira's REST API over fetch: one request at a time, retried by what
 * repeating it can do, each failure turned into a JiraFailure that names the fix. Credentials go
 * only into the Authorization header; messages are redacted of them.
 */
export function jiraHttp(options: JiraHttpOptions): JiraHttp {
  const policy = options.policy ?? defaultJiraRetryPolicy;
  const doFetch = options.fetch ?? fetch;
  const redact = (text: string): string =>
    options.credentials.secrets
      .filter((s) => s.length > 0)
      .reduce((out, secret) => out.split(secret).join('***'), text);
  const log = (message: string): void => options.log?.(redact(message));

  const attempt = async (request: JiraRequest): Promise<{ ok: true; value: unknown } | Retryable> => {
    const url = new URL(options.site + request.path);
    for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
    let response: Response;
    try {
      response = await doFetch(url, {
        method: request.method,
        headers: {
          authorization: options.credentials.authorization,
          accept: 'application/json',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
    } catch (error) {
      const timeout =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return {
        retry: request.safety === 'repeatable',
        failure: new JiraFailure(
          `Jira: could not ${request.task.action}: ${timeout ? `no answer within ${policy.timeoutMs / 1000} s` : `the connection failed (${causeOf(error)})`}. Rerun the job; check that the site URL is reachable from the build.`,
          timeout ? 'TIMEOUT' : 'NETWORK',
          { cause: error },
        ),
      };
    }
    const text = await response.text().catch(() => undefined);
    if (response.ok) {
      try {
        // A body cut off by a dropped connection fails to read: retried like one that is not JSON.
        if (text === undefined) throw new Error('the answer was cut off');
        return { ok: true, value: text === '' ? undefined : JSON.parse(text) };
      } catch {
        return {
          retry: request.safety === 'repeatable',
          failure: new JiraFailure(
            `Jira: could not ${request.task.action}: the answer was not readable JSON (cut short?). Rerun the job.`,
            'MALFORMED',
          ),
        };
      }
    }
    const failure = describeJiraStatus(response.status, jiraMessagesOf(text), request.task);
    if (response.status === 429) {
      const after = retryAfterMs(response.headers.get('retry-after'));
      return {
        retry: after === undefined || after <= policy.maxWaitMs,
        failure,
        ...(after === undefined ? {} : { after }),
      };
    }
    return { retry: request.safety === 'repeatable' && serverErrors.has(response.status), failure };
  };

  return {
    site: options.site,
    async send<T>(request: JiraRequest): Promise<T> {
      for (let retry = 1; ; retry++) {
        const outcome = await attempt(request);
        if ('ok' in outcome) return outcome.value as T;
        if (!outcome.retry || retry > policy.retries) {
          throw new JiraFailure(redact(outcome.failure.message), outcome.failure.reason, {
            cause: outcome.failure,
          });
        }
        const wait = outcome.after ?? policy.baseDelayMs * 2 ** (retry - 1);
        log(
          `threat-align: Jira ${request.method} ${request.path} failed (${outcome.failure.reason}); retrying in ${Math.ceil(wait / 1000)} s (retry ${retry} of ${policy.retries}).`,
        );
        await policy.sleep(wait);
      }
    },
  };
}

interface Retryable {
  retry: boolean;
  failure: JiraFailure;
  after?: number;
}

/** Jira's error body: `{ errorMessages: [...], errors: { field: message } }`. */
function jiraMessagesOf(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  try {
    const body = JSON.parse(text) as { errorMessages?: unknown; errors?: unknown };
    const messages = Array.isArray(body.errorMessages)
      ? body.errorMessages.filter((m) => typeof m === 'string')
      : [];
    const fields =
      typeof body.errors === 'object' && body.errors !== null
        ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`)
        : [];
    return [...messages, ...fields].map((m) => m.replace(/\p{Cc}/gu, ' '));
  } catch {
    return [];
  }
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}
