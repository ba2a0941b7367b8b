/** The shapes of what the fake GitHub stores; FakeGitHubState (state.ts) creates and changes them. */

/** What a GitHub App installation token (such as GITHUB_TOKEN) may do, per permission. */
export type Permission = 'issues' | 'pull_requests' | 'checks' | 'contents' | 'metadata';
export type Access = 'read' | 'write';

export interface FakeAccount {
  login: string;
  id: number;
  nodeId: string;
  type: 'User' | 'Bot' | 'Organization';
}

export interface FakeApp {
  id: number;
  slug: string;
  name: string;
  owner: string;
  nodeId: string;
}

export interface FakeToken {
  /** `user`: a personal or OAuth token; `installation`: GITHUB_TOKEN or an app installation; `app`: an app's JWT. */
  kind: 'user' | 'installation' | 'app';
  account: FakeAccount;
  app?: FakeApp;
  /** Installation tokens: what the token may do (what is missing, it may not). */
  permissions: Partial<Record<Permission, Access>>;
  /** Private repositories the token may see (`owner/name`); public ones are always visible. */
  repositories?: string[];
}

export interface FakeLabel {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeMilestone {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  state: 'open' | 'closed';
  creator: string;
  createdAt: string;
}

export type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';

export interface FakePullRequest {
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  files: {
    filename: string;
    status: 'added' | 'modified' | 'removed' | 'renamed';
    additions: number;
    deletions: number;
    patch?: string;
  }[];
  /** Issues of the same repository this pull request closes when merged (`closingIssuesReferences`). */
  closingIssues: number[];
}

export interface FakeIssue {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: StateReason | null;
  /** Label names, in the order they were added. */
  labels: string[];
  milestone: number | null;
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The parent issue, when this is a sub-issue. */
  parent?: { repository: string; number: number };
  pullRequest?: FakePullRequest;
  /** The issue's items in Projects (v2): the project's owner and number, and its iteration field values by field name. */
  projectItems?: FakeProjectItem[];
}

/** An issue's item in a Projects (v2) project, with its iteration field values by field name. */
export interface FakeProjectItem {
  owner: string;
  ownerType?: 'orgs' | 'users';
  project: number;
  archived?: boolean;
  iterations: Record<string, { title: string; startDate: string; duration: number }>;
}

export interface FakeComment {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface FakeCheckRun {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: FakeAnnotation[];
  /** How many annotations each create/update request carried (GitHub accepts 50 at most). */
  annotationBatches: number[];
  app: FakeApp;
}

export interface FakeRepository {
  id: number;
  nodeId: string;
  owner: FakeAccount;
  name: string;
  fullName: string;
  private: boolean;
  issues: Map<number, FakeIssue>;
  labels: Map<string, FakeLabel>;
  milestones: Map<number, FakeMilestone>;
  comments: Map<number, FakeComment>;
  checkRuns: Map<number, FakeCheckRun>;
  /** File contents by commit SHA or branch name, then by path (`GET …/contents/{path}?ref=`). */
  files: Map<string, Map<string, string>>;
}
