import { SourceIndex } from '../source/source-index.js';
import type { ModelReader } from './model-reader.js';

/** Placeholder until the reader lands: recognises nothing. */
export const threatComposerReader: ModelReader = {
  format: 'threat-composer',
  title: 'AWS Threat Composer',
  detect: () => false,
  read: (file, text) => ({ format: 'threat-composer', index: new SourceIndex(file, text), findings: [], notes: [] }),
};

