/** What the workflow run is about, from the event payload: the route the action takes. */
export type ActionEvent =
  | {
      kind: 'pull-request';
      number: number;
      baseSha: string;
      headSha: string;
      /** The head is in another repository (a fork): its token may not write here. */
      fromFork: boolean;
    }
  | { kind: 'audit'; name: 'schedule' | 'workflow_dispatch' }
  | { kind: 'push'; sha: string }
  | { kind: 'other'; name: string };

interface PullRequestPayload {
  pull_request?: {
    number?: unknown;
    base?: { sha?: unknown; repo?: { full_name?: unknown } | null };
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  };
}

/**
 * Routes by GITHUB_EVENT_NAME; a pull request's numbers and SHAs come from the payload (GITHUB_SHA
 * is the merge commit there). A head repository that is gone (a deleted fork) counts as a fork.
 */
export function readActionEvent(name: string, payload: unknown, sha: string): ActionEvent {
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = (payload as PullRequestPayload | null)?.pull_request;
    const number = pr?.number;
    const baseSha = pr?.base?.sha;
    const headSha = pr?.head?.sha;
    if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string') {
      throw new Error(
        `The ${name} event payload has no pull_request number, base.sha and head.sha: run threat-align on the pull_request event's own payload.`,
      );
    }
    const baseRepo = pr?.base?.repo?.full_name;
    const headRepo = pr?.head?.repo?.full_name;
    return {
      kind: 'pull-request',
      number,
      baseSha,
      headSha,
      fromFork: typeof headRepo !== 'string' || headRepo.toLowerCase() !== String(baseRepo).toLowerCase(),
    };
  }
  if (name === 'schedule' || name === 'workflow_dispatch') return { kind: 'audit', name };
  if (name === 'push') return { kind: 'push', sha };
  return { kind: 'other', name };
}
