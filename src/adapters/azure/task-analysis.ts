import { dirname, join } from 'node:path';
import type { Analysis } from '../../core/analyse.js';
import type { BacklogProvider } from '../../core/backlog/backlog-item.js';
import { loadBacklogFile } from '../../core/backlog/load-backlog-file.js';
import { aliasesOfSource, memoryBacklogProvider } from '../../core/backlog/memory-backlog-provider.js';
import { loadConfig, type Config } from '../../core/config/config.js';
import { collectIncludes } from '../../core/import/collect-includes.js';
import { findReader } from '../../core/import/readers.js';
import { runPipeline } from '../../core/run-pipeline.js';
import { decodeText } from '../../core/source/decode-text.js';
import { azureBoardsProvider } from './azure-boards-provider.js';
import type { BuildContext, TaskInputs } from './task-context.js';
import type { TaskIo } from './task-io.js';

const defaultConfigFile = '.threat-align.yaml';

/** Reads the configuration, the backlog and the model the inputs name, and runs the pipeline. */
export async function analyseForTask(
  inputs: TaskInputs,
  build: BuildContext,
  io: TaskIo,
): Promise<{ analysis: Analysis; config: Config }> {
  const config = await readConfig(inputs.config, io);
  const backlog = await backlogOf(inputs, build, io);
  const bytes = await io.readFile(inputs.model);
  if (bytes === undefined) {
    throw new Error(
      `The threat model ${inputs.model} does not exist: set the input model to its path in the repository.`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`${inputs.model}:${decoded.line}:${decoded.column}: ${decoded.message}`);
  const includes =
    findReader(decoded.text, inputs.model)?.format === 'threagile'
      ? await collectIncludes(decoded.text, async (path) => {
          const read = await io.readFile(join(dirname(inputs.model), path));
          const text = read === undefined ? undefined : decodeText(read);
          return text?.ok === true ? text.text : undefined;
        })
      : undefined;
  const analysis = await runPipeline(
    {
      model: { file: inputs.model, content: decoded.text, ...(includes === undefined ? {} : { includes }) },
      config,
      modelFolder: dirname(inputs.model),
      ...(inputs.knowledgeBase === undefined ? {} : { knowledgeBase: inputs.knowledgeBase }),
      ...(inputs.profile === undefined ? {} : { profile: inputs.profile }),
      ...(backlog === undefined ? {} : { backlog }),
      today: new Date().toISOString().slice(0, 10),
    },
    io.knowledgeBases,
  );
  return { analysis, config };
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

/** `azure-boards` (this project's work items), `file:PATH`, or `none`. */
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
  throw new Error(`The input backlog takes azure-boards, file:PATH or none, not "${option}".`);
}
