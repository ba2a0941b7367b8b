import type { BacklogInput } from '../../../core/analyse.js';
import { loadBacklogFile } from '../../../core/backlog/load-backlog-file.js';
import { aliasesOfSource, memoryBacklogProvider } from '../../../core/backlog/memory-backlog-provider.js';
import { loadConfig, type Config } from '../../../core/config/config.js';
import type { Finding } from '../../../core/findings/finding.js';
import { readBacklog } from '../../../core/run-pipeline.js';
import { decodeText } from '../../../core/source/decode-text.js';
import type { CliIo } from '../../cli/cli-io.js';
import type { BacklogProvider } from '../../../core/backlog/backlog-item.js';
import type { ActionInputs } from './action-inputs.js';
import { InputProblem } from './action-inputs.js';
import { jiraBacklogFromOption } from '../../jira/jira-backlog.js';
import { JiraFailure } from '../../jira/jira-failure.js';

export { analyseModel } from '../../node/analyse-model.js';

/** What both analyses of a run share: the configuration and the backlog, each read once. */
export interface SharedInputs {
  config: Config;
  backlog: BacklogInput;
}

/** Reads the configuration (optional unless named) and every page of the backlog. */
export async function readSharedInputs(
  inputs: Pick<ActionInputs, 'config' | 'backlog'> & Partial<Pick<ActionInputs, 'jira'>>,
  io: CliIo,
  githubBacklog: () => BacklogProvider,
  log?: (message: string) => void,
): Promise<SharedInputs> {
  const config = await readConfig(inputs.config, io);
  const provider =
    inputs.backlog === 'github'
      ? githubBacklog()
      : inputs.backlog.startsWith('jira:')
        ? jiraProvider(inputs.backlog, { ...io.env, ...inputs.jira }, log)
        : await readBacklogFile(inputs.backlog, io);
  try {
    return { config, backlog: await readBacklog(provider) };
  } catch (error) {
    if (error instanceof JiraFailure) throw new InputProblem(error.message);
    throw error;
  }
}

/** `jira:…` with the Jira inputs over the environment; an unusable value is the user's to fix. */
function jiraProvider(
  option: string,
  env: NonNullable<ActionInputs['jira']>,
  log: ((message: string) => void) | undefined,
): BacklogProvider {
  const jira = jiraBacklogFromOption(option, env, log ? { log } : {});
  if ('problem' in jira) throw new InputProblem(`Input "backlog": ${jira.problem}.`);
  return jira.backlog.provider;
}

/** The workspace's model as text; a file that cannot be read or decoded is the user's to fix. */
export async function readWorkspaceModel(file: string, io: CliIo): Promise<{ file: string; text: string }> {
  const read = await io.readFile(file);
  if (!read.ok) {
    throw new InputProblem(
      `The threat model cannot be read: ${read.reason}. Set the "model" input to its path relative to the repository root.`,
    );
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    throw new InputProblem(`${file}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}`);
  }
  return { file, text: decoded.text };
}

async function readConfig(file: string, io: CliIo): Promise<Config> {
  if (!(await io.exists(file))) return {};
  const read = await io.readFile(file);
  if (!read.ok) throw new InputProblem(`The configuration cannot be read: ${read.reason}.`);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok)
    throw new InputProblem(`${file}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}`);
  const { config, findings } = loadConfig(file, decoded.text);
  if (findings.length > 0) throw new InputProblem(`The configuration is invalid:\n${describe(findings)}`);
  return config;
}

async function readBacklogFile(option: string, io: CliIo): Promise<BacklogProvider> {
  const path = option.slice('file:'.length);
  const read = await io.readFile(path);
  if (!read.ok) throw new InputProblem(`The backlog file cannot be read: ${read.reason}.`);
  const loaded = loadBacklogFile(path, read.bytes);
  if (!loaded.items) throw new InputProblem(`The backlog file is invalid:\n${describe(loaded.findings)}`);
  return memoryBacklogProvider(loaded.source ?? `file:${path}`, loaded.items, aliasesOfSource(loaded.source));
}

function describe(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const where =
        'file' in f.location ? `${f.location.file}:${f.location.line}:${f.location.column}: ` : '';
      return `${where}${f.severity} ${f.check}: ${f.message}`;
    })
    .join('\n');
}
