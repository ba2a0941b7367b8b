import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Expansion } from '../expand/expansion.js';
import type { Links } from '../link/resolve-links.js';
import type { Finding, Severity } from '../findings/finding.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
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

/** The knowledge base as the model pins it, and as it was actually loaded. */
export interface KnowledgeBasePin {
  /** `use:` as written in the model (or the default when the model has no knowledgeBase). */
  use: string;
  declared: boolean;
  /** The model was read from another tool's format, which has no place for a pin. */
  imported?: boolean;
  pinnedSha256?: string;
  loaded: { name: string; version: string; sha256: string };
}

/** What moving to the newest shipped version of the knowledge base would change. */
export interface KnowledgeBaseUpgrade {
  from: string;
  to: string;
  added: string[];
  removed: string[];
}

/** Everything a check may read. Pure data: checks do no I/O. */
export interface CheckContext {
  model: ThreatModel;
  index: SourceIndex;
  ids: ModelIds;
  /** Present once the knowledge base loaded; checks that need it stay quiet without it. */
  knowledge?: {
    kb: KnowledgeBase;
    expansion: Expansion;
    /** The expansion under the full profile, to tell "not in scope" from "does not exist". */
    fullExpansion: Expansion;
    pin: KnowledgeBasePin;
    upgrade?: KnowledgeBaseUpgrade;
  };
  /** Present when the knowledge base loaded and a backlog was read: the links both ways. */
  alignment?: {
    source: string;
    /** The word that starts a WITHOUT clause (configuration `withoutKeyword`, default WITHOUT). */
    withoutKeyword: string;
    items: readonly BacklogItem[];
    links: Links;
  };
}

/** A finding before the runner stamps it with its check id and configured severity. */
export type FindingDraft = Omit<Finding, 'check' | 'severity'>;

export interface Check extends CheckInfo {
  run(context: CheckContext): FindingDraft[];
}
