import type {
  FakeAccount,
  FakeAnnotation,
  FakeApp,
  FakeCheckRun,
  FakeComment,
  FakeGitHubState,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeRepository,
} from './state.js';

/** Where the fake's REST API and web pages live, for the URLs inside its answers. */
export interface Urls {
  /** `http://127.0.0.1:PORT` or `http://127.0.0.1:PORT/api/v3`. */
  api: string;
  /** `https://github.com` or the GHES host. */
  html: string;
}

type Json = Record<string, unknown>;

/** GitHub's JSON for a user or bot (`simple-user`). */
export function userJson(urls: Urls, account: FakeAccount): Json {
  const api = `${urls.api}/users/${account.login}`;
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    avatar_url: `${urls.html}/avatars/u/${account.id}`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.html}/${account.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    site_admin: false,
  };
}

/** `GET /user`: the public profile form (`public-user`). */
export function authenticatedUserJson(urls: Urls, account: FakeAccount): Json {
  return {
    ...userJson(urls, account),
    user_view_type: 'public',
    name: account.login,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
  };
}

export function appJson(urls: Urls, state: FakeGitHubState, app: FakeApp): Json {
  return {
    id: app.id,
    slug: app.slug,
    node_id: app.nodeId,
    owner: userJson(urls, state.account(app.owner, 'Organization')),
    name: app.name,
    description: null,
    external_url: `${urls.html}/apps/${app.slug}`,
    html_url: `${urls.html}/apps/${app.slug}`,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    permissions: { issues: 'write', checks: 'write', metadata: 'read', pull_requests: 'write' },
    events: [],
  };
}

