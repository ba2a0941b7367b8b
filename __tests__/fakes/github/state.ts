import type {
  FakeAccount,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeProjectItem,
  FakePullRequest,
  FakeRepository,
  FakeToken,
  StateReason,
} from './state-model.js';

export type * from './state-model.js';

export interface IssueSpec {
  title: string;
  body?: string | null;
  state?: 'open' | 'closed';
  stateReason?: StateReason | null;
  labels?: string[];
  milestone?: string;
  author?: string;
  parent?: number | { repository: string; number: number };
  projectItems?: FakeProjectItem[];
}

const EPOCH = Date.parse('2024-01-01T00:00:00Z');

/** Everything the fake GitHub knows: accounts, tokens, repositories and their contents. Tests seed it directly. */
export class FakeGitHubState {
  readonly accounts = new Map<string, FakeAccount>();
  readonly tokens = new Map<string, FakeToken>();
  readonly repositories = new Map<string, FakeRepository>();
  private lastId = 1000;
  private ticks = 0;

  /** A deterministic clock: every call is one second after the previous one. */
  now(): string {
    return new Date(EPOCH + 1000 * this.ticks++).toISOString().replace('.000Z', 'Z');
  }

  newId(): number {
    return ++this.lastId;
  }

  account(login: string, type: FakeAccount['type'] = login.endsWith('[bot]') ? 'Bot' : 'User'): FakeAccount {
    const key = login.toLowerCase();
    let account = this.accounts.get(key);
    if (account === undefined) {
      const id = this.newId();
      account = { login, id, nodeId: nodeId('U', id), type };
      this.accounts.set(key, account);
    }
    return account;
  }

  /** A personal token by default; `installation` for GITHUB_TOKEN-like tokens with explicit permissions. */
  addToken(
    token: string,
    spec: {
      kind?: FakeToken['kind'];
      login?: string;
      permissions?: FakeToken['permissions'];
      repositories?: string[];
      app?: string;
    } = {},
  ): FakeToken {
    const kind = spec.kind ?? 'user';
    const appSlug = spec.app ?? 'github-actions';
    const login = spec.login ?? (kind === 'user' ? 'octocat' : `${appSlug}[bot]`);
    const appId = this.newId();
    const entry: FakeToken = {
      kind,
      account: this.account(login),
      permissions: spec.permissions ?? {},
      ...(spec.repositories === undefined ? {} : { repositories: spec.repositories }),
      ...(kind === 'user'
        ? {}
        : {
            app: { id: appId, slug: appSlug, name: appSlug, owner: 'github', nodeId: nodeId('A', appId) },
          }),
    };
    this.tokens.set(token, entry);
    return entry;
  }

  addRepository(fullName: string, options: { private?: boolean } = {}): FakeRepository {
    const [owner = '', name = ''] = fullName.split('/');
    const id = this.newId();
    const repository: FakeRepository = {
      id,
      nodeId: nodeId('R', id),
      owner: this.account(owner),
      name,
      fullName,
      private: options.private ?? false,
      issues: new Map(),
      labels: new Map(),
      milestones: new Map(),
      comments: new Map(),
      checkRuns: new Map(),
      files: new Map(),
    };
    this.repositories.set(fullName.toLowerCase(), repository);
    return repository;
  }

  repository(fullName: string): FakeRepository | undefined {
    return this.repositories.get(fullName.toLowerCase());
  }

