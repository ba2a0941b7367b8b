import { nodeWorkspace } from '../node/node-workspace.js';
import type { CliIo } from './cli-io.js';

/** The CLI's port on a real machine: the working directory is the workspace. */
export function nodeIo(cwd: string = process.cwd()): CliIo {
  return {
    ...nodeWorkspace(cwd),
    cwd,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}
