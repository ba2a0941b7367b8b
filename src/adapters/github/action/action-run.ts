import type { Analysis } from '../../../core/analyse.js';
import type { CliIo } from '../../cli/cli-io.js';
import type { ActionInputs } from './action-inputs.js';
import type { RepositoryContext } from './repository-context.js';
import type { SharedInputs } from './workspace-analysis.js';

/** Everything a route works with, wired once in main.ts. */
export interface ActionRun {
  inputs: ActionInputs;
  /** Files relative to the workspace (the repository's checkout). */
  io: CliIo;
  github: RepositoryContext;
  /** Who the token writes as (asked at most once). */
  identity: () => Promise<string>;
  shared: SharedInputs;
  /** The workspace's model, analysed. */
  head: Analysis;
}

/** What a route reports back: why the run fails (if it does) and what was skipped, and why. */
export interface RouteResult {
  failure?: string;
  skipped: string[];
}
