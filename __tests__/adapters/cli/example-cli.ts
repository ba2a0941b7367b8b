import { nodeIo } from '../../../src/adapters/cli/node-io.js';
import { runCli } from '../../../src/adapters/cli/run-cli.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;

/** The shipped example and its backlog file, as a command's arguments. */
export const example = [
  'examples/online-shop/threatmodel.yaml',
  '--backlog',
  'file:examples/online-shop/backlog.json',
];

/** The CLI on the real example, in the repository folder, with its output captured. */
export async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = nodeIo(repoRoot);
  const printed = { stdout: '', stderr: '' };
  io.stdout = (text) => {
    printed.stdout += text;
  };
  io.stderr = (text) => {
    printed.stderr += text;
  };
  return { status: await runCli(argv, io), ...printed };
}
