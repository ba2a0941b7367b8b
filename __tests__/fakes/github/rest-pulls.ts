import { labelJson, milestoneJson, repositoryJson, userJson } from './rest-representations.js';
import type { RestAnswer, RestContext } from './rest-support.js';
import { findRepository, isAnswer, notFound, paginate } from './rest-support.js';
import type { FakeIssue, FakeRepository } from './state.js';

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
export function getPull(ctx: RestContext): RestAnswer {
  const found = findPull(ctx);
  if (isAnswer(found)) return found;
  return { status: 200, body: pullJson(ctx, found.repository, found.issue) };
}

/** `GET …/pulls/{pull_number}/files`: GitHub lists at most 3,000 files. */
export function listPullFiles(ctx: RestContext): RestAnswer {
  const found = findPull(ctx);
  if (isAnswer(found)) return found;
  const { repository, issue } = found;
  const files = (issue.pullRequest?.files ?? []).slice(0, 3000);
  const { page, headers } = paginate(ctx, files, `/repos/${repository.fullName}/pulls/${issue.number}/files`);
  const html = `${ctx.urls.html}/${repository.fullName}`;
  const sha = issue.pullRequest?.headSha ?? '';
  return {
    status: 200,
    headers,
    body: page.map((file) => ({
      sha: sha,
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: `${html}/blob/${sha}/${file.filename}`,
      raw_url: `${html}/raw/${sha}/${file.filename}`,
      contents_url: `${ctx.urls.api}/repos/${repository.fullName}/contents/${file.filename}?ref=${sha}`,
      ...(file.patch === undefined ? {} : { patch: file.patch }),
    })),
  };
}

function findPull(ctx: RestContext): { repository: FakeRepository; issue: FakeIssue } | RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const issue = repository.issues.get(Number(ctx.params.pull_number));
  return issue?.pullRequest === undefined ? notFound() : { repository, issue };
}

function pullJson(ctx: RestContext, repository: FakeRepository, issue: FakeIssue): Record<string, unknown> {
  const pr = issue.pullRequest!;
  const { urls, state } = ctx;
  const api = `${urls.api}/repos/${repository.fullName}`;
  const html = `${urls.html}/${repository.fullName}/pull/${issue.number}`;
  const milestone = issue.milestone === null ? undefined : repository.milestones.get(issue.milestone);
  const branch = (ref: string, sha: string): Record<string, unknown> => ({
    label: `${repository.owner.login}:${ref}`,
    ref,
    sha,
    user: userJson(urls, repository.owner),
    repo: repositoryJson(urls, repository),
  });
  const href = (url: string): { href: string } => ({ href: url });
  const additions = pr.files.reduce((sum, f) => sum + f.additions, 0);
  const deletions = pr.files.reduce((sum, f) => sum + f.deletions, 0);
  return {
    url: `${api}/pulls/${issue.number}`,
    id: issue.id,
    node_id: issue.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${api}/pulls/${issue.number}/commits`,
    review_comments_url: `${api}/pulls/${issue.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userJson(urls, state.account(issue.author)),
    body: issue.body,
    labels: issue.labels.map((name) => labelJson(urls, repository, state.label(repository, name))),
    milestone: milestone === undefined ? null : milestoneJson(urls, state, repository, milestone),
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pr.merged ? issue.updatedAt : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    draft: pr.draft,
    head: branch(pr.headRef, pr.headSha),
    base: branch(pr.baseRef, pr.baseSha),
    _links: {
      self: href(`${api}/pulls/${issue.number}`),
      html: href(html),
      issue: href(`${api}/issues/${issue.number}`),
      comments: href(`${api}/issues/${issue.number}/comments`),
      review_comments: href(`${api}/pulls/${issue.number}/comments`),
      review_comment: href(`${api}/pulls/comments{/number}`),
      commits: href(`${api}/pulls/${issue.number}/commits`),
      statuses: href(`${api}/statuses/${pr.headSha}`),
    },
    author_association: issue.author === repository.owner.login ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    merged: pr.merged,
    mergeable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: [...repository.comments.values()].filter((c) => c.issueNumber === issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions,
    deletions,
    changed_files: pr.files.length,
  };
}
