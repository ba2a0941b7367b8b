import { posix } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { KnowledgeBaseStore } from './kb-files.js';
import { compareVersions } from './kb-files.js';
import { loadKnowledgeBase, readManifest, type LoadedKnowledgeBase } from './load-kb.js';

/** A knowledge base resolved from a `use:` reference, or why it could not be. */
export interface ResolvedKnowledgeBase {
  loaded?: LoadedKnowledgeBase;
  /** Problems inside knowledge-base files, at their lines (TA106). */
  findings: Finding[];
  /** A problem with the reference itself (not shipped, unreadable folder), to report where it is written. */
  problem?: { check: 'TA104' | 'TA106'; message: string; hint: string };
}

const maxExtendsDepth = 8;
const shippedPattern = /^([a-z0-9][a-z0-9-]*)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** Parses `name@version`; undefined for a path. */
export function parseShippedReference(use: string): { name: string; version: string } | undefined {
  const match = shippedPattern.exec(use);
  return match?.[1] !== undefined && match[2] !== undefined
    ? { name: match[1], version: match[2] }
    : undefined;
}

/**
 * Resolves `core@1.0.0` or a folder path (relative to `relativeTo`), following `extends:` chains.
 * Folder paths are joined here, in POSIX form; the store maps them onto its file system.
 */
export async function resolveKnowledgeBase(
  use: string,
  store: KnowledgeBaseStore,
  relativeTo = '.',
  chain: readonly string[] = [],
): Promise<ResolvedKnowledgeBase> {
  const shipped = parseShippedReference(use);
  const key = shipped ? use : posix.normalize(posix.join(relativeTo, use));
  if (chain.includes(key)) {
    return {
      findings: [],
      problem: {
        check: 'TA106',
        message: `knowledge bases extend each other in a loop: ${[...chain, key].join(' → ')}`,
        hint: 'Remove one "extends:" of the loop.',
      },
    };
  }
  if (chain.length >= maxExtendsDepth) {
    return {
      findings: [],
      problem: {
        check: 'TA106',
        message: `knowledge bases extend each other more than ${maxExtendsDepth} levels deep`,
        hint: 'Flatten the chain of "extends:".',
      },
    };
  }

  let files;
  if (shipped) {
    files = await store.readShipped(shipped.name, shipped.version);
    if (!files) {
      const versions = (await store.shippedVersions(shipped.name)).sort(compareVersions);
      const message =
        versions.length > 0
          ? `knowledge base ${use} is not shipped with this threat-align (shipped: ${versions.map((v) => `${shipped.name}@${v}`).join(', ')})`
          : `no knowledge base named "${shipped.name}" is shipped with this threat-align`;
      const hint =
        versions.length > 0
          ? `Use ${shipped.name}@${versions.at(-1) ?? ''}, then run threat-align kb pin.`
          : 'Use core@VERSION, or a path such as ./kb/acme.';
      return { findings: [], problem: { check: 'TA104', message, hint } };
    }
  } else {
    const read = await store.readFolder(key);
    // A file of the folder that cannot be read as text: a problem of that file, at its place.
    if (!read.ok && read.at) {
      const finding: Finding = {
        check: 'TA106',
        severity: 'error',
        message: read.reason,
        location: read.at,
        hint: 'Save the knowledge-base file as UTF-8 text.',
        subject: `kb:${read.at.file}:encoding`,
      };
      return { findings: [finding] };
    }
    if (!read.ok)
      return {
        findings: [],
        problem: {
          check: 'TA106',
          message: read.reason,
          hint: 'Give the path of a folder of knowledge-base YAML files, relative to the model.',
        },
      };
    files = read.files;
  }

  const { manifest, findings, parsed } = readManifest(files);
  if (!manifest) return { findings };
  let base: LoadedKnowledgeBase | undefined;
  if (manifest.extends !== undefined) {
    const resolvedBase = await resolveKnowledgeBase(manifest.extends, store, shipped ? '.' : key, [
      ...chain,
      key,
    ]);
    if (!resolvedBase.loaded) return resolvedBase;
    base = resolvedBase.loaded;
  }
  const loaded = loadKnowledgeBase(files, base, parsed);
  return loaded.loaded ? { loaded: loaded.loaded, findings: [] } : { findings: loaded.findings };
}
