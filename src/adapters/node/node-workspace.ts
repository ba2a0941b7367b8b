import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Workspace, WorkspaceFile } from '../../app/workspace.js';
import type { TextOrPieces } from '../../core/report/json-chunks.js';
import { nodeKbStore } from './node-kb-store.js';
import { outsideReason, realRoot, resolveInWorkspace } from './workspace-path.js';
import { writeText } from './write-text.js';

/** Largest file threat-align reads: far above any real model, far below what would exhaust memory. */
const maxInputBytes = 64 * 1024 * 1024;

/** The workspace on disk, plus the one write a front end needs (report files). */
export interface NodeWorkspace extends Workspace {
  /** Writes a text, or its pieces in order (a large report is never held whole). */
  writeFile(path: string, text: TextOrPieces): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/**
 * The folder `root` as a run's workspace: every read is resolved to its real path and refused
 * unless it lies inside the root (knowledge-base folders too; the shipped kb/ is threat-align's
 * own). Reasons name the path as it was given, never anything of a link's target.
 */
export function nodeWorkspace(root: string, options: { shippedRoot?: string } = {}): NodeWorkspace {
  const real = realRoot(root);
  return {
    knowledgeBases: nodeKbStore({ cwd: root, workspace: real, ...options }),
    async readFile(path) {
      return readInside(await real, path);
    },
    async writeFile(path, text) {
      try {
        await writeText(resolve(root, path), text);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: describeFsError(path, error) };
      }
    },
  };
}

/** The bytes of a workspace file, or why not (see nodeWorkspace). */
async function readInside(root: string, path: string): Promise<WorkspaceFile> {
  const where = await resolveInWorkspace(root, path);
  if (where.state === 'outside') return { ok: false, reason: outsideReason(path) };
  if (where.state === 'missing') return { ok: false, reason: `${path} does not exist`, missing: true };
  try {
    const info = await stat(where.real);
    if (info.isDirectory()) return { ok: false, reason: `${path} is a directory, not a file` };
    if (info.size > maxInputBytes) {
      return {
        ok: false,
        reason: `${path} is ${info.size} bytes; threat-align reads files up to ${maxInputBytes} bytes`,
      };
    }
    return { ok: true, bytes: new Uint8Array(await readFile(where.real)) };
  } catch (error) {
    return { ok: false, reason: describeFsError(path, error) };
  }
}

function describeFsError(path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `${path} does not exist`;
  if (code === 'EACCES' || code === 'EPERM') return `${path} cannot be read: permission denied`;
  return `${path} cannot be read (${code || 'unknown error'})`;
}
