import type { Analysis } from '../core/analyse.js';
import type { Config, FailOn } from '../core/config/config.js';
import type { PullRequestDelta } from '../core/delta/compute-delta.js';
import { findingsToJudge } from '../core/delta/findings-to-judge.js';
import { failsRun } from '../core/config/fails-run.js';
import type { RunRequest } from './run-request.js';

/** Whether a run fails, by which threshold, and whether only new findings were judged. */
export interface Verdict {
  fails: boolean;
  failOn: FailOn;
  /** True when `fail-on-new-only` applied: asked for, and the base was known. */
  newOnly: boolean;
  /** Why it fails, in one sentence; undefined when it passes. */
  reason?: string;
}

/**
 * The one verdict of every front end (SPEC §6). The threshold is `fail-on` given explicitly, else
 * the configuration's `failOn`, else `error`. With `fail-on-new-only` and a known base, only the
 * findings new against it are judged; without a base, every finding is.
 */
export function judgeRun(
  analysis: Pick<Analysis, 'findings' | 'counts'>,
  config: Pick<Config, 'failOn'>,
  request: Pick<RunRequest, 'failOn' | 'failOnNewOnly'>,
  delta?: PullRequestDelta,
): Verdict {
  const failOn = request.failOn ?? config.failOn ?? 'error';
  const judged = findingsToJudge(analysis, request.failOnNewOnly === true, delta);
  const fails = failsRun(judged.findings, failOn);
  if (!fails) return { fails, failOn, newOnly: judged.newOnly };
  const { error, warning, note } = analysis.counts;
  const reason =
    `threat-align found ${judged.newOnly ? 'new ' : ''}findings at or above "${failOn}" ` +
    `(${error} errors, ${warning} warnings, ${note} notes${delta ? `; ${delta.findingsNew.length} new` : ''}).`;
  return { fails, failOn, newOnly: judged.newOnly, reason };
}
