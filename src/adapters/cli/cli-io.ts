import type { KnowledgeBaseStore } from '../../core/kb/kb-files.js';
import type { TextOrPieces } from '../../core/report/json-chunks.js';

/** What the CLI needs from the outside world: the port its commands work through. */
export interface CliIo {
  knowledgeBases: KnowledgeBaseStore;
  cwd: string;
  stdout(text: string): void;
  /** Whether standard output takes ANSI colours (NO_COLOR, FORCE_COLOR, a terminal); default no. */
  color?: boolean;
  stderr(text: string): void;
  /** The file's bytes, or a sentence saying why it cannot be read. */
  readFile(path: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }>;
  exists(path: string): Promise<boolean>;
  /** Writes a text, or its pieces in order (a large report is never held whole). */
  writeFile(path: string, text: TextOrPieces): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/** Exit statuses: 0 nothing at or above --fail-on, 1 such findings, 2 usage error or unreadable input. */
export const exitCodes = { clean: 0, findings: 1, usage: 2 } as const;
