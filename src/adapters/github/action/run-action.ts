import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { defaultConfigFile, type RunRequest } from '../../../app/run-request.js';
import { startRun } from '../../../app/start-run.js';
import { nodeWorkspace } from '../../node/node-workspace.js';
import { githubBacklogProvider } from '../github-backlog-provider.js';
import { createGitHubClient, githubEndpoints } from '../github-client.js';
import { GitHubFailure } from '../github-failure.js';
import { readActionEvent } from './action-event.js';
import { InputProblem, readActionInputs, type ActionInputs } from './action-inputs.js';
import type { ActionRun, RouteResult } from './action-run.js';
import { repositoryContext } from './repository-context.js';
import { runAudit } from './run-audit.js';
import { runPullRequest } from './run-pull-request.js';
import { runPush } from './run-push.js';
import { tokenIdentity } from './token-identity.js';
import { withoutTrackingIssues } from './tracking-issue.js';
import { escapeControls } from '../../../core/report/escape-controls.js';

/**
 * The composition root of the GitHub Action: reads the inputs and the event, masks the token,
 * builds the one GitHub client, runs the pipeline and routes by event. Everything is wired here.
 */
async function main(token: string, given: ActionInputs | undefined): Promise<void> {
  const env = process.env;
  const inputs = given ?? readActionInputs((name) => core.getInput(name));
  if (token === '') {
    throw new InputProblem('The "token" input is empty: leave it at its default, ${{ github.token }}.');
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const event = readActionEvent(eventName, await readPayload(env.GITHUB_EVENT_PATH), env.GITHUB_SHA ?? '');
  const workspace = nodeWorkspace(env.GITHUB_WORKSPACE ?? process.cwd());
  const logger = {
    debug: (message: string) => {
      core.debug(logText(message));
    },
    warning: (message: string) => {
      core.warning(logText(message));
    },
  };
  const client = createGitHubClient({ token, endpoints: githubEndpoints(env), logger });
  const github = repositoryContext(client, env.GITHUB_REPOSITORY ?? '');

  // The application layer reads the model first: a wrong path fails before any request is made.
  const started = await startRun(runRequest(inputs), workspace, {
    github: {
      create: () => ({
        ok: true,
        value: withoutTrackingIssues(
          githubBacklogProvider({ client, repository: github.repository, logger }),
        ),
      }),
    },
  });
  if (!started.ok) throw new InputProblem(started.message);
  const run: ActionRun = {
    inputs,
    workspace,
    github,
    identity: tokenIdentity(github),
    started: started.value,
  };

  let result: RouteResult;
  if (event.kind === 'pull-request') result = await runPullRequest(run, event);
  else if (event.kind === 'audit') result = await runAudit(run);
  else result = await runPush(run);

  if (result.skipped.length > 0) {
    core.notice(
      logText(`threat-align skipped ${result.skipped.join('; and ')}. The job summary has the whole report.`),
    );
  }
  if (result.failure !== undefined) core.setFailed(logText(result.failure));
}

/**
 * A log line's text with its control characters escaped (ESC, BEL, CR, bidirectional overrides): the
 * Actions log is a terminal. Line feeds stay: @actions/core encodes them inside a workflow command.
 */
function logText(message: string): string {
  return escapeControls(message, { keepLineFeeds: true });
}

/** The Action's inputs as a run: the configuration file is optional unless it is not the default. */
function runRequest(inputs: ActionInputs): RunRequest {
  return {
    model: inputs.model,
    ...(inputs.config === defaultConfigFile ? {} : { config: inputs.config }),
    ...(inputs.knowledgeBase === undefined ? {} : { knowledgeBase: inputs.knowledgeBase }),
    ...(inputs.profile === undefined ? {} : { profile: inputs.profile }),
    backlog: inputs.backlog,
    ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
    failOnNewOnly: inputs.failOnNewOnly,
  };
}

async function readPayload(path: string | undefined): Promise<unknown> {
  if (path === undefined || path === '') return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(
      `The event payload ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The one message for any failure: the error's own sentence, never a stack trace, never the token. */
function failureMessage(error: unknown, token: string): string {
  const text =
    error instanceof InputProblem || error instanceof GitHubFailure
      ? error.message
      : error instanceof Error
        ? `threat-align stopped: ${error.message}`
        : `threat-align stopped: ${String(error)}`;
  return token === '' ? text : text.split(token).join('***');
}

/**
 * Runs the action once: masks the token before anything else can print it, then turns every
 * failure into the step's failure, in one sentence. The entry point (main.ts) calls it with the
 * inputs it has read and checked (and the token masked); `npm run local-action` calls it without.
 */
export async function run(inputs?: ActionInputs): Promise<void> {
  const token = inputs?.token ?? core.getInput('token');
  if (inputs === undefined && token !== '') core.setSecret(token);
  await main(token, inputs).catch((error: unknown) => {
    core.setFailed(logText(failureMessage(error, token)));
  });
}
