import type { CheckInfo } from './check.js';

/** TA101 is raised while loading (parse, decode, schema), before any other check can run. */
export const ta101InvalidModel: CheckInfo = {
  id: 'TA101',
  title: 'The model does not validate',
  defaultSeverity: 'error',
  why: 'Nothing else can be checked until the model is well-formed: a threat model that does not validate silently loses components, flows or decisions.',
  fix: 'Correct the file at the line and column given; the schema is published at schema/threatmodel.schema.json for editor completion.',
};
