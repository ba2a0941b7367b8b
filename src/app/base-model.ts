/**
 * The model at a pull request's base, as a platform gives it: its bytes, `absent` (a new model:
 * every finding is new), or why it is unknown (no change section; `fail-on-new-only` then judges
 * every finding).
 */
export type BaseModelRead =
  { state: 'read'; bytes: Uint8Array } | { state: 'absent' } | { state: 'unknown'; reason: string };

/**
 * The platform facts a pull-request run needs beyond the workspace: the base model (GitHub's
 * contents API, Azure Repos' items API, or the local clone) and the stories the pull request
 * closes (where the platform knows them).
 */
export interface PullRequestFacts {
  readBaseModel(path: string): Promise<BaseModelRead>;
  /** Backlog ids of the stories the pull request closes; a string says why they are unknown. */
  readClosingStories?(): Promise<string[] | { unknown: string }>;
}
