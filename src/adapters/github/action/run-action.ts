import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { nodeIo } from '../../cli/node-io.js';
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
import { analyseModel, readSharedInputs, readWorkspaceModel } from './workspace-analysis.js';
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
  const io = nodeIo(env.GITHUB_WORKSPACE ?? process.cwd());
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

  // The model first: a wrong path fails before any request is made.
  const model = await readWorkspaceModel(inputs.model, io);
  const shared = await readSharedInputs(inputs, io, () =>
    withoutTrackingIssues(githubBacklogProvider({ client, repository: github.repository, logger })),
  );
  const head = await analyseModel(model, inputs, shared, io);
  const run: ActionRun = { inputs, io, github, identity: tokenIdentity(github), shared, head };

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
