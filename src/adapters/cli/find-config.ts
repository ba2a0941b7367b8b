import { dirname, join, relative, resolve } from 'node:path';
import type { CliIo } from './cli-io.js';

const configFileName = '.threat-align.yaml';

/**
 * The configuration a run uses when no --config names one: `.threat-align.yaml` in the model's
 * folder, else in each folder above it up to the repository root (the first folder holding
 * `.git`) or the working directory, whichever comes first: the working directory is the run's
 * workspace, and nothing outside it is read. Outside a repository, in the model's folder, then in
 * the working directory (where earlier versions looked): a stray file higher up is never picked
 * up. The path is relative to the working directory, as a user would type it; undefined when
 * there is none.
 */
export async function findConfig(
  modelFile: string,
  io: Pick<CliIo, 'cwd' | 'exists'>,
): Promise<string | undefined> {
  const shown = (absolute: string) => relative(io.cwd, absolute) || '.';
  const start = modelFile === '-' ? resolve(io.cwd) : resolve(io.cwd, dirname(modelFile));
  const folders: string[] = [];
  const workspace = resolve(io.cwd);
  for (let folder = start; ;) {
    folders.push(folder);
    if (folder === workspace || (await io.exists(shown(join(folder, '.git'))))) break;
    const parent = dirname(folder);
    if (parent === folder) {
      // No repository: the model's folder, then the working directory.
      folders.splice(1, folders.length, resolve(io.cwd));
      break;
    }
    folder = parent;
  }
  for (const folder of folders) {
    const candidate = shown(join(folder, configFileName));
    if (await io.exists(candidate)) return candidate;
  }
  return undefined;
}
