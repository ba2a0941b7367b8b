import type { Caller } from './access.js';
import { canSee, hasPermission } from './access.js';
import type { Urls } from './rest-representations.js';
import type {
  FakeAccount,
  FakeGitHubState,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeRepository,
  Permission,
} from './state.js';

/** What every resolver may read: the state, who asks, and this query's rate-limit figures. */
export interface ResolverContext {
  state: FakeGitHubState;
  caller: Caller;
  urls: Urls;
  rate: { cost: number; nodeCount: number; limit: number; remaining: number; used: number; resetAt: string };
}

/** An execution error with GitHub's `type` (NOT_FOUND, FORBIDDEN, INVALID_CURSOR_ARGUMENTS…). */
export class GitHubFieldError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

type Args = Record<string, unknown>;
type Node = Record<string, unknown>;

/** The root `Query` object; every field the fake serves is a property, the rest are reported as not implemented. */
export function queryRoot(ctx: ResolverContext): Node {
  return {
    repository: ({ owner, name }: Args) => {
      const repository = ctx.state.repository(`${String(owner)}/${String(name)}`);
      if (repository === undefined || !canSee(ctx.caller, repository)) {
        throw new GitHubFieldError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${String(owner)}/${String(name)}'.`,
        );
      }
      return repositoryNode(ctx, repository);
    },
    rateLimit: () => ({ __typename: 'RateLimit', ...ctx.rate }),
    viewer: () => (ctx.caller.kind === 'token' ? actorNode(ctx, ctx.caller.token.account) : null),
  };
}

