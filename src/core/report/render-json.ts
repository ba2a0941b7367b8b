import type { Action } from '../actions/action.js';
import { deriveActions } from '../actions/derive-actions.js';
import type { Analysis } from '../analyse.js';
import { fingerprintFinding } from '../findings/fingerprint.js';
import { jsonChunks } from './json-chunks.js';
import { checkDocsUrl, type ReportOptions } from './report-options.js';

type JsonAnalysis = Pick<Analysis, 'findings' | 'counts' | 'expansion' | 'kb'> &
  Partial<Pick<Analysis, 'links'>>;

/**
 * The JSON report (schema/report.schema.json): every finding, every action, every threat and every
 * count, for other tools; in pieces for a writer (see `jsonChunks`), so a large report is never held whole.
 */
export function* jsonReportChunks(
  analysis: JsonAnalysis,
  options: ReportOptions,
  actions?: readonly Action[],
): Generator<string> {
  yield* jsonChunks(jsonReport(analysis, options, actions));
  yield '\n';
}

function jsonReport(analysis: JsonAnalysis, options: ReportOptions, actions?: readonly Action[]): object {
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
    // Without a delta (a pull request passes its own), no action counts as introduced.
    actions: actions ?? deriveActions(analysis).actions,
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
