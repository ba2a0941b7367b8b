import type { Location, Severity } from '../findings/finding.js';

/** Whom an action is for: who makes the edit or the backlog operation it names. */
type Audience = 'model-author' | 'product-owner' | 'developer';

/**
 * What an action is about, and so how per-place findings roll up into it (SPEC §5.1): one per
 * mitigation type, one per backlog item or story, one per element for coverage, one per
 * requirement, and one per finding that rolls up into nothing.
 */
export type ActionKind =
  'model' | 'mitigation' | 'mitigation-status' | 'story' | 'item' | 'coverage' | 'requirement';

/** One thing a person does about one or more findings (SPEC §5.1). Pure data, never markup. */
export interface Action {
  /** Stable across runs and line moves: the kind and what it is about (`mitigation:M-RBAC`). */
  id: string;
  kind: ActionKind;
  audience: Audience;
  /** The worst severity of the findings it resolves. */
  severity: Severity;
  /** What to do, in one imperative line (`Plan M-RBAC`). */
  title: string;
  /** Why, in a sentence: what is wrong, with counts for a roll-up. */
  detail: string;
  /** The exact edit or backlog operation. */
  hint: string;
  /** The checks of the findings it resolves, in order. */
  checks: string[];
  /** The fingerprints of the findings it resolves. */
  findings: string[];
  /** Where to make the edit, when one place says it: the first of its findings' locations. */
  location: Location;
  /** Whether a finding it resolves is new in this pull request. */
  introduced: boolean;
  /** The milestone or iteration of the story it is about, when it is one. */
  milestone?: string;
  /** Whether it is about a TOP threat or mitigation type. */
  top: boolean;
}

/** What an action says and whom it is for; derive-actions.ts adds what it resolves. */
export type ActionText = Pick<Action, 'title' | 'detail' | 'hint' | 'audience' | 'top'> & {
  milestone?: string;
};