function repositoryNode(ctx: ResolverContext, repository: FakeRepository): Node {
  return {
    id: repository.nodeId,
    name: repository.name,
    nameWithOwner: repository.fullName,
    owner: actorNode(ctx, repository.owner),
    url: `${ctx.urls.html}/${repository.fullName}`,
    isPrivate: repository.private,
    issues: (args: Args) => {
      need(ctx, 'issues');
      onlyArguments(args, 'Repository.issues', ['states', 'labels', 'orderBy']);
      const states = new Set(
        ((args.states as string[] | null | undefined) ?? ['OPEN', 'CLOSED']).map((s) => s.toLowerCase()),
      );
      const labels = (args.labels as string[] | null | undefined)?.map((l) => l.toLowerCase());
      const orderBy = args.orderBy as { field: string; direction: string } | undefined;
      // One pass over the repository's issues per page, with no string made per issue.
      const issues = [...repository.issues.values()].filter(
        (i) =>
          i.pullRequest === undefined &&
          states.has(i.state) &&
          (labels === undefined || i.labels.some((l) => labels.includes(l.toLowerCase()))),
      );
      return connection(sortIssues(issues, orderBy), args, (i) => issueNode(ctx, repository, i));
    },
    issue: ({ number }: Args) => {
      need(ctx, 'issues');
      const issue = repository.issues.get(Number(number));
      if (issue === undefined || issue.pullRequest !== undefined) {
        throw new GitHubFieldError(
          'NOT_FOUND',
          `Could not resolve to an Issue with the number of ${String(number)}.`,
        );
      }
      return issueNode(ctx, repository, issue);
    },
    pullRequest: ({ number }: Args) => {
      need(ctx, 'pull_requests');
      const issue = repository.issues.get(Number(number));
      if (issue?.pullRequest === undefined) {
        throw new GitHubFieldError(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${String(number)}.`,
        );
      }
      return pullRequestNode(ctx, repository, issue);
    },
    labels: (args: Args) => {
      onlyArguments(args, 'Repository.labels', ['orderBy']);
      return connection(sortLabels([...repository.labels.values()], args), args, (l) =>
        labelNode(ctx, repository, l),
      );
    },
  };
}

function issueNode(ctx: ResolverContext, repository: FakeRepository, issue: FakeIssue): Node {
  const reason = issue.stateReason?.toUpperCase() ?? null;
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    url: `${ctx.urls.html}/${repository.fullName}/issues/${issue.number}`,
    state: issue.state.toUpperCase(),
    // Without enableDuplicate, GitHub reports a duplicate as NOT_PLANNED.
    stateReason: ({ enableDuplicate }: Args) =>
      reason === 'DUPLICATE' && enableDuplicate !== true ? 'NOT_PLANNED' : reason,
    closed: issue.state === 'closed',
    closedAt: issue.closedAt,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    author: actorNode(ctx, ctx.state.account(issue.author)),
    repository: () => repositoryNode(ctx, repository),
    milestone: milestoneNode(
      ctx,
      repository,
      issue.milestone === null ? undefined : repository.milestones.get(issue.milestone),
    ),
    labels: (args: Args) => {
      onlyArguments(args, 'Issue.labels', ['orderBy']);
      const labels = issue.labels.map((name) => ctx.state.label(repository, name));
      return connection(sortLabels(labels, args), args, (l) => labelNode(ctx, repository, l));
    },
    parent: () => {
      if (issue.parent === undefined) return null;
      const parentRepository = ctx.state.repository(issue.parent.repository);
      const parent = parentRepository?.issues.get(issue.parent.number);
      return parentRepository === undefined || parent === undefined || !canSee(ctx.caller, parentRepository)
        ? null
        : issueNode(ctx, parentRepository, parent);
    },
    projectItems: (args: Args) => {
      onlyArguments(args, 'Issue.projectItems', ['includeArchived']);
      const items = (issue.projectItems ?? []).filter(
        (item) => args.includeArchived !== false || item.archived !== true,
      );
      return connection(items, args, (item) => ({
        __typename: 'ProjectV2Item',
        isArchived: item.archived === true,
        project: {
          __typename: 'ProjectV2',
          number: item.project,
          url: `${ctx.urls.html}/${item.ownerType ?? 'orgs'}/${item.owner}/projects/${item.project}`,
        },
        fieldValueByName: ({ name }: Args) => {
          const value = item.iterations[String(name)];
          return value === undefined
            ? null
            : { __typename: 'ProjectV2ItemFieldIterationValue', iterationId: `it-${value.title}`, ...value };
        },
      }));
    },
    subIssues: (args: Args) => {
      onlyArguments(args, 'Issue.subIssues', []);
      const children = [...ctx.state.repositories.values()].flatMap((r) =>
        [...r.issues.values()]
          .filter(
            (i) =>
              i.parent?.number === issue.number &&
              i.parent.repository.toLowerCase() === repository.fullName.toLowerCase(),
          )
          .map((i) => ({ r, i })),
      );
      return connection(children, args, ({ r, i }) => issueNode(ctx, r, i));
    },
  };
}

function pullRequestNode(ctx: ResolverContext, repository: FakeRepository, issue: FakeIssue): Node {
  const pr = issue.pullRequest!;
  return {
    __typename: 'PullRequest',
    id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    url: `${ctx.urls.html}/${repository.fullName}/pull/${issue.number}`,
    state: pr.merged ? 'MERGED' : issue.state.toUpperCase(),
    isDraft: pr.draft,
    headRefName: pr.headRef,
    headRefOid: pr.headSha,
    baseRefName: pr.baseRef,
    baseRefOid: pr.baseSha,
    author: actorNode(ctx, ctx.state.account(issue.author)),
    closingIssuesReferences: (args: Args) => {
      need(ctx, 'issues');
      // userLinkedOnly defaults to false, which is what the fake answers.
      onlyArguments(
        { ...args, userLinkedOnly: args.userLinkedOnly === true ? true : null },
        'PullRequest.closingIssuesReferences',
        [],
      );
      const issues = pr.closingIssues.flatMap((n) => {
        const closing = repository.issues.get(n);
        return closing === undefined ? [] : [closing];
      });
      return connection(issues, args, (i) => issueNode(ctx, repository, i));
    },
    files: (args: Args) => {
      onlyArguments(args, 'PullRequest.files', []);
      const changeTypes = { added: 'ADDED', modified: 'MODIFIED', removed: 'DELETED', renamed: 'RENAMED' };
      return connection(pr.files, args, (f) => ({
        __typename: 'PullRequestChangedFile',
        path: f.filename,
        additions: f.additions,
        deletions: f.deletions,
        changeType: changeTypes[f.status],
      }));
    },
  };
}

function labelNode(ctx: ResolverContext, repository: FakeRepository, label: FakeLabel): Node {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    url: `${ctx.urls.html}/${repository.fullName}/labels/${encodeURIComponent(label.name)}`,
  };
}

function milestoneNode(
  ctx: ResolverContext,
  repository: FakeRepository,
  milestone: FakeMilestone | undefined,
): Node | null {
  if (milestone === undefined) return null;
  return {
    __typename: 'Milestone',
    id: milestone.nodeId,
    number: milestone.number,
    title: milestone.title,
    state: milestone.state.toUpperCase(),
    dueOn: null,
    description: null,
    url: `${ctx.urls.html}/${repository.fullName}/milestone/${milestone.number}`,
  };
}

function actorNode(ctx: ResolverContext, account: FakeAccount): Node {
  return {
    __typename: account.type === 'Bot' ? 'Bot' : account.type === 'Organization' ? 'Organization' : 'User',
    id: account.nodeId,
    login: account.login,
    url: `${ctx.urls.html}/${account.login}`,
  };
}

/** Relay pagination over a list, with GitHub's opaque cursors and its error for a cursor it did not issue. */
function connection<T>(items: readonly T[], args: Args, toNode: (item: T) => Node): Node {
  const decode = (cursor: unknown): number => {
    const text = Buffer.from(String(cursor), 'base64').toString('utf8');
    const match = /^cursor:v2:(\d+)$/.exec(text);
    if (match === null)
      throw new GitHubFieldError(
        'INVALID_CURSOR_ARGUMENTS',
        `\`${String(cursor)}\` does not appear to be a valid cursor.`,
      );
    return Number(match[1]);
  };
  const encode = (index: number): string => Buffer.from(`cursor:v2:${index}`).toString('base64');
  let start = args.after == null ? 0 : decode(args.after) + 1;
  let end = args.before == null ? items.length : decode(args.before);
  if (typeof args.first === 'number') end = Math.min(end, start + args.first);
  if (typeof args.last === 'number') start = Math.max(start, end - args.last);
  const slice = items.slice(start, end).map((item, i) => ({ item, index: start + i }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length === 0 ? null : encode(start),
      endCursor: slice.length === 0 ? null : encode(end - 1),
    },
    // Made only when the query asks for them, each node once: a large run reads 100 pages of 100 issues.
    nodes: () => slice.map(({ item }) => toNode(item)),
    edges: () => slice.map(({ item, index }) => ({ cursor: encode(index), node: toNode(item) })),
  };
}

function sortIssues(
  issues: FakeIssue[],
  orderBy: { field: string; direction: string } | undefined,
): FakeIssue[] {
  if (orderBy === undefined) return issues.sort((a, b) => a.number - b.number);
  const key =
    orderBy.field === 'UPDATED_AT' ? 'updatedAt' : orderBy.field === 'CREATED_AT' ? 'createdAt' : undefined;
  if (key === undefined) throw notImplemented(`Repository.issues(orderBy: {field: ${orderBy.field}})`);
  const sign = orderBy.direction === 'DESC' ? -1 : 1;
  return issues.sort((a, b) => sign * (a[key].localeCompare(b[key]) || a.number - b.number));
}

/** Labels in GitHub's default order (creation, ascending) or by name; both directions. */
function sortLabels(labels: FakeLabel[], args: Args): FakeLabel[] {
  const order = (args.orderBy as { field?: string; direction?: string } | undefined) ?? {};
  const sign = order.direction === 'DESC' ? -1 : 1;
  return [...labels].sort(
    (a, b) => sign * (order.field === 'NAME' ? a.name.localeCompare(b.name) : a.id - b.id),
  );
}

const PAGING = ['first', 'last', 'after', 'before'];

/** Arguments beyond paging and `handled` change the answer in ways the fake does not model: say so. */
function onlyArguments(args: Args, field: string, handled: string[]): void {
  const unhandled = Object.entries(args).find(
    ([name, value]) => value != null && !PAGING.includes(name) && !handled.includes(name),
  );
  if (unhandled !== undefined) throw notImplemented(`${field}(${unhandled[0]}:)`);
}

function need(ctx: ResolverContext, permission: Permission): void {
  if (!hasPermission(ctx.caller, permission, 'read')) {
    throw new GitHubFieldError('FORBIDDEN', 'Resource not accessible by integration');
  }
}

/** An argument or field the fake does not serve: reported as a violation, never answered wrongly. */
export function notImplemented(what: string): GitHubFieldError {
  return new GitHubFieldError('FAKE_NOT_IMPLEMENTED', `${what} is not implemented by the fake GitHub`);
}
