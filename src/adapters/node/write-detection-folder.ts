import type { DetectionFile } from '../../core/detection/detection-files.js';

/** Writes a file's text; `ok: false` with a sentence saying why it cannot. */
export type WriteText = (path: string, text: string) => Promise<{ ok: true } | { ok: false; reason: string }>;

/**
 * Writes the detection folder's files under `folder` (SPEC §6): rules, runbooks, log contract,
 * index. Stops at the first file that cannot be written and says which.
 */
export async function writeDetectionFolder(
  folder: string,
  files: readonly DetectionFile[],
  write: WriteText,
): Promise<{ ok: true; count: number } | { ok: false; reason: string }> {
  const root = folder.replace(/[\\/]+$/, '');
  for (const file of files) {
    const written = await write(`${root === '' ? '.' : root}/${file.path}`, file.text);
    if (!written.ok) return written;
  }
  return { ok: true, count: files.length };
}
