import type { KnowledgeBasePin, KnowledgeBaseUpgrade } from './checks/check.js';
import { checks, catalogue } from './checks/registry.js';
import type { Config, Suppression } from './config/config.js';
import { applyModelMitigations } from './expand/apply-model-mitigations.js';
import { expandModel } from './expand/expand-model.js';
import type { Expansion, Profile } from './expand/expansion.js';
import { applyConfig } from './config/apply-config.js';
import { countFindings, type FindingCounts } from './findings/count-findings.js';
import type { Finding } from './findings/finding.js';
import { orderFindings } from './findings/order-findings.js';
import type { KnowledgeBase } from './kb/knowledge-base.js';
import { indexModelIds } from './model/index-model.js';
import { loadModel, type LoadedModel } from './import/load-model-file.js';
import type { BacklogItem } from './backlog/backlog-item.js';
import { resolveLinks, type Links } from './link/resolve-links.js';
import type { ThreatModel } from './model/threat-model.js';

/** @internal Exported for its tests; production reaches it through this module. */
export interface AnalysisInput {
  model: { file: string; content: Uint8Array | string };
  config?: Config;
}

/** The knowledge base for an analysis, already resolved by the caller (see run-pipeline.ts). */
export interface KnowledgeInput {
  kb: KnowledgeBase;
  pin: KnowledgeBasePin;
  profile: Profile;
  /** The newest shipped version, when it is newer than the one in use. */
  newest?: KnowledgeBase;
}

/** The backlog for an analysis, already read by the caller through a BacklogProvider. */
export interface BacklogInput {
  source: string;
  aliases: readonly string[];
  items: readonly BacklogItem[];
}

export interface Analysis {
  model?: ThreatModel;
  links?: Links;
  kb?: KnowledgeBase;
  expansion?: Expansion;
  findings: Finding[];
  /** Findings set aside by a suppression in force. */
  suppressed: { finding: Finding; suppression: Suppression }[];
  counts: FindingCounts;
}

/**
 * Loads and checks a model on its own (TA101–TA103), without a knowledge base.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function analyse(input: AnalysisInput): Analysis {
  return analyseLoaded(loadModel(input.model.file, input.model.content), { config: input.config ?? {} });
}

/**
 * The pure middle of the pipeline (SPEC §4): expand, run every check, apply the configuration,
 * order. The same inputs give the same findings in the same order.
 */
export function analyseLoaded(
  loaded: LoadedModel,
  options: {
    config: Config;
    knowledge?: KnowledgeInput;
    backlog?: BacklogInput;
    findings?: Finding[];
    /** Today as YYYY-MM-DD, for suppression expiry; suppressions never expire without it. */
    today?: string;
  },
): Analysis {
  const raw: Finding[] = [...loaded.findings, ...(options.findings ?? [])];
  const analysis: Omit<Analysis, 'findings' | 'counts' | 'suppressed'> = {};
  if (loaded.model) {
    // The model's own mitigation types join the knowledge base's for every check and report.
    const own = applyModelMitigations(loaded.model, loaded.index, options.knowledge?.kb);
    const model = own.model;
    analysis.model = model;
    const context: Parameters<(typeof checks)[number]['run']>[0] = {
      model,
      index: loaded.index,
      ids: indexModelIds(model),
    };
    const knowledge = options.knowledge && own.kb ? { ...options.knowledge, kb: own.kb } : undefined;
    if (knowledge) {
      const expansion = expandModel(model, knowledge.kb, knowledge.profile);
      const fullExpansion =
        knowledge.profile === 'full' ? expansion : expandModel(model, knowledge.kb, 'full');
      context.knowledge = { kb: knowledge.kb, expansion, fullExpansion, pin: knowledge.pin };
      if (knowledge.newest) context.knowledge.upgrade = describeUpgrade(model, knowledge, expansion);
      analysis.kb = knowledge.kb;
      analysis.expansion = expansion;
      const backlog = options.backlog;
      if (backlog) {
        const links = resolveLinks({
          model,
          kb: knowledge.kb,
          fullExpansion,
          items: backlog.items,
          aliases: backlog.aliases,
          ...(options.config.withoutKeyword === undefined
            ? {}
            : { withoutKeyword: options.config.withoutKeyword }),
        });
        context.alignment = {
          source: backlog.source,
          withoutKeyword: options.config.withoutKeyword ?? 'WITHOUT',
          items: backlog.items,
          links,
        };
        analysis.links = links;
      }
    }
    for (const check of checks) {
      for (const draft of check.run(context))
        raw.push({ ...draft, check: check.id, severity: check.defaultSeverity });
    }
  }
  const configured = applyConfig(raw, options.config, catalogue, options.today);
  const findings = orderFindings(configured.findings);
  return { ...analysis, findings, suppressed: configured.suppressed, counts: countFindings(findings) };
}

function describeUpgrade(
  model: ThreatModel,
  knowledge: KnowledgeInput,
  current: Expansion,
): KnowledgeBaseUpgrade | undefined {
  const newest = knowledge.newest;
  if (!newest) return undefined;
  const next = expandModel(model, newest, knowledge.profile);
  const before = new Set(current.threats.map((t) => t.id));
  const after = new Set(next.threats.map((t) => t.id));
  return {
    from: `${knowledge.kb.name}@${knowledge.kb.version}`,
    to: `${newest.name}@${newest.version}`,
    added: [...after].filter((id) => !before.has(id)),
    removed: [...before].filter((id) => !after.has(id)),
  };
}