export function repositoryJson(urls: Urls, repository: FakeRepository): Json {
  const api = `${urls.api}/repos/${repository.fullName}`;
  const html = `${urls.html}/${repository.fullName}`;
  const templated: Record<string, string> = {
    archive_url: '/{archive_format}{/ref}',
    assignees_url: '/assignees{/user}',
    blobs_url: '/git/blobs{/sha}',
    branches_url: '/branches{/branch}',
    collaborators_url: '/collaborators{/collaborator}',
    comments_url: '/comments{/number}',
    commits_url: '/commits{/sha}',
    compare_url: '/compare/{base}...{head}',
    contents_url: '/contents/{+path}',
    contributors_url: '/contributors',
    deployments_url: '/deployments',
    downloads_url: '/downloads',
    events_url: '/events',
    forks_url: '/forks',
    git_commits_url: '/git/commits{/sha}',
    git_refs_url: '/git/refs{/sha}',
    git_tags_url: '/git/tags{/sha}',
    hooks_url: '/hooks',
    issue_comment_url: '/issues/comments{/number}',
    issue_events_url: '/issues/events{/number}',
    issues_url: '/issues{/number}',
    keys_url: '/keys{/key_id}',
    labels_url: '/labels{/name}',
    languages_url: '/languages',
    merges_url: '/merges',
    milestones_url: '/milestones{/number}',
    notifications_url: '/notifications{?since,all,participating}',
    pulls_url: '/pulls{/number}',
    releases_url: '/releases{/id}',
    stargazers_url: '/stargazers',
    statuses_url: '/statuses/{sha}',
    subscribers_url: '/subscribers',
    subscription_url: '/subscription',
    tags_url: '/tags',
    teams_url: '/teams',
    trees_url: '/git/trees{/sha}',
  };
  const host = new URL(urls.html).host;
  return {
    id: repository.id,
    node_id: repository.nodeId,
    name: repository.name,
    full_name: repository.fullName,
    owner: userJson(urls, repository.owner),
    private: repository.private,
    html_url: html,
    description: null,
    fork: false,
    url: api,
    ...Object.fromEntries(Object.entries(templated).map(([key, suffix]) => [key, `${api}${suffix}`])),
    git_url: `git://${host}/${repository.fullName}.git`,
    ssh_url: `git@${host}:${repository.fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: 'main',
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: '2024-01-01T00:00:00Z',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

export function labelJson(urls: Urls, repository: FakeRepository, label: FakeLabel): Json {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${urls.api}/repos/${repository.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function milestoneJson(
  urls: Urls,
  state: FakeGitHubState,
  repository: FakeRepository,
  milestone: FakeMilestone,
): Json {
  const api = `${urls.api}/repos/${repository.fullName}/milestones/${milestone.number}`;
  const issues = [...repository.issues.values()].filter((i) => i.milestone === milestone.number);
  return {
    url: api,
    html_url: `${urls.html}/${repository.fullName}/milestone/${milestone.number}`,
    labels_url: `${api}/labels`,
    id: milestone.id,
    node_id: milestone.nodeId,
    number: milestone.number,
    state: milestone.state,
    title: milestone.title,
    description: null,
    creator: userJson(urls, state.account(milestone.creator)),
    open_issues: issues.filter((i) => i.state === 'open').length,
    closed_issues: issues.filter((i) => i.state === 'closed').length,
    created_at: milestone.createdAt,
    updated_at: milestone.createdAt,
    closed_at: null,
    due_on: null,
  };
}

/** An issue or pull request as the issues API shows it (`issue`). */
export function issueJson(
  urls: Urls,
  state: FakeGitHubState,
  repository: FakeRepository,
  issue: FakeIssue,
): Json {
  const api = `${urls.api}/repos/${repository.fullName}/issues/${issue.number}`;
  const kind = issue.pullRequest === undefined ? 'issues' : 'pull';
  const html = `${urls.html}/${repository.fullName}/${kind}/${issue.number}`;
  const milestone = issue.milestone === null ? undefined : repository.milestones.get(issue.milestone);
  const comments = [...repository.comments.values()].filter((c) => c.issueNumber === issue.number);
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: api,
    repository_url: `${urls.api}/repos/${repository.fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(urls, state.account(issue.author)),
    labels: issue.labels.map((name) => labelJson(urls, repository, state.label(repository, name))),
    assignee: null,
    assignees: [],
    milestone: milestone === undefined ? null : milestoneJson(urls, state, repository, milestone),
    locked: false,
    comments: comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: issue.author === repository.owner.login ? 'OWNER' : 'CONTRIBUTOR',
    ...(issue.pullRequest === undefined
      ? {}
      : {
          pull_request: {
            url: `${urls.api}/repos/${repository.fullName}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.pullRequest.merged ? issue.updatedAt : null,
          },
        }),
  };
}

export function commentJson(
  urls: Urls,
  state: FakeGitHubState,
  repository: FakeRepository,
  comment: FakeComment,
): Json {
  const issue = repository.issues.get(comment.issueNumber);
  const kind = issue?.pullRequest === undefined ? 'issues' : 'pull';
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${urls.api}/repos/${repository.fullName}/issues/comments/${comment.id}`,
    html_url: `${urls.html}/${repository.fullName}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${urls.api}/repos/${repository.fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(urls, state.account(comment.author)),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.author === repository.owner.login ? 'OWNER' : 'NONE',
  };
}

export function checkRunJson(
  urls: Urls,
  state: FakeGitHubState,
  repository: FakeRepository,
  run: FakeCheckRun,
): Json {
  const api = `${urls.api}/repos/${repository.fullName}/check-runs/${run.id}`;
  return {
    id: run.id,
    node_id: run.nodeId,
    head_sha: run.headSha,
    external_id: run.externalId,
    url: api,
    html_url: `${urls.html}/${repository.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: appJson(urls, state, run.app),
    pull_requests: [],
  };
}

export function annotationJson(
  urls: Urls,
  repository: FakeRepository,
  run: FakeCheckRun,
  annotation: FakeAnnotation,
): Json {
  return {
    path: annotation.path,
    blob_href: `${urls.html}/${repository.fullName}/blob/${run.headSha}/${annotation.path}`,
    start_line: annotation.start_line,
    end_line: annotation.end_line,
    start_column: annotation.start_column ?? null,
    end_column: annotation.end_column ?? null,
    annotation_level: annotation.annotation_level,
    title: annotation.title ?? null,
    message: annotation.message,
    raw_details: annotation.raw_details ?? null,
  };
}
