import { analyseLoaded, type Analysis, type KnowledgeInput } from './analyse.js';
import type { Config } from './config/config.js';
import type { Profile } from './expand/expansion.js';
import type { Finding } from './findings/finding.js';
import { compareVersions, type KnowledgeBaseStore } from './kb/kb-files.js';
import { parseShippedReference, resolveKnowledgeBase } from './kb/resolve-kb.js';
import { loadModel, loadModelWithIncludes } from './import/load-model-file.js';
import { defaultLimits, modelTooLarge, tooManyBacklogItems, tooManyElements } from './config/limits.js';
import { SourceIndex } from './source/source-index.js';
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
  /**
   * The backlog to align with, read once (`readBacklog`); without it, backlog checks stay quiet.
   * `tooMany` (past the backlog limit) reports the limit instead of aligning anything.
   */
  backlog?: BacklogRead;
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
  const limits = config.limits ?? {};
  const tooLarge = modelTooLarge(input.model.file, input.model.content, limits);
  if (tooLarge) {
    const index = new SourceIndex(input.model.file, '');
    return analyseLoaded({ index, findings: [tooLarge] }, { config, ...today(input) });
  }
  const { file, content, includes, readInclude } = input.model;
  const loaded =
    readInclude === undefined
      ? loadModel(file, content, includes === undefined ? {} : { includes })
      : await loadModelWithIncludes(file, content, readInclude);
  const model = loaded.model;
  if (!model) return analyseLoaded(loaded, { config, ...today(input) });
  const crowded = tooManyElements(model, loaded.index, limits);
  if (crowded)
    return analyseLoaded({ index: loaded.index, findings: [crowded] }, { config, ...today(input) });

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
  const read = input.backlog;
  const backlog = read?.tooMany === true ? undefined : read;
  if (read?.tooMany === true) findings.push(tooManyBacklogItems(loaded.index, read.source, limits));
  return analyseLoaded(loaded, {
    config,
    knowledge,
    findings,
    ...(backlog ? { backlog } : {}),
    ...today(input),
  });
}

/** A backlog as read: every item, or `tooMany` when it was larger than the limit. */
export type BacklogRead = BacklogInput & { tooMany?: true };

/**
 * Every page of a provider, in order; past `most` items (the backlog limit) it stops reading and
 * says so (`tooMany`), so that a backlog too large is never held whole.
 */
export async function readBacklog(
  provider: BacklogProvider,
  most: number = defaultLimits.backlogItems,
): Promise<BacklogRead> {
  const items: BacklogItem[] = [];
  for await (const page of provider.pages()) {
    for (const item of page) items.push(item);
    if (items.length > most) return { source: provider.source, aliases: [], items: [], tooMany: true };
  }
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
