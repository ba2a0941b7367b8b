import type { GitHubClient } from '../github-client.js';

/** The repository the workflow runs in, and the client that speaks for its token. */
export interface RepositoryContext {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** `owner/repo` */
  repository: string;
}

/** Splits GITHUB_REPOSITORY; anything but owner/name is a runner problem worth saying so. */
export function repositoryContext(client: GitHubClient, repository: string): RepositoryContext {
  const [, owner, repo] = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository) ?? [];
  if (owner === undefined || repo === undefined) {
    throw new Error(
      `GITHUB_REPOSITORY is "${repository}", not owner/name: run threat-align in a GitHub Actions job.`,
    );
  }
  return { client, owner, repo, repository };
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
