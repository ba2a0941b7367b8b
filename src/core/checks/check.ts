import type { Finding, Severity } from '../findings/finding.js';
import type { ModelIds } from '../model/index-model.js';
import type { ThreatModel } from '../model/threat-model.js';
import type { SourceIndex } from '../source/source-index.js';

/** What every check publishes about itself: the catalogue of SPEC §5. */
export interface CheckInfo {
  id: string;
  title: string;
  defaultSeverity: Severity;
  /** Why the finding matters, in a sentence or two. */
  why: string;
  /** How to fix it, in general terms; each finding carries its own exact hint. */
  fix: string;
}

/** Everything a check may read. Pure data: checks do no I/O. */
export interface CheckContext {
  model: ThreatModel;
  index: SourceIndex;
  ids: ModelIds;
}

/** A finding before the runner stamps it with its check id and configured severity. */
export type FindingDraft = Omit<Finding, 'check' | 'severity'>;

export interface Check extends CheckInfo {
  run(context: CheckContext): FindingDraft[];
}

/** Where a check's page lives, relative to the repository root. */
export function checkDocPath(id: string): string {
  return `docs/checks/${id}.md`;
}
