import type { Analysis } from '../../core/analyse.js';
import type { Config } from '../../core/config/config.js';
import { detectionFiles, type DetectionFile } from '../../core/detection/detection-files.js';

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

/**
 * The audit's detection outlet (GitHub Action and Azure task): the detection folder of an analysis
 * whose knowledge base loaded, written under `folder`. Undefined when there is nothing to write
 * (no folder asked for, or no knowledge base); a sentence when a file cannot be written.
 */
export async function writeDetectionArtifacts(
  analysis: Pick<Analysis, 'model' | 'kb' | 'expansion' | 'links'>,
  options: { folder: string; date: string; config?: Pick<Config, 'monitoring'> },
  write: WriteText,
): Promise<
  { ok: true; folder: string; count: number; events: number } | { ok: false; reason: string } | undefined
> {
  if (options.folder === '' || !analysis.kb) return undefined;
  const files = detectionFiles(analysis, {
    date: options.date,
    ...(options.config === undefined ? {} : { config: options.config }),
  });
  const written = await writeDetectionFolder(options.folder, files, write);
  if (!written.ok) return written;
  const events = files.filter((f) => f.path.startsWith('sigma/mr_')).length;
  return { ok: true, folder: options.folder, count: written.count, events };
}
