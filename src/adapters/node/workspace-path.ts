import { lstat, readlink, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a path of the workspace really is: `inside` (its real path), `missing` (nothing there, and
 * everything up to it is inside), or `outside` (a `..`, an absolute path or a symbolic link leads
 * out). The path is resolved one component at a time, and a link is followed only while it stays
 * inside, so nothing outside the workspace is ever looked at: a refusal says the same whether the
 * target exists or not.
 */
export type WorkspacePath = { state: 'inside'; real: string } | { state: 'missing' } | { state: 'outside' };

/** Links followed before a path is taken as a loop. */
const maxLinks = 40;

/** The real path of a workspace root, resolved once (a root may itself sit behind a link). */
export async function realRoot(root: string): Promise<string> {
  try {
    return await realpath(resolve(root));
  } catch {
    return resolve(root);
  }
}

/** Resolves `path` (relative to `root`, or absolute) inside the real folder `root`. */
export async function resolveInWorkspace(root: string, path: string): Promise<WorkspacePath> {
  const start = within(root, resolve(root, path));
  if (start === undefined) return { state: 'outside' };
  let pending = start;
  let current = root;
  let links = 0;
  while (pending.length > 0) {
    const segment = pending.shift() ?? '';
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (current === root) return { state: 'outside' };
      current = join(current, '..');
      continue;
    }
    const next = join(current, segment);
    let link = false;
    try {
      link = (await lstat(next)).isSymbolicLink();
    } catch {
      return { state: 'missing' };
    }
    if (!link) {
      current = next;
      continue;
    }
    if (++links > maxLinks) return { state: 'outside' };
    const target = await readlink(next);
    if (isAbsolute(target)) {
      const rest = within(root, resolve(target));
      if (rest === undefined) return { state: 'outside' };
      pending = [...rest, ...pending];
      current = root;
    } else pending = [...segments(target), ...pending];
  }
  return { state: 'inside', real: current };
}

/** The components of `full` below `root`, or undefined when it is not below it. */
function within(root: string, full: string): string[] | undefined {
  const rest = relative(root, full);
  if (rest === '') return [];
  if (isAbsolute(rest) || rest === '..' || rest.startsWith(`..${sep}`)) return undefined;
  return segments(rest);
}

function segments(path: string): string[] {
  return path.split(/[\\/]+/);
}

/** The one refusal of a path that leaves the workspace: the same whether anything is there or not. */
export function outsideReason(path: string): string {
  return `${path} is outside the workspace: threat-align reads only files inside it (no "..", absolute path or link that leads out)`;
}
