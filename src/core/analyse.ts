import { checks, catalogue } from './checks/registry.js';
import type { Config } from './config/config.js';
import { applyConfig } from './findings/apply-config.js';
import { countFindings, type FindingCounts } from './findings/count-findings.js';
import type { Finding } from './findings/finding.js';
import { orderFindings } from './findings/order-findings.js';
import { indexModelIds } from './model/index-model.js';
import { loadModel } from './model/load-model.js';
import type { ThreatModel } from './model/threat-model.js';

export interface AnalysisInput {
  model: { file: string; content: Uint8Array | string };
  config?: Config;
}

export interface Analysis {
  model?: ThreatModel;
  findings: Finding[];
  counts: FindingCounts;
}

/** The pipeline of SPEC §4, pure: the same inputs give the same findings in the same order. */
export function analyse(input: AnalysisInput): Analysis {
  const config = input.config ?? {};
  const loaded = loadModel(input.model.file, input.model.content);
  const raw: Finding[] = [...loaded.findings];
  if (loaded.model) {
    const context = { model: loaded.model, index: loaded.index, ids: indexModelIds(loaded.model) };
    for (const check of checks) {
      for (const draft of check.run(context)) {
        raw.push({ ...draft, check: check.id, severity: check.defaultSeverity });
      }
    }
  }
  const findings = orderFindings(applyConfig(raw, config, catalogue));
  const analysis: Analysis = { findings, counts: countFindings(findings) };
  if (loaded.model) analysis.model = loaded.model;
  return analysis;
}
