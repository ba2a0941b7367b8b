import { backlogItemsModes, type BacklogItemsMode } from '../../../core/report/missing-items.js';
import type { FailOn } from '../../../core/config/config.js';
import type { Profile } from '../../../core/expand/expansion.js';
import { parseBacklogOption } from '../../../app/backlog-option.js';

/** The backlog kinds the Action builds besides a file (their factories: run-action.ts). */
const actionBacklogKinds = ['github'] as const;

/** The action's inputs (action.yml), read and checked once. */
export interface ActionInputs {
  model: string;
  knowledgeBase?: string;
  profile?: Profile;
  config: string;
  token: string;
  /** `github` (this repository's issues), `file:PATH` or `none` (see app/backlog-option.ts). */
  backlog: string;
  /** Given explicitly; undefined: the configuration's `failOn`, else `error`. */
  failOn?: FailOn;
  failOnNewOnly: boolean;
  comment: boolean;
  annotations: boolean;
  summary: boolean;
  /** Empty: not written. */
  sarifFile: string;
  jsonFile: string;
  trackingIssue: boolean;
  /** On schedule and workflow_dispatch: list the missing backlog items, create them, or neither. */
  backlogItems: BacklogItemsMode;
}

/** An input the user can fix: the message names the input and the values it takes. */
export class InputProblem extends Error {
  override readonly name = 'InputProblem';
}

const failOnValues: readonly FailOn[] = ['error', 'warning', 'note', 'never'];
const profiles: readonly Profile[] = ['top', 'full'];

/**
 * Reads every input through `read` (`core.getInput`, which trims). Defaults are those of action.yml,
 * so a run outside the runner behaves the same. Throws InputProblem for a value no run could use.
 */
export function readActionInputs(read: (name: string) => string): ActionInputs {
  const text = (name: string, fallback: string): string => {
    const value = read(name);
    return value === '' ? fallback : value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = read(name).toLowerCase();
    if (value === '') return fallback;
    if (['true', 'yes', 'on'].includes(value)) return true;
    if (['false', 'no', 'off'].includes(value)) return false;
    throw new InputProblem(`Input "${name}" must be true or false, not "${read(name)}".`);
  };
  const failOn = read('fail-on');
  if (failOn !== '' && !(failOnValues as readonly string[]).includes(failOn)) {
    throw new InputProblem(`Input "fail-on" must be one of ${failOnValues.join(', ')}, not "${failOn}".`);
  }
  const profile = read('profile');
  if (profile !== '' && !(profiles as readonly string[]).includes(profile)) {
    throw new InputProblem(`Input "profile" must be top or full, not "${profile}".`);
  }
  const backlog = text('backlog', 'github');
  const choice = parseBacklogOption(backlog, actionBacklogKinds);
  if (!choice.ok) throw new InputProblem(choice.message);
  const backlogItems = text('backlog-items', 'dry-run');
  if (!(backlogItemsModes as readonly string[]).includes(backlogItems)) {
    throw new InputProblem(
      `Input "backlog-items" must be one of ${backlogItemsModes.join(', ')}, not "${backlogItems}".`,
    );
  }
  // Created items are found again only in the backlog the next run reads: a file would not hold them.
  if (backlogItems === 'create' && backlog !== 'github') {
    throw new InputProblem(
      `Input "backlog-items" is create, but the backlog is ${backlog}: threat-align creates the items as this repository's issues, so set "backlog" to github, or "backlog-items" to dry-run.`,
    );
  }
  const knowledgeBase = read('knowledge-base');
  return {
    model: text('model', 'threatmodel.yaml'),
    ...(knowledgeBase === '' ? {} : { knowledgeBase }),
    ...(profile === '' ? {} : { profile: profile as Profile }),
    config: text('config', '.threat-align.yaml'),
    token: read('token'),
    backlog,
    ...(failOn === '' ? {} : { failOn: failOn as FailOn }),
    failOnNewOnly: flag('fail-on-new-only', false),
    comment: flag('comment', true),
    annotations: flag('annotations', true),
    summary: flag('summary', true),
    // An explicitly empty file input means "skip", so these are read as given.
    sarifFile: read('sarif-file'),
    jsonFile: read('json-file'),
    trackingIssue: flag('tracking-issue', true),
    backlogItems: backlogItems as BacklogItemsMode,
  };
}
