import type { CheckInfo } from '../checks/check.js';
import type { Config } from '../config/config.js';
import type { Finding, Severity } from './finding.js';

/** Gives each finding its configured severity and drops the findings of checks turned off. */
export function applyConfig(
  findings: readonly Finding[],
  config: Config,
  catalogue: readonly CheckInfo[],
): Finding[] {
  const defaults = new Map(catalogue.map((check) => [check.id, check.defaultSeverity]));
  const out: Finding[] = [];
  for (const finding of findings) {
    const configured = config.checks?.[finding.check];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? defaults.get(finding.check) ?? finding.severity;
    out.push({ ...finding, severity });
  }
  return out;
}
