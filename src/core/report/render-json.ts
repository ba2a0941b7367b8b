import type { Analysis } from '../analyse.js';
import { fingerprintFinding } from '../findings/fingerprint.js';
import { checkDocsUrl, type ReportOptions } from './report-options.js';

/** The JSON report (schema/report.schema.json): every finding and every count, for other tools. */
export function renderJson(analysis: Pick<Analysis, 'findings' | 'counts'>, options: ReportOptions): string {
  const report = {
    tool: { name: 'threat-align', version: options.toolVersion },
    findings: analysis.findings.map((finding) => ({
      check: finding.check,
      severity: finding.severity,
      message: finding.message,
      location: finding.location,
      hint: finding.hint,
      docs: checkDocsUrl(options, finding.check),
      fingerprint: fingerprintFinding(finding),
    })),
    counts: analysis.counts,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
