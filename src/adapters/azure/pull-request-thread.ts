import { threadPermission, withAzureFailure } from './azure-failure.js';
import type { IGitApi } from 'azure-devops-node-api/GitApi.js';
import type {
  CommentThreadStatus,
  CommentType,
  GitPullRequestCommentThread,
} from 'azure-devops-node-api/interfaces/GitInterfaces.js';

export interface PullRequestRef {
  project: string;
  repositoryId: string;
  pullRequestId: number;
}

/**
 * Keeps one thread per pull request (SPEC §6), found by its hidden marker AND its author: the
 * thread whose first comment opens with the marker and was written by the token's identity is
 * updated in place (one GET, the identity, one PATCH); without one, a thread is created (one GET,
 * one POST; the identity only when some thread carries the marker). A thread somebody else wrote
 * with the marker, a reviewer's quote of it, and deleted threads are never touched.
 */
export async function upsertPullRequestThread(
  git: Pick<IGitApi, 'getThreads' | 'createThread' | 'updateComment'>,
  pullRequest: PullRequestRef,
  content: string,
  marker: string,
  identity: () => Promise<string>,
): Promise<{ action: 'created' | 'updated'; threadId: number }> {
  const { project, repositoryId, pullRequestId } = pullRequest;
  const action = `write the threat-align thread on pull request ${pullRequestId}`;
  const threads = await withAzureFailure(action, threadPermission, () =>
    git.getThreads(repositoryId, pullRequestId, project),
  );
  const marked = threads.filter((thread) => isMarked(thread, marker));
  // Identity ids are GUIDs, which Azure DevOps writes in either case.
  const me = marked.length > 0 ? (await identity()).toLowerCase() : undefined;
  const own = marked.find((thread) => thread.comments?.[0]?.author?.id?.toLowerCase() === me);
  const first = own?.comments?.[0];
  if (own?.id !== undefined && first?.id !== undefined) {
    const [threadId, commentId] = [own.id, first.id];
    await withAzureFailure(action, threadPermission, () =>
      git.updateComment({ content }, repositoryId, pullRequestId, threadId, commentId, project),
    );
    return { action: 'updated', threadId: own.id };
  }
  const created = await withAzureFailure(action, threadPermission, () =>
    git.createThread(
      {
        // The wire format is the enums' names (the REST description's `text`, `active`), not their numbers.
        comments: [{ parentCommentId: 0, content, commentType: 'text' as unknown as CommentType }],
        status: 'active' as unknown as CommentThreadStatus,
      },
      repositoryId,
      pullRequestId,
      project,
    ),
  );
  return { action: 'created', threadId: created.id ?? 0 };
}

/**
 * The marker must open the first comment (where threat-align writes it), so a reviewer who quotes
 * the report in a thread of their own does not hijack the update.
 */
function isMarked(thread: GitPullRequestCommentThread, marker: string): boolean {
  const first = thread.comments?.[0];
  return thread.isDeleted !== true && first?.isDeleted !== true && (first?.content ?? '').startsWith(marker);
}
