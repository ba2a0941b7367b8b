import type { FileLocation } from '../findings/finding.js';

/** One file of a knowledge-base folder, as the adapter read it. */
export interface KbFile {
  path: string;
  text: string;
  /**
   * The file's value, parsed ahead of time (the shipped knowledge bases' build artefact, which the
   * store checks against `text`'s sha256). Loading then skips parsing `text`; it is still validated,
   * and `text` is parsed only when a message needs a line and column.
   */
  preParsed?: unknown;
}

/** Where knowledge bases come from: the shipped ones under kb/, and folders given by path. Adapters implement it. */
export interface KnowledgeBaseStore {
  /** The versions of a shipped knowledge base, in any order; empty when none is shipped under that name. */
  shippedVersions(name: string): Promise<string[]>;
  /** The files of a shipped version, or undefined when it is not shipped. */
  readShipped(name: string, version: string): Promise<KbFile[] | undefined>;
  /** The YAML files of a folder given by path, or a sentence saying why it cannot be read. */
  readFolder(
    path: string,
  ): Promise<{ ok: true; files: KbFile[] } | { ok: false; reason: string; at?: FileLocation }>;
}

/** Compares semantic versions (pre-release tags order before their release). */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}
