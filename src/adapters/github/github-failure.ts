/** What the adapter was doing when GitHub failed, for a message that says what to fix. */
export interface GitHubTask {
  /** `read the issues of northwind/shop` */
  action: string;
  /** `owner/repo` */
  repository: string;
  /** The permission the workflow's token needs: `issues: read`. */
  permission: string;
}

/** A GitHub call that failed for a reason the user can act on; the message never holds the token. */
export class GitHubFailure extends Error {
  override readonly name = 'GitHubFailure';

  constructor(
    message: string,
    /** The HTTP status, or a GraphQL error type such as NOT_FOUND. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const PERMISSIONS_DOC =
  'https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token';

/**
 * Turns an Octokit error (HTTP status, GraphQL `errors`, timeout) into one sentence that says what
 * failed, why, and what to do: the token's permission, the repository name, or a rerun.
 */
export function describeGitHubFailure(error: unknown, task: GitHubTask): GitHubFailure {
  if (error instanceof GitHubFailure) return error;
  const cause = { cause: error };
  const fields = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    errors?: { type?: string }[];
    response?: { headers?: Record<string, string | undefined> };
    /** A GraphQL error in a 200 answer (GraphqlResponseError) carries the headers itself. */
    headers?: Record<string, string | undefined>;
  };
  const status = typeof fields.status === 'number' ? fields.status : undefined;
  const graphqlTypes = (fields.errors ?? []).map((e) => e.type ?? '');
  const headers = fields.response?.headers ?? fields.headers ?? {};
  const detail = error instanceof Error ? firstLine(error.message) : String(error);
  // A timeout or a dropped connection carries Octokit's synthetic 500 but no response.
  const answered = status !== undefined && fields.response !== undefined;
  const permission = `\`${task.permission}\` (in a workflow: \`permissions: { ${task.permission} }\`; see ${PERMISSIONS_DOC})`;

  if (status === 401) {
    return new GitHubFailure(
      `GitHub rejected the token (401 ${detail}) when threat-align tried to ${task.action}: the token is missing, expired or revoked. Pass a valid token with ${permission}.`,
      '401',
      cause,
    );
  }
  if (graphqlTypes.includes('FORBIDDEN') || (status === 403 && !isRateLimit(headers, detail))) {
    const accepted = headers['x-accepted-github-permissions'];
    const why =
      status === 403
        ? `403 ${detail}${accepted === undefined ? '' : `; GitHub accepts ${accepted}`}`
        : 'FORBIDDEN';
    return new GitHubFailure(
      `The token may not ${task.action} (${why}): give it ${permission}.`,
      status === 403 ? '403' : 'FORBIDDEN',
      cause,
    );
  }
  if (status === 404 || graphqlTypes.includes('NOT_FOUND')) {
    return new GitHubFailure(
      `GitHub found no repository ${task.repository}, or the token cannot see it, when threat-align tried to ${task.action}: check the repository name; for a private repository the token needs ${permission}.`,
      status === 404 ? '404' : 'NOT_FOUND',
      cause,
    );
  }
  if (graphqlTypes.includes('RATE_LIMITED') || status === 429 || isRateLimit(headers, detail)) {
    const reset = Number(headers['x-ratelimit-reset']);
    // The reset is the limit's when it is used up (or the only word on the limit), not a secondary limit's.
    const remaining = headers['x-ratelimit-remaining'];
    const primary = graphqlTypes.includes('RATE_LIMITED') || remaining === undefined || remaining === '0';
    const when =
      primary && Number.isFinite(reset) && reset > 0
        ? ` It resets at ${new Date(reset * 1000).toISOString()}.`
        : '';
    const asked = secondsAsked(headers, primary ? reset : Number.NaN);
    const answer = status === undefined ? 'RATE_LIMITED' : `${status} ${detail}`;
    const how =
      asked !== undefined && asked > maxRateLimitWaitSeconds
        ? ` (${answer}): GitHub asked to wait ${asked} s, longer than threat-align waits (${maxRateLimitWaitSeconds} s).`
        : ` (${answer}), even after waiting and retrying.`;
    return new GitHubFailure(
      `GitHub's rate limit stopped threat-align while it tried to ${task.action}${how}${when} Rerun the job later, or run it less often.`,
      'RATE_LIMITED',
      cause,
    );
  }
  return new GitHubFailure(
    `GitHub failed while threat-align tried to ${task.action} (${answered ? `${status} ${detail}` : detail}), even after retrying. Rerun the job; if it keeps failing, check https://www.githubstatus.com.`,
    answered ? String(status) : 'FAILED',
    cause,
  );
}

/** The longest wait for a rate limit worth sitting out, in seconds: a longer one fails the step at once. */
export const maxRateLimitWaitSeconds = 300;

/** The wait GitHub asked for: `retry-after` in seconds, else the seconds until the reset. */
function secondsAsked(headers: Record<string, string | undefined>, reset: number): number | undefined {
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return retryAfter;
  return Number.isFinite(reset) && reset > 0 ? Math.max(Math.ceil(reset - Date.now() / 1000), 0) : undefined;
}

function isRateLimit(headers: Record<string, string | undefined>, message: string): boolean {
  return headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '').slice(0, 300);
}
