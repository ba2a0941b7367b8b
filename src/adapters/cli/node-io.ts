import { maxInputBytes, nodeWorkspace } from '../node/node-workspace.js';
import { lstat, mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';

import type { CliIo } from './cli-io.js';
import { escapeControls } from '../../core/report/escape-controls.js';

/** The CLI's port on a real machine: the working directory is the workspace. */
export function nodeIo(cwd: string = process.cwd()): CliIo {
  const workspace = nodeWorkspace(cwd);
  return {
    ...workspace,
    cwd,
    // `-` is standard input, for the model (`check -`) and the backlog (`--backlog file:-`).
    readFile: (path) => (path === '-' ? readStandardInput() : workspace.readFile(path)),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    color: wantsColor(process.env, process.stdout.isTTY),
    // Messages quote file names and model text: no control character reaches the terminal raw.
    stderr: (text) => process.stderr.write(escapeControls(text, { keepLineFeeds: true })),
    async makeFolder(path) {
      try {
        await mkdir(resolve(cwd, path), { recursive: true });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: describeFsError(path, error) };
      }
    },
    ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
    ...(process.stderr.isTTY ? { progress } : {}),
    // Whether something is there, a link whatever it points to: a link that leaves the workspace is
    // then refused when read, as on the other front ends, not silently taken for no file.
    async exists(path) {
      try {
        await lstat(resolve(cwd, path));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** `-`: standard input, read to its end, with the same size limit as a file. */
async function readStandardInput(): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxInputBytes) {
      return {
        ok: false,
        reason: `standard input holds more than ${maxInputBytes} bytes; threat-align reads up to that`,
      };
    }
    chunks.push(chunk);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

async function ask(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await lines.question(question);
  } finally {
    lines.close();
  }
}

/** One line on stderr, rewritten in place (carriage return, erase to the end of the line). */
function progress(text: string): void {
  process.stderr.write(`\r\x1b[K${text}`);
}

function describeFsError(path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `${path} does not exist`;
  if (code === 'EACCES' || code === 'EPERM') return `${path} cannot be written: permission denied`;
  return `${path} cannot be written (${code || 'unknown error'})`;
}

/**
 * https://no-color.org and FORCE_COLOR: FORCE_COLOR (but 0 or false) forces colours, NO_COLOR turns them off, else a terminal gets them.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function wantsColor(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean | undefined,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true && env.TERM !== 'dumb';
}
