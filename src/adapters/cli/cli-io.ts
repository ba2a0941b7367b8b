import type { Workspace } from '../../app/workspace.js';
import type { TextOrPieces } from '../../core/report/json-chunks.js';

/** What the CLI needs from the outside world: the workspace (the working directory) and its terminal. */
export interface CliIo extends Workspace {
  cwd: string;
  /** The environment (credentials of a live backlog such as JIRA_API_TOKEN); none when left out. */
  env?: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  /** Whether standard output takes ANSI colours (NO_COLOR, FORCE_COLOR, a terminal); default no. */
  color?: boolean;
  stderr(text: string): void;
  /** Writes a text, or its pieces in order (a large report is never held whole). */
  writeFile(path: string, text: TextOrPieces): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Whether a file or folder is there (finding the configuration, `init` never overwriting). */
  exists(path: string): Promise<boolean>;
  /** Makes a folder and its parents (for `init`); absent where files are only read. */
  makeFolder?(path: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Asks a question and returns the answer; present only when a person is at a terminal. */
  ask?(question: string): Promise<string>;
  /** Shows (or, with an empty text, clears) a progress line; present only when stderr is a terminal. */
  progress?(text: string): void;
}

/** Exit statuses: 0 nothing at or above --fail-on, 1 such findings, 2 usage error or unreadable input. */
export const exitCodes = { clean: 0, findings: 1, usage: 2 } as const;
