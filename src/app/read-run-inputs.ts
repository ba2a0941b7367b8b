import type { BacklogRead } from '../core/run-pipeline.js';
import { loadConfig, type Config } from '../core/config/config.js';
import { readBacklog } from '../core/run-pipeline.js';
import { decodeText } from '../core/source/decode-text.js';
import { openBacklog, parseBacklogOption, type BacklogFactories } from './backlog-option.js';
import { invalidInput, undecodable, unreadable, type InputRead } from './input-problem.js';
import { defaultConfigFile, type RunRequest } from './run-request.js';
import type { Workspace } from './workspace.js';

/** What every analysis of a run shares (the head's and the base's), each read once. */
export interface RunInputs {
  /** The workspace's model, as text. */
  model: { file: string; text: string };
  config: Config;
  /** Every item of the backlog; undefined without one (the backlog checks then stay quiet). */
  backlog?: BacklogRead;
}

/**
 * Reads a run's inputs in one order for every front end — the backlog option's syntax, the model,
 * the configuration, the backlog — and stops at the first unusable one, worded alike everywhere.
 * The model comes before the backlog: a wrong path fails before any request is made.
 */
export async function readRunInputs(
  request: RunRequest,
  workspace: Workspace,
  factories: BacklogFactories,
): Promise<InputRead<RunInputs>> {
  const choice =
    request.backlog === undefined ? undefined : parseBacklogOption(request.backlog, Object.keys(factories));
  if (choice !== undefined && !choice.ok) return choice;
  const model = await readModelText(request.model, workspace, request.modelShownAs);
  if (!model.ok) return model;
  const config = await readConfig(request.config, workspace);
  if (!config.ok) return config;
  if (choice === undefined) return { ok: true, value: { model: model.value, config: config.value } };
  const provider = await openBacklog(choice.value, factories, workspace);
  if (!provider.ok) return provider;
  const backlog =
    provider.value === undefined
      ? undefined
      : await readBacklog(provider.value, config.value.limits?.backlogItems);
  return {
    ok: true,
    value: { model: model.value, config: config.value, ...(backlog === undefined ? {} : { backlog }) },
  };
}

async function readModelText(
  path: string,
  workspace: Workspace,
  shownAs: string = path,
): Promise<InputRead<{ file: string; text: string }>> {
  const read = await workspace.readFile(path);
  if (!read.ok) return unreadable('the threat model', read.reason);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return undecodable(shownAs, decoded);
  return { ok: true, value: { file: shownAs, text: decoded.text } };
}

/** The configuration named, or the default one when it exists, or `{}`. */
async function readConfig(
  explicit: string | false | undefined,
  workspace: Workspace,
): Promise<InputRead<Config>> {
  if (explicit === false) return { ok: true, value: {} };
  const file = explicit ?? defaultConfigFile;
  const read = await workspace.readFile(file);
  if (!read.ok) {
    if (explicit === undefined && read.missing === true) return { ok: true, value: {} };
    return unreadable('the configuration', read.reason);
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return undecodable(file, decoded);
  const { config, findings } = loadConfig(file, decoded.text);
  return findings.length === 0
    ? { ok: true, value: config }
    : invalidInput('the configuration is invalid', findings);
}
