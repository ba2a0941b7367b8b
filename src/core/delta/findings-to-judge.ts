import type { Analysis } from '../analyse.js';
import type { Finding } from '../findings/finding.js';
import type { PullRequestDelta } from './compute-delta.js';

/**
 * The findings the exit status judges (SPEC §6): every finding of the head, or with `newOnly` on
 * a pull request, only those new against the base. Without a delta (the base could not be read)
 * nothing is known to be old, so every finding is judged and `newOnly` says it was not applied.
 */
export function findingsToJudge(
  head: Pick<Analysis, 'findings'>,
  newOnly: boolean,
  delta: PullRequestDelta | undefined,
): { findings: readonly Finding[]; newOnly: boolean } {
  if (newOnly && delta !== undefined) return { findings: delta.findingsNew, newOnly: true };
  return { findings: head.findings, newOnly: false };
}
