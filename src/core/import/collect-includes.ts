import { parse } from 'yaml';
import { normalizePath } from './threagile/threagile-sections.js';

/** Most files an include tree may bring in, and how deep it may nest: beyond, the reader reports the rest. */
const maxIncludedFiles = 64;
const maxIncludeDepth = 8;

/**
 * The texts of the files a Threagile model includes, transitively, keyed as the reader expects
 * them: paths normalised relative to the model's folder, nested includes relative to the file that
 * names them. `read` is the caller's file access (a port); a file it cannot read is left out, and
 * the reader reports it (TA107) where it is named.
 */
export async function collectIncludes(
  text: string,
  read: (path: string) => Promise<string | undefined>,
): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const queue: { path: string; depth: number }[] = includesOf(text, '').map((path) => ({ path, depth: 1 }));
  while (queue.length > 0 && Object.keys(found).length < maxIncludedFiles) {
    const next = queue.shift();
    if (!next || Object.hasOwn(found, next.path) || next.depth > maxIncludeDepth) continue;
    const included = await read(next.path);
    if (included === undefined) continue;
    found[next.path] = included;
    const slash = next.path.lastIndexOf('/');
    const folder = slash === -1 ? '' : next.path.slice(0, slash + 1);
    for (const path of includesOf(included, folder)) queue.push({ path, depth: next.depth + 1 });
  }
  return found;
}

function includesOf(text: string, folder: string): string[] {
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100 });
  } catch {
    return []; // the reader reports the syntax error where it is
  }
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'includes')) return [];
  const list = (value as { includes?: unknown }).includes;
  return Array.isArray(list)
    ? list.filter((p): p is string => typeof p === 'string').map((p) => normalizePath(`${folder}${p}`))
    : [];
}
