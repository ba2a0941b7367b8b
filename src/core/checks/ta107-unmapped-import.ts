import type { CheckInfo } from './check.js';

/** TA107 is raised by the readers of other tools' formats (src/core/import), never dropped silently. */
export const ta107UnmappedImport: CheckInfo = {
  id: 'TA107',
  title: 'Part of an imported model could not be mapped',
  defaultSeverity: 'warning',
  why: 'A threat model read from another tool must not lose elements silently: an element whose type has no knowledge-base counterpart gets no threats, and a construct the native format cannot express is not checked.',
  fix: 'Give the element a type the knowledge base knows (see the mapping table in docs/importing.md), or convert the model with threat-align import and complete it by hand.',
};
