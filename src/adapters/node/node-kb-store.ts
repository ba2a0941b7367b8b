import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { KbFile, KnowledgeBaseStore } from '../../core/kb/kb-files.js';
import type { FileLocation } from '../../core/findings/finding.js';
import { decodeText } from '../../core/source/decode-text.js';
import { packageRoot } from './package-root.js';
import { preParsedPath, readPreParsed, sha256 } from './pre-parsed-kb.js';
import { outsideReason, realRoot, resolveInWorkspace } from './workspace-path.js';

const yamlFile = /\.ya?ml$/i;

/**
 * Knowledge bases on disk: shipped ones under `<shippedRoot>/<name>/<version>/`, others as folders
 * relative to `cwd`, which must lie inside the workspace (`cwd`'s real path unless given), like
 * every file they hold. Reported paths are relative, as a user would type them.
 */
export function nodeKbStore(options: {
  cwd: string;
  shippedRoot?: string;
  workspace?: Promise<string>;
}): KnowledgeBaseStore {
  const shippedRoot = options.shippedRoot ?? join(packageRoot(), 'kb');
  const workspace = options.workspace ?? realRoot(options.cwd);
  return {
    async shippedVersions(name) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return [];
      try {
        const entries = await readdir(join(shippedRoot, name), { withFileTypes: true });
        return entries.filter((e) => e.isDirectory() && /^\d+\.\d+\.\d+/.test(e.name)).map((e) => e.name);
      } catch {
        return [];
      }
    },
    async readShipped(name, version) {
      const folder = join(shippedRoot, name, version);
      const preParsed = await readPreParsed(preParsedPath(shippedRoot, name, version));
      const read = await readYamlFolder(folder, `kb/${name}/${version}`, preParsed);
      return read.ok ? read.files : undefined;
    },
    async readFolder(path) {
      const root = await workspace;
      const where = await resolveInWorkspace(root, resolve(options.cwd, path));
      if (where.state === 'outside') return { ok: false, reason: outsideReason(path) };
      if (where.state === 'missing') return { ok: false, reason: `${path} does not exist` };
      return readYamlFolder(where.real, path, undefined, root);
    },
  };
}

async function readYamlFolder(
  folder: string,
  shownAs: string,
  preParsed?: ReadonlyMap<string, { sha256: string; value: unknown }>,
  workspace?: string,
): Promise<{ ok: true; files: KbFile[] } | { ok: false; reason: string; at?: FileLocation }> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory())
      return { ok: false, reason: `${shownAs} is not a folder of knowledge-base files` };
    const names = (await readdir(folder)).filter((n) => yamlFile.test(n)).sort();
    if (names.length === 0) return { ok: false, reason: `${shownAs} holds no .yaml knowledge-base files` };
    const files: KbFile[] = [];
    for (const n of names) {
      const path = `${shownAs}/${n}`;
      let file = join(folder, n);
      if (workspace !== undefined) {
        // Each file of the folder too: a link in it must not lead out of the workspace.
        const where = await resolveInWorkspace(workspace, file);
        if (where.state === 'outside') return { ok: false, reason: outsideReason(path) };
        if (where.state === 'missing') return { ok: false, reason: `${path} does not exist` };
        file = where.real;
      }
      // Decoded strictly, like a model: a lenient decode would turn bad bytes into U+FFFD in silence.
      const bytes = new Uint8Array(await readFile(file));
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        const at = { file: path, line: decoded.line, column: decoded.column };
        return { ok: false, reason: decoded.message, at };
      }
      const ahead = preParsed?.get(n);
      files.push(
        ahead !== undefined && ahead.sha256 === sha256(bytes)
          ? { path, text: decoded.text, preParsed: ahead.value }
          : { path, text: decoded.text },
      );
    }
    return { ok: true, files };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    return {
      ok: false,
      reason:
        code === 'ENOENT' ? `${shownAs} does not exist` : `${shownAs} cannot be read (${code || 'error'})`,
    };
  }
}
