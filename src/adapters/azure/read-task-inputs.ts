import * as task from 'azure-pipelines-task-lib/task.js';
import type { FailOn } from '../../core/config/config.js';
import type { BuildContext, TaskInputs } from './task-context.js';

const failOnValues: readonly string[] = ['error', 'warning', 'note', 'never'];

/** The task's inputs through azure-pipelines-task-lib; an unusable value throws with the fix. */
export function readTaskInputs(): TaskInputs {
  const profile = optional('profile');
  if (profile !== undefined && profile !== 'top' && profile !== 'full') {
    throw new Error(`The input profile must be top or full, not "${profile}".`);
  }
  const failOn = optional('failOn');
  if (failOn !== undefined && !failOnValues.includes(failOn)) {
    throw new Error(`The input failOn must be one of ${failOnValues.join(', ')}, not "${failOn}".`);
  }
  const sarifFile = optional('sarifFile');
  const jsonFile = optional('jsonFile');
  const knowledgeBase = optional('knowledgeBase');
  const config = optional('config');
  const areaPath = optional('areaPath');
  return {
    model: optional('model') ?? 'threatmodel.yaml',
    backlog: optional('backlog') ?? 'azure-boards',
    tags: list('tags'),
    workItemTypes: list('workItemTypes'),
    ...(failOn === undefined ? {} : { failOn: failOn as FailOn }),
    failOnNewOnly: bool('failOnNewOnly', false),
    prComment: bool('prComment', true),
    loggedIssues: bool('loggedIssues', true),
    summary: bool('summary', true),
    ...(profile === undefined ? {} : { profile }),
    ...(knowledgeBase === undefined ? {} : { knowledgeBase }),
    ...(config === undefined ? {} : { config }),
    ...(areaPath === undefined ? {} : { areaPath }),
    ...(sarifFile === undefined ? {} : { sarifFile }),
    ...(jsonFile === undefined ? {} : { jsonFile }),
  };
}

/** The build's predefined variables. */
export function readBuildContext(): BuildContext {
  const pullRequestId = Number(task.getVariable('System.PullRequest.PullRequestId') ?? '');
  const repositoryId = task.getVariable('Build.Repository.ID');
  const repositoryProvider = task.getVariable('Build.Repository.Provider');
  return {
    reason: task.getVariable('Build.Reason') ?? 'Manual',
    collectionUrl: task.getVariable('System.CollectionUri') ?? '',
    project: task.getVariable('System.TeamProject') ?? '',
    sourcesDirectory: task.getVariable('Build.SourcesDirectory') ?? process.cwd(),
    tempDirectory: task.getVariable('Agent.TempDirectory') ?? process.cwd(),
    ...(repositoryId ? { repositoryId } : {}),
    ...(repositoryProvider ? { repositoryProvider } : {}),
    ...(Number.isInteger(pullRequestId) && pullRequestId > 0 ? { pullRequestId } : {}),
  };
}

function optional(name: string): string | undefined {
  const value = task.getInput(name, false)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function bool(name: string, fallback: boolean): boolean {
  return optional(name) === undefined ? fallback : task.getBoolInput(name, false);
}

function list(name: string): string[] {
  return (optional(name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
