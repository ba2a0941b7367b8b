import type { FailOn } from './config.js';
import { severityRank, type Finding } from '../findings/finding.js';

/** Whether findings at or above the `failOn` severity exist. */
export function failsRun(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn);
  return findings.some((finding) => severityRank(finding.severity) <= threshold);
}
