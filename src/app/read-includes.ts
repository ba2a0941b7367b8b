import { collectIncludes } from '../core/import/collect-includes.js';
import { findReader } from '../core/import/readers.js';
import { decodeText } from '../core/source/decode-text.js';
import { modelFolder } from './model-folder.js';
import type { Workspace } from './workspace.js';

/**
 * The files a Threagile model includes, read from the workspace relative to the model's folder;
 * undefined for every other format. A file that cannot be read is left out: the reader reports it
 * where it is named.
 */
export async function readIncludes(
  modelFile: string,
  text: string,
  workspace: Pick<Workspace, 'readFile'>,
): Promise<Record<string, string> | undefined> {
  if (findReader(text, modelFile)?.format !== 'threagile') return undefined;
  const folder = modelFolder(modelFile);
  return collectIncludes(text, async (path) => {
    const read = await workspace.readFile(folder === '.' ? path : `${folder}/${path}`);
    if (!read.ok) return undefined;
    const decoded = decodeText(read.bytes);
    return decoded.ok ? decoded.text : undefined;
  });
}
