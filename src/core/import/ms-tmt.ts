import { SourceIndex } from '../source/source-index.js';
import type { ModelReader } from './model-reader.js';

/** Placeholder until the reader lands: recognises nothing. */
export const msTmtReader: ModelReader = {
  format: 'ms-tmt',
  title: 'Microsoft Threat Modeling Tool',
  detect: () => false,
  read: (file, text) => ({ format: 'ms-tmt', index: new SourceIndex(file, text), findings: [], notes: [] }),
};

