import { dig, field, isJsonObject, parseJsonForDetection } from './json-import-source.js';
import type { ModelReader } from './model-reader.js';
import { readThreatDragon } from './threat-dragon-read.js';
import { refineImportedModel } from './refine-imported-model.js';

/**
 * Which Threat Dragon version a text is, by content alone: v1 keeps cells under
 * `detail.diagrams[].diagramJson`; v2 says `version: "2.x"` and keeps them under `detail.diagrams[].cells`.
 * A file whose diagrams draw nothing (or that lost its diagrams) is told apart by `version`: v1 files have none.
 */
function threatDragonVersion(text: string): 1 | 2 | undefined {
  const root = parseJsonForDetection(text);
  if (!isJsonObject(root)) return undefined;
  const diagrams = dig(root, 'detail', 'diagrams');
  const version = field(root, 'version');
  const saysV2 = typeof version === 'string' && /^\s*2(\.|$)/.test(version);
  if (Array.isArray(diagrams)) {
    const has = (key: string): boolean => diagrams.some((diagram) => field(diagram, key) !== undefined);
    if (has('diagramJson')) return 1;
    if (saysV2 || has('cells')) return 2;
  }
  if (!isJsonObject(field(root, 'summary')) || !isJsonObject(field(root, 'detail'))) return undefined;
  if (saysV2) return 2;
  return version === undefined ? 1 : undefined;
}

export const threatDragonV1Reader: ModelReader = {
  format: 'threat-dragon-v1',
  title: 'OWASP Threat Dragon v1',
  detect: (text) => threatDragonVersion(text) === 1,
  read: (file, text) => refineImportedModel(readThreatDragon(file, text, 'threat-dragon-v1')),
};

export const threatDragonV2Reader: ModelReader = {
  format: 'threat-dragon-v2',
  title: 'OWASP Threat Dragon v2',
  detect: (text) => threatDragonVersion(text) === 2,
  read: (file, text) => refineImportedModel(readThreatDragon(file, text, 'threat-dragon-v2')),
};
