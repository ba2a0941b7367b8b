import type { SourceIndex } from '../source/source-index.js';

/** Where an entry of a knowledge base was written, for messages at its line. */
export interface EntryOrigin {
  index: SourceLocator;
  pointer: string;
}

/** What messages need of a file's source index: its name and the place of a pointer. */
export type SourceLocator = Pick<SourceIndex, 'file' | 'locate'>;
