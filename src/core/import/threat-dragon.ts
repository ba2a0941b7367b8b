import { SourceIndex } from '../source/source-index.js';
import type { ModelReader } from './model-reader.js';

/** Placeholder until the reader lands: recognises nothing. */
export const threatDragonV1Reader: ModelReader = {
  format: 'threat-dragon-v1',
  title: 'OWASP Threat Dragon v1',
  detect: () => false,
  read: (file, text) => ({ format: 'threat-dragon-v1', index: new SourceIndex(file, text), findings: [], notes: [] }),
};

/** Placeholder until the reader lands: recognises nothing. */
export const threatDragonV2Reader: ModelReader = {
  format: 'threat-dragon-v2',
  title: 'OWASP Threat Dragon v2',
  detect: () => false,
  read: (file, text) => ({ format: 'threat-dragon-v2', index: new SourceIndex(file, text), findings: [], notes: [] }),
};

