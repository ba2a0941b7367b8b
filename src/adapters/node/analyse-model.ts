import { dirname } from 'node:path';
import type { Analysis, BacklogInput } from '../../core/analyse.js';
import { memoryBacklogProvider } from '../../core/backlog/memory-backlog-provider.js';
import type { Config } from '../../core/config/config.js';
import type { Profile } from '../../core/expand/expand-model.js';
import type { KnowledgeBaseStore } from '../../core/kb/kb-files.js';
import { runPipeline } from '../../core/run-pipeline.js';
import { readIncludes, type FileReader } from './read-includes.js';

/** What both analyses of a pull request share (the head's and the base's): each read once. */
export interface SharedInputs {
  config: Config;
  /** Undefined when the run has no backlog: the backlog checks then stay quiet. */
  backlog?: BacklogInput;
}

/**
 * One analysis of a model text (the workspace's, or the base branch's) with the shared inputs,
 * for the GitHub Action and the Azure Pipelines task alike. Includes are read from the workspace.
 */
export async function analyseModel(
  model: { file: string; text: string },
  options: { knowledgeBase?: string; profile?: Profile },
  shared: SharedInputs,
  io: FileReader & { knowledgeBases: KnowledgeBaseStore },
): Promise<Analysis> {
  const includes = await readIncludes(model.file, model.text, io);
  const backlog = shared.backlog;
  return runPipeline(
    {
      model: { file: model.file, content: model.text, ...(includes === undefined ? {} : { includes }) },
      config: shared.config,
      modelFolder: dirname(model.file),
      ...(options.knowledgeBase === undefined ? {} : { knowledgeBase: options.knowledgeBase }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(backlog === undefined
        ? {}
        : { backlog: memoryBacklogProvider(backlog.source, backlog.items, backlog.aliases) }),
      today: new Date().toISOString().slice(0, 10),
    },
    io.knowledgeBases,
  );
}
