import type { CliIo } from '../../src/adapters/cli/cli-io.js';
import type { KnowledgeBaseStore } from '../../src/core/kb/kb-files.js';
import { memoryKbStore } from './memory-kb-store.js';

/** A CliIo over in-memory files that records everything the CLI prints and writes. */
export interface RecordingCliIo extends CliIo {
  readonly printed: { stdout: string; stderr: string };
  readonly written: Record<string, string>;
}

export interface RecordingCliIoOptions {
  /** File contents by the path the CLI is given. */
  files?: Record<string, string | Uint8Array>;
  /** Paths that are folders, not files. */
  folders?: string[];
  knowledgeBases?: KnowledgeBaseStore;
}

/** Reasons are worded as the real adapter (node-workspace.ts) words them. */
export function recordingCliIo(options: RecordingCliIoOptions = {}): RecordingCliIo {
  const files = { ...options.files };
  const folders = new Set(options.folders ?? []);
  const printed = { stdout: '', stderr: '' };
  const written: Record<string, string> = {};
  return {
    cwd: '/repo',
    knowledgeBases: options.knowledgeBases ?? memoryKbStore({}),
    printed,
    written,
    stdout: (text) => {
      printed.stdout += text;
    },
    stderr: (text) => {
      printed.stderr += text;
    },
    readFile: (path) => {
      if (folders.has(path))
        return Promise.resolve({ ok: false, reason: `${path} is a directory, not a file` });
      const content = files[path];
      if (content === undefined)
        return Promise.resolve({ ok: false, reason: `${path} does not exist`, missing: true });
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return Promise.resolve({ ok: true, bytes });
    },
    writeFile: (path, pieces) => {
      const text = typeof pieces === 'string' ? pieces : [...pieces].join('');
      files[path] = text;
      written[path] = text;
      return Promise.resolve({ ok: true });
    },
  };
}
