import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as task from 'azure-pipelines-task-lib/task.js';
import { nodeWorkspace } from '../node/node-workspace.js';
import { readFileAtRevision } from '../node/read-file-at-revision.js';
import { writeText } from '../node/write-text.js';
import { azureClients, type AzureClients } from './azure-connection.js';
import { readBuildContext, readTaskInputs } from './read-task-inputs.js';
import { runTask } from './run-task.js';
import type { TaskIo } from './task-io.js';
import { escapeControls } from '../../core/report/escape-controls.js';

/**
 * The Azure Pipelines task's composition root (task.json → dist/task.js): reads the inputs and
 * the build, wires every adapter by hand, runs, and maps any failure to a failed task with a
 * message that holds neither a stack nor the token.
 */
async function main(): Promise<void> {
  let token: string | undefined;
  try {
    token = accessToken();
    if (token !== undefined) task.setSecret(token);
    const inputs = readTaskInputs();
    for (const secret of [inputs.jira.JIRA_API_TOKEN, inputs.jira.JIRA_PAT])
      if (secret) task.setSecret(secret);
    const build = readBuildContext();
    const root = build.sourcesDirectory;
    const at = (path: string): string => (isAbsolute(path) ? path : resolve(root, path));
    let clients: AzureClients | undefined;
    const connect = (): AzureClients => {
      if (token === undefined) {
        throw new Error(
          'No access token: map it into the task with env: { SYSTEM_ACCESSTOKEN: $(System.AccessToken) }, or set backlog to file:PATH and prComment to false.',
        );
      }
      clients ??= azureClients(build.collectionUrl, token, {
        retry: {
          log: (text) => {
            console.log(logText(text));
          },
        },
      });
      return clients;
    };
    const io: TaskIo = {
      // Shipped knowledge bases sit beside dist/ in the task folder (kb/<name>/<version>/).
      workspace: nodeWorkspace(root, {
        shippedRoot: join(dirname(fileURLToPath(import.meta.url)), '..', 'kb'),
      }),
      writeFile: async (path, text) => {
        await mkdir(dirname(at(path)), { recursive: true });
        await writeText(at(path), text);
      },
      workItems: () => connect().workItems(),
      git: () => connect().git(),
      identity: () => connect().identity(),
      readCheckoutFile: (revision, path) =>
        readFileAtRevision(task.which('git', false), root, revision, path),
      info: (text) => {
        console.log(logText(text));
      },
      warning: (text) => {
        task.warning(commandText(text));
      },
      logIssue: (severity, message, file, line, column, code) => {
        task.logIssue(
          severity === 'error' ? task.IssueType.Error : task.IssueType.Warning,
          commandText(message),
          file,
          line,
          column,
          code,
        );
      },
      uploadSummary: (file) => {
        task.uploadSummary(file);
      },
      uploadArtifact: (name, folder) => {
        task.uploadArtifact(name, at(folder), name);
      },
      setOutput: (name, value) => {
        task.setVariable(name, value, false, true);
      },
      setResult: (failed, message) => {
        task.setResult(failed ? task.TaskResult.Failed : task.TaskResult.Succeeded, commandText(message));
      },
    };
    await runTask(inputs, build, io);
  } catch (error) {
    task.setResult(task.TaskResult.Failed, commandText(redact(describe(error), token)));
  }
}

/**
 * A log line's text with every control character escaped, line feeds included: the pipeline log is
 * a terminal, and a line that began with `##vso[` would be obeyed as a logging command.
 */
function logText(text: string): string {
  return escapeControls(text);
}

/**
 * The message of a logging command (warning, issue, result) with its control characters escaped but
 * its line feeds kept: the task library writes them as %0A inside the one command line, so no line of
 * the message can start a command of its own, and a message reads as the other front ends word it.
 */
function commandText(text: string): string {
  return escapeControls(text, { keepLineFeeds: true });
}

/**
 * System.AccessToken as the job maps it (`env: { SYSTEM_ACCESSTOKEN: $(System.AccessToken) }`),
 * read from the environment directly: task.getVariable would echo the value in a debug line. The
 * fallback is the job's own connection, which the agent registers (and masks) as a secret.
 */
function accessToken(): string | undefined {
  const mapped = process.env.SYSTEM_ACCESSTOKEN;
  if (mapped !== undefined && mapped !== '') return mapped;
  return task.getEndpointAuthorizationParameter('SystemVssConnection', 'AccessToken', true) || undefined;
}

/** The message only (no stack), whatever was thrown. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : `unexpected failure (${Object.prototype.toString.call(error)})`;
}

function redact(text: string, token: string | undefined): string {
  return token === undefined || token === '' ? text : text.split(token).join('***');
}

void main();
