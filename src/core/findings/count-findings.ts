import type { Finding, Severity } from './finding.js';

export type FindingCounts = Record<Severity, number> & { total: number };

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, note: 0, total: findings.length };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
