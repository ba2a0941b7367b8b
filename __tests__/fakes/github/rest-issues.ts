import { commentJson, issueJson, labelJson } from './rest-representations.js';
import type { RestAnswer, RestContext } from './rest-support.js';
import { errorAnswer, findRepository, isAnswer, notFound, paginate } from './rest-support.js';
import type { FakeIssue, FakeRepository, StateReason } from './state.js';

/** `GET /repos/{owner}/{repo}/issues`: issues and pull requests, filtered by state, labels and milestone. */
export function listIssues(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const state = ctx.query.get('state') ?? 'open';
  const labels = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const milestone = ctx.query.get('milestone');
  const direction = ctx.query.get('direction') ?? 'desc';
  const sort = ctx.query.get('sort') ?? 'created';
  for (const name of ['assignee', 'creator', 'mentioned', 'since', 'type', 'issue_field_values']) {
    if (ctx.query.has(name)) ctx.strict(`the fake does not filter issues by '${name}'`);
  }
  const matching = [...repository.issues.values()]
    .filter((issue) => state === 'all' || issue.state === state)
    .filter((issue) => labels.every((l) => issue.labels.some((name) => name.toLowerCase() === l)))
    .filter((issue) => milestoneMatches(repository, issue, milestone))
    .sort((a, b) => {
      const key = sort === 'updated' ? 'updatedAt' : 'createdAt';
      const order = a[key].localeCompare(b[key]) || a.number - b.number;
      return direction === 'asc' ? order : -order;
    });
  const { page, headers } = paginate(ctx, matching, `/repos/${repository.fullName}/issues`);
  return { status: 200, body: page.map((i) => issueJson(ctx.urls, ctx.state, repository, i)), headers };
}

export function getIssue(ctx: RestContext): RestAnswer {
  const found = findIssue(ctx);
  if (isAnswer(found)) return found;
  return { status: 200, body: issueJson(ctx.urls, ctx.state, found.repository, found.issue) };
}

/** `POST /repos/{owner}/{repo}/issues`. */
export function createIssue(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const body = ctx.body;
  const issue = ctx.state.addIssue(repository, {
    title: String(body.title),
    body: typeof body.body === 'string' ? body.body : null,
    labels: labelNames(body.labels),
    author: callerLogin(ctx),
  });
  if (typeof body.milestone === 'number' || typeof body.milestone === 'string') {
    const milestone = repository.milestones.get(Number(body.milestone));
    if (milestone === undefined) return invalidField(ctx, 'Issue', 'milestone');
    issue.milestone = milestone.number;
  }
  return { status: 201, body: issueJson(ctx.urls, ctx.state, repository, issue) };
}

/** `PATCH /repos/{owner}/{repo}/issues/{issue_number}`: title, body, state and reason, labels, milestone. */
export function updateIssue(ctx: RestContext): RestAnswer {
  const found = findIssue(ctx);
  if (isAnswer(found)) return found;
  const { repository, issue } = found;
  const body = ctx.body;
  if (typeof body.title === 'string' || typeof body.title === 'number') issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body as string | null;
  if (body.labels !== undefined)
    issue.labels = labelNames(body.labels).map((n) => ctx.state.label(repository, n).name);
  if (body.milestone !== undefined) {
    if (body.milestone === null) issue.milestone = null;
    else {
      const milestone = repository.milestones.get(Number(body.milestone));
      if (milestone === undefined) return invalidField(ctx, 'Issue', 'milestone');
      issue.milestone = milestone.number;
    }
  }
  const now = ctx.state.now();
  if (body.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closedAt = now;
    issue.stateReason = (body.state_reason as StateReason | null | undefined) ?? 'completed';
  } else if (body.state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.stateReason = 'reopened';
  } else if (body.state_reason !== undefined && body.state === undefined) {
    ctx.strict('state_reason without state: GitHub ignores it');
  }
  issue.updatedAt = now;
  return { status: 200, body: issueJson(ctx.urls, ctx.state, repository, issue) };
}

export function listComments(ctx: RestContext): RestAnswer {
  const found = findIssue(ctx);
  if (isAnswer(found)) return found;
  const { repository, issue } = found;
  if (ctx.query.has('since')) ctx.strict("the fake does not filter comments by 'since'");
  const comments = [...repository.comments.values()].filter((c) => c.issueNumber === issue.number);
  const { page, headers } = paginate(
    ctx,
    comments,
    `/repos/${repository.fullName}/issues/${issue.number}/comments`,
  );
  return { status: 200, body: page.map((c) => commentJson(ctx.urls, ctx.state, repository, c)), headers };
}

export function createComment(ctx: RestContext): RestAnswer {
  const found = findIssue(ctx);
  if (isAnswer(found)) return found;
  const { repository, issue } = found;
  const comment = ctx.state.addComment(repository, issue.number, String(ctx.body.body), callerLogin(ctx));
  return { status: 201, body: commentJson(ctx.urls, ctx.state, repository, comment) };
}

export function updateComment(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const comment = repository.comments.get(Number(ctx.params.comment_id));
  if (comment === undefined) return notFound();
  comment.body = String(ctx.body.body);
  comment.updatedAt = ctx.state.now();
  return { status: 200, body: commentJson(ctx.urls, ctx.state, repository, comment) };
}

export function listLabels(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const { page, headers } = paginate(
    ctx,
    [...repository.labels.values()],
    `/repos/${repository.fullName}/labels`,
  );
  return { status: 200, body: page.map((l) => labelJson(ctx.urls, repository, l)), headers };
}

export function createLabel(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const name = String(ctx.body.name);
  if (repository.labels.has(name.toLowerCase())) {
    return errorAnswer(422, 'Validation Failed', ctx.operation.docUrl, {
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
  }
  const color = typeof ctx.body.color === 'string' ? ctx.body.color.replace(/^#/, '') : 'ededed';
  const description = typeof ctx.body.description === 'string' ? ctx.body.description : null;
  const label = ctx.state.label(repository, name, color, description);
  return { status: 201, body: labelJson(ctx.urls, repository, label) };
}

function findIssue(ctx: RestContext): { repository: FakeRepository; issue: FakeIssue } | RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const issue = repository.issues.get(Number(ctx.params.issue_number));
  return issue === undefined ? notFound() : { repository, issue };
}

function milestoneMatches(repository: FakeRepository, issue: FakeIssue, filter: string | null): boolean {
  if (filter === null) return true;
  if (filter === '*') return issue.milestone !== null;
  if (filter === 'none') return issue.milestone === null;
  return issue.milestone === repository.milestones.get(Number(filter))?.number;
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l: unknown) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)));
}

function callerLogin(ctx: RestContext): string {
  return ctx.caller.kind === 'token' ? ctx.caller.token.account.login : 'ghost';
}

function invalidField(ctx: RestContext, resource: string, field: string): RestAnswer {
  return errorAnswer(422, 'Validation Failed', ctx.operation.docUrl, {
    errors: [{ resource, code: 'invalid', field }],
  });
}
