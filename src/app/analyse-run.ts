import type { Analysis } from '../core/analyse.js';
import { computeDelta, type PullRequestDelta } from '../core/delta/compute-delta.js';
import { runPipeline } from '../core/run-pipeline.js';
import { decodeText } from '../core/source/decode-text.js';
import type { BaseModelRead } from './base-model.js';
import { modelFolder } from './model-folder.js';
import { includeReader } from './include-reader.js';
import type { RunInputs } from './read-run-inputs.js';
import type { RunRequest } from './run-request.js';
import type { Workspace } from './workspace.js';

/** One analysis of a model text (the head's, or the base's) with the run's shared inputs. */
export async function analyseModel(
  model: { file: string; text: string },
  request: Pick<RunRequest, 'knowledgeBase' | 'profile'>,
  inputs: Pick<RunInputs, 'config' | 'backlog'>,
  workspace: Workspace,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<Analysis> {
  return runPipeline(
    {
      model: { file: model.file, content: model.text, readInclude: includeReader(model.file, workspace) },
      config: inputs.config,
      modelFolder: modelFolder(model.file),
      ...(request.knowledgeBase === undefined ? {} : { knowledgeBase: request.knowledgeBase }),
      ...(request.profile === undefined ? {} : { profile: request.profile }),
      ...(inputs.backlog === undefined ? {} : { backlog: inputs.backlog }),
      today,
    },
    workspace.knowledgeBases,
  );
}

/** The comparison of a pull request: the delta, or why the base is unknown. */
export type BaseComparison = { delta: PullRequestDelta } | { unknown: string };

/**
 * The base model analysed with the head's configuration and backlog, compared with the head. A
 * base missing at the base commit makes every finding new; a base that is not UTF-8 is unknown.
 */
export async function compareWithBase(
  head: Analysis,
  base: BaseModelRead,
  request: Pick<RunRequest, 'model' | 'knowledgeBase' | 'profile'>,
  inputs: Pick<RunInputs, 'config' | 'backlog'>,
  workspace: Workspace,
): Promise<BaseComparison> {
  if (base.state === 'unknown') return { unknown: base.reason };
  if (base.state === 'absent') return { delta: computeDelta(undefined, head) };
  const decoded = decodeText(base.bytes);
  if (!decoded.ok) {
    return { unknown: `${request.model} at the base is not UTF-8 text (${decoded.message})` };
  }
  const analysis = await analyseModel(
    { file: request.model, text: decoded.text },
    request,
    inputs,
    workspace,
  );
  return { delta: computeDelta(analysis, head) };
}
