import type { Workspace } from '../../app/workspace.js';
import type { TextOrPieces } from '../../core/report/json-chunks.js';

/** What the CLI needs from the outside world: the workspace (the working directory) and its terminal. */
export interface CliIo extends Workspace {
  cwd: string;
  stdout(text: string): void;
  /** Whether standard output takes ANSI colours (NO_COLOR, FORCE_COLOR, a terminal); default no. */
  color?: boolean;
  stderr(text: string): void;
  /** Writes a text, or its pieces in order (a large report is never held whole). */
  writeFile(path: string, text: TextOrPieces): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/** Exit statuses: 0 nothing at or above --fail-on, 1 such findings, 2 usage error or unreadable input. */
export const exitCodes = { clean: 0, findings: 1, usage: 2 } as const;
