import type { IGitApi } from 'azure-devops-node-api/GitApi.js';
import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import type { Workspace } from '../../app/workspace.js';
import type { TextOrPieces } from '../../core/report/json-chunks.js';
import type { RevisionFile } from '../node/read-file-at-revision.js';

/** Everything the task does outside itself, wired by hand in main.ts (and by tests). */
export interface TaskIo {
  /** Build.SourcesDirectory: the files and knowledge bases a run reads, never outside it. */
  workspace: Workspace;
  /** Writes a text, or its pieces in order, under Build.SourcesDirectory or at an absolute path. */
  writeFile(path: string, text: TextOrPieces): Promise<void>;
  workItems(): Promise<Pick<IWorkItemTrackingApi, 'queryByWiql' | 'getWorkItemsBatch' | 'createWorkItem'>>;
  git(): Promise<Pick<IGitApi, 'getThreads' | 'createThread' | 'updateComment' | 'getItemContent'>>;
  /** The id of the identity the token belongs to (connection data), that the task writes as. */
  identity(): Promise<string>;
  /** A file at a revision of the local clone (Build.SourcesDirectory), read with the agent's git. */
  readCheckoutFile(revision: string, path: string): Promise<RevisionFile>;
  info(text: string): void;
  warning(text: string): void;
  logIssue(
    severity: 'error' | 'warning',
    message: string,
    file?: string,
    line?: number,
    column?: number,
    code?: string,
  ): void;
  /** Attaches a Markdown file to the build's summary page. */
  uploadSummary(file: string): void;
  setResult(failed: boolean, message: string): void;
}
