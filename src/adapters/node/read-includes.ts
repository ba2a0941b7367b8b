import { dirname, join } from 'node:path';
import { collectIncludes } from '../../core/import/collect-includes.js';
import { findReader } from '../../core/import/readers.js';
import { decodeText } from '../../core/source/decode-text.js';

/** The one file access reading includes needs: the bytes of a path, or why not. */
export interface FileReader {
  readFile(path: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }>;
}

/**
 * The files a Threagile model includes, read relative to the model's folder (shared by the CLI,
 * the GitHub Action and the Azure task); undefined for every other format.
 */
export async function readIncludes(
  modelFile: string,
  text: string,
  files: FileReader,
): Promise<Record<string, string> | undefined> {
  if (findReader(text, modelFile)?.format !== 'threagile') return undefined;
  const folder = dirname(modelFile);
  return collectIncludes(text, async (path) => {
    const read = await files.readFile(join(folder, path));
    if (!read.ok) return undefined;
    const decoded = decodeText(read.bytes);
    return decoded.ok ? decoded.text : undefined;
  });
}
