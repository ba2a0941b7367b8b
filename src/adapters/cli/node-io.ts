import { nodeWorkspace } from '../node/node-workspace.js';
import type { CliIo } from './cli-io.js';
import { escapeControls } from '../../core/report/escape-controls.js';

/** The CLI's port on a real machine: the working directory is the workspace. */
export function nodeIo(cwd: string = process.cwd()): CliIo {
  return {
    ...nodeWorkspace(cwd),
    cwd,
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    // Messages quote file names and model text: no control character reaches the terminal raw.
    stderr: (text) => process.stderr.write(escapeControls(text, { keepLineFeeds: true })),
  };
}
