import type { KnowledgeBaseStore } from '../core/kb/kb-files.js';

/**
 * A file read from the workspace: its bytes, or why not. `missing` says the path names nothing
 * inside the workspace (an optional file such as the default configuration may then be skipped);
 * a path refused because it leaves the workspace is never `missing`, so a reply does not tell
 * whether something exists out there.
 */
export type WorkspaceFile = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; missing?: true };

/**
 * The one file port of a run: the files of the workspace (the repository's checkout, or the
 * working directory of the CLI), by paths relative to its root, and the knowledge bases.
 */
export interface Workspace {
  readFile(path: string): Promise<WorkspaceFile>;
  readonly knowledgeBases: KnowledgeBaseStore;
}
