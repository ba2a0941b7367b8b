import { describeGitHubFailure } from '../github-failure.js';
import { hiddenMarker } from './hidden-marker.js';
import type { RepositoryContext } from './repository-context.js';
import { sameAuthor } from './token-identity.js';

/**
 * The one comment of a pull request (SPEC §6): found by its hidden marker AND by its author being
 * the token's identity, then updated in place; created when there is none. A comment by anyone
 * else that carries the marker is never touched. Requests: ⌈comments/100⌉ pages, the identity
 * only when a marked comment exists, and one write.
 */
export async function upsertStickyComment(
  context: RepositoryContext,
  options: { number: number; marker: string; body: string; identity: () => Promise<string> },
): Promise<'created' | 'updated'> {
  const { octokit } = context.client;
  const target = { owner: context.owner, repo: context.repo, issue_number: options.number };
  const marker = hiddenMarker(options.marker);
  const task = (action: string) => ({
    action: `${action} on pull request #${options.number}`,
    repository: context.repository,
    permission: 'pull-requests: write',
  });
  let existing: number | undefined;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...target, per_page: 100 });
    const marked = comments.filter((c) => (c.body ?? '').includes(marker));
    if (marked.length > 0) {
      const me = await options.identity();
      existing = marked.find((c) => sameAuthor(c.user?.login, me))?.id;
    }
  } catch (error) {
    throw describeGitHubFailure(error, task('read the comments'));
  }
  try {
    if (existing !== undefined) {
      await octokit.rest.issues.updateComment({
        owner: context.owner,
        repo: context.repo,
        comment_id: existing,
        body: options.body,
      });
      return 'updated';
    }
    await octokit.rest.issues.createComment({ ...target, body: options.body });
    return 'created';
  } catch (error) {
    throw describeGitHubFailure(error, task('write the threat-align comment'));
  }
}
