interface FakeComment {
  id: number;
  parentCommentId: number;
  content: string;
  commentType: string;
  author: { id: string; displayName: string; uniqueName: string };
  publishedDate: string;
  lastUpdatedDate: string;
  isDeleted: boolean;
}

export interface FakeThread {
  id: number;
  status: string;
  comments: FakeComment[];
  isDeleted: boolean;
  publishedDate: string;
  lastUpdatedDate: string;
  properties?: Record<string, unknown>;
}

const threadsRoute =
  '/{organization}/{project}/_apis/git/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads';
/** Whom the job's token (System.AccessToken) belongs to: the author of what the task writes. */
export const buildService = {
  id: '00000000-0000-0000-0000-00000000b111',
  displayName: 'Shop Build Service (northwind)',
  uniqueName: 'Build\\00000000-0000-0000-0000-00000000b111',
};
const date = '2026-01-01T00:00:00Z';

/** Pull-request threads per repository and pull request, as the Git API keeps them. */
export class FakeThreads {
  private readonly byPullRequest = new Map<string, FakeThread[]>();
  private nextThreadId = 1;

  /** The threads of one pull request (created on first use). */
  of(repositoryId: string, pullRequestId: number): FakeThread[] {
    const key = `${repositoryId.toLowerCase()}#${pullRequestId}`;
    let list = this.byPullRequest.get(key);
    if (!list) {
      list = [];
      this.byPullRequest.set(key, list);
    }
    return list;
  }

  /** A thread somebody else wrote, as a test's starting point. */
  add(repositoryId: string, pullRequestId: number, content: string, author = 'Ada Reviewer'): void {
    this.of(repositoryId, pullRequestId).push(
      this.thread([{ content, commentType: 'text' }], 'active', {
        id: 'ada',
        displayName: author,
        uniqueName: 'ada@northwind.example',
      }),
    );
  }

  handle(
    route: string,
    params: Record<string, string>,
    body: unknown,
  ): { status: number; body: unknown } | undefined {
    const list = this.of(params.repositoryId ?? '', Number(params.pullRequestId));
    const read = (body ?? {}) as Record<string, unknown>;
    switch (route) {
      case `GET ${threadsRoute}`:
        return { status: 200, body: { count: list.length, value: list } };
      case `POST ${threadsRoute}`: {
        const comments = (read.comments as { content?: string; commentType?: string }[] | undefined) ?? [];
        const thread = this.thread(
          comments,
          typeof read.status === 'string' ? read.status : 'active',
          buildService,
        );
        list.push(thread);
        return { status: 200, body: thread };
      }
      case `PATCH ${threadsRoute}/{threadId}/comments/{commentId}`: {
        const comment = list
          .find((t) => t.id === Number(params.threadId))
          ?.comments.find((c) => c.id === Number(params.commentId));
        if (!comment)
          return { status: 404, body: { message: 'TF401180: The requested comment was not found.' } };
        if (comment.author.id !== buildService.id)
          return { status: 403, body: { message: 'Only the author may edit a comment.' } };
        if (typeof read.content === 'string') comment.content = read.content;
        comment.lastUpdatedDate = date;
        return { status: 200, body: comment };
      }
      default:
        return undefined;
    }
  }

  private thread(
    comments: { content?: string; commentType?: string }[],
    status: string,
    author: FakeComment['author'],
  ): FakeThread {
    return {
      id: this.nextThreadId++,
      status,
      isDeleted: false,
      publishedDate: date,
      lastUpdatedDate: date,
      comments: comments.map((c, i) => ({
        id: i + 1,
        parentCommentId: 0,
        content: c.content ?? '',
        commentType: c.commentType ?? 'text',
        author,
        publishedDate: date,
        lastUpdatedDate: date,
        isDeleted: false,
      })),
    };
  }
}
