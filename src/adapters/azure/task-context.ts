import type { BacklogItemsMode } from '../../core/report/missing-items.js';
import type { FailOn } from '../../core/config/config.js';
import type { Profile } from '../../core/expand/expansion.js';
import type { JiraEnvironment } from '../jira/backlog-factory.js';

/** The task's inputs (task.json), read once at the entry point; the same meanings as the GitHub Action's. */
export interface TaskInputs {
  model: string;
  knowledgeBase?: string;
  profile?: Profile;
  config?: string;
  /** `azure-boards`, `file:PATH` or `none`. */
  backlog: string;
  /** The Jira site and credentials: the jira* inputs over the JIRA_* environment variables. */
  jira: JiraEnvironment;
  areaPath?: string;
  tags: string[];
  workItemTypes: string[];
  /** Undefined: the configuration's failOn, else error. */
  failOn?: FailOn;
  failOnNewOnly: boolean;
  prComment: boolean;
  loggedIssues: boolean;
  summary: boolean;
  sarifFile?: string;
  jsonFile?: string;
  /** Missing backlog items on scheduled and manual builds: listed (dry-run), created, or neither. */
  backlogItems: BacklogItemsMode;
  /** The work item type of created items, such as `Task` or `User Story`. */
  createWorkItemType: string;
  /** Where the detection rules, log contract and runbooks go on builds other than pull requests. */
  detectionFolder?: string;
}

/** What the pipeline says about the build (predefined variables). */
export interface BuildContext {
  /** Build.Reason: `PullRequest`, `Schedule`, `IndividualCI`, `Manual`… */
  reason: string;
  /** System.CollectionUri */
  collectionUrl: string;
  /** System.TeamProject */
  project: string;
  /** Build.Repository.ID and Build.Repository.Provider (`TfsGit`, `GitHub`…). */
  repositoryId?: string;
  repositoryProvider?: string;
  /** System.PullRequest.PullRequestId (Azure Repos); GitHub pull requests carry a number instead. */
  pullRequestId?: number;
  /** System.PullRequest.TargetBranch: `refs/heads/main` (Azure Repos) or `main` (GitHub). */
  targetBranch?: string;
  /** Build.Repository.Uri (the web URL of an Azure Repos repository), to link the model's lines. */
  repositoryUrl?: string;
  /** The commit the report is about: System.PullRequest.SourceCommitId, else Build.SourceVersion. */
  headCommit?: string;
  /** Build.SourcesDirectory: where relative paths start. */
  sourcesDirectory: string;
  /** Agent.TempDirectory: where the summary file is written. */
  tempDirectory: string;
}

/** The hidden marker that finds the thread again: `<!-- threat-align:azure-pipelines -->`. */
export const threadMarker = 'azure-pipelines';
/** At most this many logged issues; the rest are counted in one more. */
export const loggedIssueCap = 50;