  /** An issue numbered after the repository's last issue or pull request; labels and milestone are created as needed. */
  addIssue(repository: FakeRepository, spec: IssueSpec): FakeIssue {
    const id = this.newId();
    const createdAt = this.now();
    const state = spec.state ?? 'open';
    const issue: FakeIssue = {
      id,
      nodeId: nodeId('I', id),
      number: repository.issues.size + 1,
      title: spec.title,
      body: spec.body === undefined ? '' : spec.body,
      state,
      stateReason: spec.stateReason ?? (state === 'closed' ? 'completed' : null),
      labels: (spec.labels ?? []).map((label) => this.label(repository, label).name),
      milestone: spec.milestone === undefined ? null : this.milestone(repository, spec.milestone).number,
      author: this.account(spec.author ?? 'octocat').login,
      createdAt,
      updatedAt: createdAt,
      closedAt: state === 'closed' ? createdAt : null,
      ...(spec.projectItems === undefined ? {} : { projectItems: spec.projectItems }),
      ...(spec.parent === undefined
        ? {}
        : {
            parent:
              typeof spec.parent === 'number'
                ? { repository: repository.fullName, number: spec.parent }
                : spec.parent,
          }),
    };
    repository.issues.set(issue.number, issue);
    return issue;
  }

  /** `count` issues titled `Issue 1`…, shaped further by `spec(i)` (i from 1). */
  addIssues(
    repository: FakeRepository,
    count: number,
    spec?: (i: number) => Partial<IssueSpec>,
  ): FakeIssue[] {
    return Array.from({ length: count }, (_, i) =>
      this.addIssue(repository, { title: `Issue ${i + 1}`, ...spec?.(i + 1) }),
    );
  }

  addPullRequest(
    repository: FakeRepository,
    spec: { title: string; body?: string; author?: string } & Partial<FakePullRequest>,
  ): FakeIssue {
    const issue = this.addIssue(repository, {
      title: spec.title,
      body: spec.body ?? '',
      author: spec.author,
    });
    issue.pullRequest = {
      headRef: spec.headRef ?? `feature-${issue.number}`,
      headSha: spec.headSha ?? sha(issue.id),
      baseRef: spec.baseRef ?? 'main',
      baseSha: spec.baseSha ?? sha(issue.id + 1),
      draft: spec.draft ?? false,
      merged: spec.merged ?? false,
      files: spec.files ?? [],
      closingIssues: spec.closingIssues ?? [],
    };
    return issue;
  }

  addComment(repository: FakeRepository, issueNumber: number, body: string, author: string): FakeComment {
    const id = this.newId();
    const at = this.now();
    const comment: FakeComment = {
      id,
      nodeId: nodeId('IC', id),
      issueNumber,
      body,
      author: this.account(author).login,
      createdAt: at,
      updatedAt: at,
    };
    repository.comments.set(id, comment);
    return comment;
  }

  /** Puts a file at a commit SHA or branch name, for the contents API. */
  addFile(repository: FakeRepository, ref: string, path: string, content: string): void {
    let tree = repository.files.get(ref);
    if (tree === undefined) {
      tree = new Map();
      repository.files.set(ref, tree);
    }
    tree.set(path, content);
  }

  /** The label of that name (case-insensitive), created if missing. */
  label(
    repository: FakeRepository,
    name: string,
    color = 'ededed',
    description: string | null = null,
  ): FakeLabel {
    const key = name.toLowerCase();
    let label = repository.labels.get(key);
    if (label === undefined) {
      const id = this.newId();
      label = { id, nodeId: nodeId('LA', id), name, color, description };
      repository.labels.set(key, label);
    }
    return label;
  }

  /** The milestone of that title, created if missing. */
  milestone(repository: FakeRepository, title: string): FakeMilestone {
    const existing = [...repository.milestones.values()].find((m) => m.title === title);
    if (existing !== undefined) return existing;
    const id = this.newId();
    const milestone: FakeMilestone = {
      id,
      nodeId: nodeId('MI', id),
      number: repository.milestones.size + 1,
      title,
      state: 'open',
      creator: repository.owner.login,
      createdAt: this.now(),
    };
    repository.milestones.set(milestone.number, milestone);
    return milestone;
  }
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`fake:${id}`).toString('base64url')}`;
}

function sha(seed: number): string {
  return (seed.toString(16).padStart(8, '0') + 'f'.repeat(32)).slice(0, 40);
}
