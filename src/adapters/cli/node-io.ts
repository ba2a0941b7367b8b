import { readFile, stat } from 'node:fs/promises';
import { nodeKbStore } from '../node/node-kb-store.js';
import { writeText } from '../node/write-text.js';
import { resolve } from 'node:path';
import type { CliIo } from './cli-io.js';
import { escapeControls } from '../../core/report/escape-controls.js';

/** Largest file threat-align reads: far above any real model, far below what would exhaust memory. */
export const maxInputBytes = 64 * 1024 * 1024;

export function nodeIo(cwd: string = process.cwd()): CliIo {
  return {
    cwd,
    knowledgeBases: nodeKbStore({ cwd }),
    stdout: (text) => process.stdout.write(text),
    color: wantsColor(process.env, process.stdout.isTTY),
    // Messages quote file names and model text: no control character reaches the terminal raw.
    stderr: (text) => process.stderr.write(escapeControls(text, { keepLineFeeds: true })),
    async readFile(path) {
      const full = resolve(cwd, path);
      try {
        const info = await stat(full);
        if (info.isDirectory()) return { ok: false, reason: `${path} is a directory, not a file` };
        if (info.size > maxInputBytes) {
          return {
            ok: false,
            reason: `${path} is ${info.size} bytes; threat-align reads files up to ${maxInputBytes} bytes`,
          };
        }
        return { ok: true, bytes: new Uint8Array(await readFile(full)) };
      } catch (error) {
        return { ok: false, reason: describeFsError(path, error) };
      }
    },
    async writeFile(path, text) {
      try {
        await writeText(resolve(cwd, path), text);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: describeFsError(path, error) };
      }
    },
    async exists(path) {
      try {
        await stat(resolve(cwd, path));
        return true;
      } catch {
        return false;
      }
    },
  };
}

function describeFsError(path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `${path} does not exist`;
  if (code === 'EACCES' || code === 'EPERM') return `${path} cannot be read: permission denied`;
  return `${path} cannot be read (${code || 'unknown error'})`;
}

/** https://no-color.org and FORCE_COLOR: FORCE_COLOR (but 0 or false) forces colours, NO_COLOR turns them off, else a terminal gets them. */
export function wantsColor(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean | undefined,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true && env.TERM !== 'dumb';
}
