import { SourceIndex } from '../source/source-index.js';
import type { ModelReader } from './model-reader.js';

/** Placeholder until the reader lands: recognises nothing. */
export const threagileReader: ModelReader = {
  format: 'threagile',
  title: 'Threagile',
  detect: () => false,
  read: (file, text) => ({ format: 'threagile', index: new SourceIndex(file, text), findings: [], notes: [] }),
};

