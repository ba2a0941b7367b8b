import type { ModelReader } from './model-reader.js';
import { msTmtReader } from './ms-tmt.js';
import { threagileReader } from './threagile.js';
import { threatComposerReader } from './threat-composer.js';
import { threatDragonV1Reader, threatDragonV2Reader } from './threat-dragon.js';

/** Every reader, tried in this order; the native format is recognised before any of them. */
export const modelReaders: readonly ModelReader[] = [
  threatDragonV2Reader,
  threatDragonV1Reader,
  threatComposerReader,
  msTmtReader,
  threagileReader,
];

/** The reader for a file, by content; undefined for the native format (or anything unrecognised). */
export function findReader(text: string, file: string): ModelReader | undefined {
  if (looksNative(text)) return undefined;
  return modelReaders.find((reader) => reader.detect(text, file));
}

/** A native model says `schema: threat-align/v1` (YAML or JSON) near its top. */
function looksNative(text: string): boolean {
  return /^\s*["']?schema["']?\s*:\s*["']?threat-align\//m.test(text.slice(0, 4096));
}
