import type { StartedRun } from '../../../app/start-run.js';
import type { NodeWorkspace } from '../../node/node-workspace.js';
import type { ActionInputs } from './action-inputs.js';
import type { RepositoryContext } from './repository-context.js';

/** Everything a route works with, wired once in run-action.ts. */
export interface ActionRun {
  inputs: ActionInputs;
  /** Files relative to the workspace (the repository's checkout). */
  workspace: NodeWorkspace;
  github: RepositoryContext;
  /** Who the token writes as (asked at most once). */
  identity: () => Promise<string>;
  /** The run's request, its inputs (read once) and the workspace's model analysed. */
  started: StartedRun;
}

/** What a route reports back: why the run fails (if it does) and what was skipped, and why. */
export interface RouteResult {
  failure?: string;
  skipped: string[];
}
