import { nodeWorkspace } from '../node/node-workspace.js';
import type { CliIo } from './cli-io.js';
import { escapeControls } from '../../core/report/escape-controls.js';

/** The CLI's port on a real machine: the working directory is the workspace. */
export function nodeIo(cwd: string = process.cwd()): CliIo {
  return {
    ...nodeWorkspace(cwd),
    cwd,
    stdout: (text) => process.stdout.write(text),
    color: wantsColor(process.env, process.stdout.isTTY),
    // Messages quote file names and model text: no control character reaches the terminal raw.
    stderr: (text) => process.stderr.write(escapeControls(text, { keepLineFeeds: true })),
  };
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
