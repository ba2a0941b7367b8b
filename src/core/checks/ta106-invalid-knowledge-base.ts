import type { CheckInfo } from './check.js';

/** TA106 is raised while loading a knowledge base, at the knowledge-base file's line. */
export const ta106InvalidKnowledgeBase: CheckInfo = {
  id: 'TA106',
  title: 'The knowledge base does not load',
  defaultSeverity: 'error',
  why: 'Threats and mitigations come from the knowledge base; one that does not load (a bad rule, a missing entry, a conflict with the one it extends) would leave the model unchecked.',
  fix: 'Correct the knowledge-base file at the line and column given; the format is in docs/knowledge-base.md and schema/kb.schema.json.',
};
