import type { Analysis } from '../../core/analyse.js';
import type { BacklogItem, BacklogProvider } from '../../core/backlog/backlog-item.js';
import { loadBacklogFile } from '../../core/backlog/load-backlog-file.js';
import { jiraBacklogFromOption } from '../jira/jira-backlog.js';
import { aliasesOfSource, memoryBacklogProvider } from '../../core/backlog/memory-backlog-provider.js';
import { loadConfig, type Config } from '../../core/config/config.js';
import { computeDelta, type PullRequestDelta } from '../../core/delta/compute-delta.js';
import { readBacklog } from '../../core/run-pipeline.js';
import { decodeText } from '../../core/source/decode-text.js';
import { analyseModel, type SharedInputs } from '../node/analyse-model.js';
import type { FileReader } from '../node/read-includes.js';
import { azureBoardsProvider } from './azure-boards-provider.js';
import { readBaseModel, type BaseModel } from './base-model.js';
import type { BuildContext, TaskInputs } from './task-context.js';
import type { TaskIo } from './task-io.js';

const defaultConfigFile = '.threat-align.yaml';

export interface TaskAnalysis {
  analysis: Analysis;
  config: Config;
  /** The backlog items read (none without a backlog): what proposing missing items compares against. */
  items: BacklogItem[];
  /** On a pull-request build, the change against the target branch; undefined when the base is unknown. */
  delta?: PullRequestDelta;
}

/**
 * Reads the configuration, the backlog (once) and the model the inputs name, and runs the
 * pipeline; on a pull-request build, runs it again on the model of the target branch, with the
 * same configuration and backlog, and compares the two (the GitHub Action does the same).
 */
export async function analyseForTask(
  inputs: TaskInputs,
  build: BuildContext,
  io: TaskIo,
): Promise<TaskAnalysis> {
  const config = await readConfig(inputs.config, io);
  const provider = await backlogOf(inputs, build, io);
  const backlog = provider === undefined ? undefined : await readBacklog(provider);
  const shared: SharedInputs = { config, ...(backlog === undefined ? {} : { backlog }) };
  const files = workspaceFiles(io);
  const analysis = await analyseModel(
    { file: inputs.model, text: await readWorkspaceModel(inputs.model, io) },
    inputs,
    shared,
    files,
  );
  const items = [...(backlog?.items ?? [])];
  if (build.reason !== 'PullRequest') return { analysis, config, items };
  const delta = await deltaAgainstBase(analysis, inputs, build, shared, files, io);
  return { analysis, config, items, ...(delta === undefined ? {} : { delta }) };
}

/**
 * The base is the target branch's model: missing there, every finding is new; unknown (no
 * permission, no token, a shallow clone), there is no change section, and a warning says why —
 * the comparison adds to the report, so failing to make it does not fail the run.
 */
async function deltaAgainstBase(
  head: Analysis,
  inputs: TaskInputs,
  build: BuildContext,
  shared: SharedInputs,
  files: FileReader & Pick<TaskIo, 'knowledgeBases'>,
  io: TaskIo,
): Promise<PullRequestDelta | undefined> {
  const base = await readBaseModel(build, inputs.model, io).catch((error: unknown): BaseModel => ({
    state: 'unknown',
    reason: (error instanceof Error ? error.message : String(error)).replace(/\.$/, ''),
  }));
  if (base.state === 'unknown') {
    io.warning(
      `threat-align: no comparison with the target branch, so no change section${
        inputs.failOnNewOnly ? ' and failOnNewOnly judges every finding' : ''
      }: ${base.reason}.`,
    );
    return undefined;
  }
  const baseAnalysis =
    base.state === 'read'
      ? await analyseModel({ file: inputs.model, text: base.text }, inputs, shared, files)
      : undefined;
  return computeDelta(baseAnalysis, head);
}

async function readWorkspaceModel(model: string, io: TaskIo): Promise<string> {
  const bytes = await io.readFile(model);
  if (bytes === undefined) {
    throw new Error(
      `The threat model ${model} does not exist: set the input model to its path in the repository.`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`${model}:${decoded.line}:${decoded.column}: ${decoded.message}`);
  return decoded.text;
}

/** The workspace as the shared analysis reads it (Threagile includes, knowledge bases). */
function workspaceFiles(io: TaskIo): FileReader & Pick<TaskIo, 'knowledgeBases'> {
  return {
    knowledgeBases: io.knowledgeBases,
    readFile: async (path) => {
      const bytes = await io.readFile(path);
      return bytes === undefined ? { ok: false, reason: `${path} does not exist` } : { ok: true, bytes };
    },
  };
}

async function readConfig(explicit: string | undefined, io: TaskIo): Promise<Config> {
  const file = explicit ?? defaultConfigFile;
  const bytes = await io.readFile(file);
  if (bytes === undefined) {
    if (explicit === undefined) return {};
    throw new Error(`The configuration ${file} does not exist: fix the input config or remove it.`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`${file}:${decoded.line}:${decoded.column}: ${decoded.message}`);
  const { config, findings } = loadConfig(file, decoded.text);
  const first = findings[0];
  if (first === undefined) return config;
  const where =
    'file' in first.location
      ? `${first.location.file}:${first.location.line}:${first.location.column}: `
      : '';
  throw new Error(
    `The configuration is invalid (${findings.length} problem(s)); the first: ${where}${first.message}`,
  );
}

/** `azure-boards` (this project's work items), `file:PATH`, `jira:…` (a Jira project), or `none`. */
async function backlogOf(
  inputs: TaskInputs,
  build: BuildContext,
  io: TaskIo,
): Promise<BacklogProvider | undefined> {
  const option = inputs.backlog;
  if (option === 'none') return undefined;
  if (option === 'azure-boards') {
    if (build.collectionUrl === '' || build.project === '') {
      throw new Error(
        'Azure Boards needs System.CollectionUri and System.TeamProject: run the task in an Azure Pipelines job, or set backlog to file:PATH.',
      );
    }
    return azureBoardsProvider({
      client: await io.workItems(),
      collectionUrl: build.collectionUrl,
      project: build.project,
      filter: {
        ...(inputs.areaPath === undefined ? {} : { areaPath: inputs.areaPath }),
        tags: inputs.tags,
        workItemTypes: inputs.workItemTypes,
      },
    });
  }
  if (option.startsWith('file:') && option.length > 'file:'.length) {
    const path = option.slice('file:'.length);
    const bytes = await io.readFile(path);
    if (bytes === undefined)
      throw new Error(`The backlog file ${path} does not exist: fix the input backlog.`);
    const loaded = loadBacklogFile(path, bytes);
    if (!loaded.items) {
      throw new Error(`The backlog file ${path} is invalid: ${loaded.findings[0]?.message ?? 'unreadable'}`);
    }
    return memoryBacklogProvider(
      loaded.source ?? `file:${path}`,
      loaded.items,
      aliasesOfSource(loaded.source),
    );
  }
  if (option.startsWith('jira:')) {
    const jira = jiraBacklogFromOption(option, inputs.jira, {
      log: (text) => {
        io.info(text);
      },
    });
    if ('problem' in jira) throw new Error(`The input backlog: ${jira.problem}.`);
    return jira.backlog.provider;
  }
  throw new Error(
    `The input backlog takes azure-boards, file:PATH, jira:SITE/PROJECT or none, not "${option}".`,
  );
}
