import type { CheckInfo } from '../checks/check.js';
import type { Config, Suppression } from './config.js';
import type { Finding, Severity } from '../findings/finding.js';

export interface ConfiguredFindings {
  findings: Finding[];
  /** Findings left out by a suppression still in force, with the suppression that covers each. */
  suppressed: { finding: Finding; suppression: Suppression }[];
}

/**
 * Gives each finding its configured severity, drops the findings of checks turned off, and sets
 * aside the findings a suppression covers (matched on check and subject) until it expires.
 * `today` is YYYY-MM-DD; a suppression expiring today still holds.
 */
export function applyConfig(
  findings: readonly Finding[],
  config: Config,
  catalogue: readonly CheckInfo[],
  today?: string,
): ConfiguredFindings {
  const defaults = new Map(catalogue.map((check) => [check.id, check.defaultSeverity]));
  const active = (config.suppressions ?? []).filter(
    (s) => s.expires === undefined || today === undefined || s.expires >= today,
  );
  const out: ConfiguredFindings = { findings: [], suppressed: [] };
  for (const finding of findings) {
    const configured = config.checks?.[finding.check];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? defaults.get(finding.check) ?? finding.severity;
    const configuredFinding = { ...finding, severity };
    const suppression = active.find((s) => s.check === finding.check && s.target === finding.subject);
    if (suppression) out.suppressed.push({ finding: configuredFinding, suppression });
    else out.findings.push(configuredFinding);
  }
  return out;
}
