import { analyseLoaded, type Analysis, type KnowledgeInput } from './analyse.js';
import type { Config } from './config/config.js';
import type { Profile } from './expand/expansion.js';
import type { Finding } from './findings/finding.js';
import { compareVersions, type KnowledgeBaseStore } from './kb/kb-files.js';
import { parseShippedReference, resolveKnowledgeBase } from './kb/resolve-kb.js';
import { loadModel, loadModelWithIncludes } from './import/load-model-file.js';
import type { BacklogItem, BacklogProvider } from './backlog/backlog-item.js';
import type { BacklogInput } from './analyse.js';

export interface PipelineInput {
  /**
   * The model, and the files it includes (Threagile `includes:`): their texts, or a port that
   * reads them (paths relative to the model's folder) when the format turns out to have any.
   */
  model: {
    file: string;
    content: Uint8Array | string;
    includes?: Record<string, string>;
    readInclude?: (path: string) => Promise<string | undefined>;
  };
  config?: Config;
  /** A knowledge base to use instead of the model's (`--kb`): name@version or a path. */
  knowledgeBase?: string;
  /** A profile to use instead of the model's (`--profile`). */
  profile?: Profile;
  /** The folder that relative knowledge-base paths in the model start from (the model's folder). */
  modelFolder?: string;
  /** The backlog to align with, read once (`readBacklog`); without it, backlog checks stay quiet. */
  backlog?: BacklogInput;
  /** Today as YYYY-MM-DD, for suppression expiry. */
  today?: string;
}

export const defaultKnowledgeBaseName = 'core';

/**
 * The whole pipeline of SPEC §4 up to the findings: load the model, resolve its knowledge base
 * through the store (the only I/O, behind a port), then the pure analysis.
 */
export async function runPipeline(input: PipelineInput, store: KnowledgeBaseStore): Promise<Analysis> {
  const config = input.config ?? {};
  const { file, content, includes, readInclude } = input.model;
  const loaded =
    readInclude === undefined
      ? loadModel(file, content, includes === undefined ? {} : { includes })
      : await loadModelWithIncludes(file, content, readInclude);
  const model = loaded.model;
  if (!model) return analyseLoaded(loaded, { config, ...today(input) });

  const declared = model.knowledgeBase?.use;
  const use = input.knowledgeBase ?? declared ?? (await newestShipped(defaultKnowledgeBaseName, store));
  // A path written in the model starts from the model's folder; one given on the command line, from the working directory.
  const relativeTo = input.knowledgeBase === undefined ? (input.modelFolder ?? '.') : '.';
  const resolved = await resolveKnowledgeBase(use, store, relativeTo);
  const findings: Finding[] = [...resolved.findings];
  if (resolved.problem) {
    const pointer =
      declared !== undefined && input.knowledgeBase === undefined ? '/knowledgeBase/use' : '/schema';
    findings.push({
      check: resolved.problem.check,
      severity: 'error',
      message: resolved.problem.message,
      location: loaded.index.locate(pointer, pointer === '/schema' ? 'key' : 'value'),
      hint: resolved.problem.hint,
      subject: `kb-use:${use}`,
    });
  }
  if (!resolved.loaded) return analyseLoaded(loaded, { config, findings, ...today(input) });

  const kb = resolved.loaded.kb;
  const knowledge: KnowledgeInput = {
    kb,
    profile: input.profile ?? model.knowledgeBase?.profile ?? 'top',
    pin: {
      use,
      declared: declared !== undefined,
      ...(loaded.importedFrom ? { imported: true } : {}),
      loaded: { name: kb.name, version: kb.version, sha256: kb.sha256 },
      ...(model.knowledgeBase?.sha256 === undefined ? {} : { pinnedSha256: model.knowledgeBase.sha256 }),
    },
  };
  const shipped = parseShippedReference(use);
  if (shipped) {
    const newestVersion = await newestShipped(shipped.name, store);
    if (compareVersions(newestVersion.split('@')[1] ?? '0.0.0', shipped.version) > 0) {
      const newest = await resolveKnowledgeBase(newestVersion, store);
      if (newest.loaded) knowledge.newest = newest.loaded.kb;
    }
  }
  const backlog = input.backlog;
  return analyseLoaded(loaded, {
    config,
    knowledge,
    findings,
    ...(backlog ? { backlog } : {}),
    ...today(input),
  });
}

/** Every page of a provider, in order. */
export async function readBacklog(provider: BacklogProvider): Promise<BacklogInput> {
  const items: BacklogItem[] = [];
  for await (const page of provider.pages()) items.push(...page);
  return { source: provider.source, aliases: provider.aliases ?? [], items };
}

/** `name@version` of the newest shipped version; `name@0.0.0` (which resolves to a clear error) when none is. */
export async function newestShipped(name: string, store: KnowledgeBaseStore): Promise<string> {
  const versions = (await store.shippedVersions(name)).sort(compareVersions);
  return `${name}@${versions.at(-1) ?? '0.0.0'}`;
}

function today(input: PipelineInput): { today?: string } {
  return input.today === undefined ? {} : { today: input.today };
}
