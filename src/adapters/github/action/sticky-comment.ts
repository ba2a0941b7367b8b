import { describeGitHubFailure } from '../github-failure.js';
import { createOnce, withoutBlindRetry } from './create-once.js';
import { hiddenMarker } from './hidden-marker.js';
import type { RepositoryContext } from './repository-context.js';
import { sameAuthor } from './token-identity.js';

/**
 * The one comment of a pull request (SPEC §6): found by its hidden marker AND by its author being
 * the token's identity, then updated in place; created when there is none. A comment by anyone
 * else that carries the marker is never touched. Requests: ⌈comments/100⌉ pages, the identity
 * only when a marked comment exists, and one write (a failed create is looked for before it is tried again).
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
  /** Our own marked comment: the identity is asked only when a marked comment exists. */
  const findOwn = async (): Promise<number | undefined> => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...target, per_page: 100 });
    const marked = comments.filter((c) => (c.body ?? '').includes(marker));
    if (marked.length === 0) return undefined;
    const me = await options.identity();
    return marked.find((c) => sameAuthor(c.user?.login, me))?.id;
  };
  let existing: number | undefined;
  try {
    existing = await findOwn();
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
    // A retried create could post the comment twice: createOnce looks for it before trying again.
    return await createOnce(
      async () => {
        await octokit.rest.issues.createComment({ ...target, body: options.body, ...withoutBlindRetry });
        return 'created' as const;
      },
      async () => ((await findOwn()) === undefined ? undefined : ('created' as const)),
    );
  } catch (error) {
    throw describeGitHubFailure(error, task('write the threat-align comment'));
  }
}
