import { CutShortAnswer } from '../github-client.js';
import { statusOf } from './repository-context.js';

/** Per request: Octokit's retry plugin must not repeat this one (the throttling plugin still waits out rate limits). */
export const withoutBlindRetry = { request: { retries: 0 } } as const;

/**
 * Creates what a repository must hold once (the sticky comment, the tracking issue). A create that
 * fails without GitHub refusing it may still have landed, so it is never simply sent again: `find`
 * looks for it first. After a server error or a cut-short answer GitHub has finished the request,
 * so what `find` does not see was not created, and it is created again (`attempts` times in all).
 * After no answer at all (a timeout, a dropped connection, a gateway's 504) the create may still be on its way:
 * unless `find` sees it, the failure stands, and the rerun finds the comment or issue and updates
 * it. A refusal (4xx) is final at once.
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (attempt >= attempts || !mayHaveLanded(error)) throw error;
      const landed = await find();
      if (landed !== undefined) return landed;
      if (wentUnanswered(error)) throw error;
    }
  }
}

/** A server error, or no readable answer (Octokit's made-up 500 without a response). */
function mayHaveLanded(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/**
 * No answer came (Octokit's error carries no response, and its cause is not a cut-short answer),
 * or only the gateway's 504: the request may still be running behind it.
 */
function wentUnanswered(error: unknown): boolean {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as {
    response?: unknown;
    cause?: unknown;
  };
  if (statusOf(error) === 504) return true;
  return fields.response === undefined && !(fields.cause instanceof CutShortAnswer);
}
