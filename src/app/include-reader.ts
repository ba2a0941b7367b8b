import { decodeText } from '../core/source/decode-text.js';
import { modelFolder } from './model-folder.js';
import type { Workspace } from './workspace.js';

/**
 * How a model's includes are read from the workspace: relative to the model's folder, decoded
 * strictly. A file that cannot be read or decoded is left out: the reader reports it where it is
 * named (and, outside the workspace, the same way whether it exists or not).
 */
export function includeReader(
  modelFile: string,
  workspace: Pick<Workspace, 'readFile'>,
): (path: string) => Promise<string | undefined> {
  const folder = modelFolder(modelFile);
  return async (path) => {
    const read = await workspace.readFile(folder === '.' ? path : `${folder}/${path}`);
    if (!read.ok) return undefined;
    const decoded = decodeText(read.bytes);
    return decoded.ok ? decoded.text : undefined;
  };
}
