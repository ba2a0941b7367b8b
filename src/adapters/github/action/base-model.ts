import { describeGitHubFailure } from '../github-failure.js';
import { statusOf, type RepositoryContext } from './repository-context.js';

/**
 * The model's bytes at the pull request's base commit, through the contents API (one request); undefined
 * when the file is not there (a new model). Other failures are GitHubFailures (`contents: read`).
 */
export async function readBaseModel(
  context: RepositoryContext,
  path: string,
  baseSha: string,
): Promise<Uint8Array | undefined> {
  try {
    const { data } = await context.client.octokit.rest.repos.getContent({
      owner: context.owner,
      repo: context.repo,
      path,
      ref: baseSha,
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new Error(`${path} at ${baseSha} is not a file`);
    }
    return new Uint8Array(Buffer.from(data.content, 'base64'));
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw describeGitHubFailure(error, {
      action: `read ${path} at the base commit ${baseSha.slice(0, 7)}`,
      repository: context.repository,
      permission: 'contents: read',
    });
  }
}
