import type { Analysis } from '../analyse.js';
import { fingerprintFinding } from '../findings/fingerprint.js';
import { jsonChunks } from './json-chunks.js';
import { checkDocsUrl, type ReportOptions } from './report-options.js';

/**
 * The JSON report (schema/report.schema.json): every finding, every threat and every count, for
 * other tools; in pieces for a writer (see `jsonChunks`), so that a large report is never held whole.
 */
export function* jsonReportChunks(
  analysis: Pick<Analysis, 'findings' | 'counts' | 'expansion' | 'kb'>,
  options: ReportOptions,
): Generator<string> {
  yield* jsonChunks(jsonReport(analysis, options));
  yield '\n';
}

function jsonReport(
  analysis: Pick<Analysis, 'findings' | 'counts' | 'expansion' | 'kb'>,
  options: ReportOptions,
): object {
  return {
    tool: { name: 'threat-align', version: options.toolVersion },
    ...(analysis.kb && analysis.expansion
      ? {
          knowledgeBase: {
            name: analysis.kb.name,
            version: analysis.kb.version,
            sha256: analysis.kb.sha256,
            profile: analysis.expansion.profile,
          },
        }
      : {}),
    findings: analysis.findings.map((finding) => ({
      check: finding.check,
      severity: finding.severity,
      message: finding.message,
      location: finding.location,
      hint: finding.hint,
      docs: checkDocsUrl(options, finding.check),
      fingerprint: fingerprintFinding(finding),
    })),
    threats: (analysis.expansion?.threats ?? []).map((threat) => ({
      id: threat.id,
      type: threat.typeId ?? null,
      title: threat.title,
      element: threat.element,
      stride: threat.stride,
      severity: threat.severity,
      top: threat.top,
      status: threat.status,
      mitigations: threat.mitigations.map((m) => ({ id: m.id, strength: m.strength, status: m.status })),
    })),
    counts: analysis.counts,
  };
}
