import * as task from 'azure-pipelines-task-lib/task.js';
import { backlogItemsModes, type BacklogItemsMode } from '../../core/report/missing-items.js';
import type { FailOn } from '../../core/config/config.js';
import type { JiraEnvironment } from '../jira/backlog-factory.js';
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
  const detectionFolder = optional('detectionFolder');
  const knowledgeBase = optional('knowledgeBase');
  const config = optional('config');
  const areaPath = optional('areaPath');
  const backlogItems = optional('backlogItems') ?? 'dry-run';
  if (!(backlogItemsModes as readonly string[]).includes(backlogItems)) {
    throw new Error(
      `The input backlogItems must be one of ${backlogItemsModes.join(', ')}, not "${backlogItems}".`,
    );
  }
  const backlog = optional('backlog') ?? 'azure-boards';
  const workItemTypes = list('workItemTypes');
  const createWorkItemType = optional('createWorkItemType') ?? 'Task';
  if (backlogItems === 'create') checkCreation(backlog, workItemTypes, createWorkItemType);
  return {
    model: optional('model') ?? 'threatmodel.yaml',
    backlog,
    jira: jiraInputs(),
    tags: list('tags'),
    workItemTypes,
    ...(failOn === undefined ? {} : { failOn: failOn as FailOn }),
    failOnNewOnly: bool('failOnNewOnly', false),
    prComment: bool('prComment', true),
    loggedIssues: bool('loggedIssues', true),
    summary: bool('summary', true),
    backlogItems: backlogItems as BacklogItemsMode,
    createWorkItemType,
    ...(profile === undefined ? {} : { profile }),
    ...(knowledgeBase === undefined ? {} : { knowledgeBase }),
    ...(config === undefined ? {} : { config }),
    ...(areaPath === undefined ? {} : { areaPath }),
    ...(sarifFile === undefined ? {} : { sarifFile }),
    ...(jsonFile === undefined ? {} : { jsonFile }),
    ...(detectionFolder === undefined ? {} : { detectionFolder }),
  };
}

/**
 * Created items are found again only by the next run's read of Azure Boards: without it, or with a
 * type filter that leaves their type out, every run would create them once more.
 */
function checkCreation(backlog: string, workItemTypes: readonly string[], type: string): void {
  if (backlog.startsWith('jira:')) return;
  if (backlog !== 'azure-boards' && backlog !== 'azure') {
    throw new Error(
      `The input backlogItems create needs backlog azure-boards (the next run must read the items it created), not "${backlog}".`,
    );
  }
  if (workItemTypes.length > 0 && !workItemTypes.some((t) => t.toLowerCase() === type.toLowerCase())) {
    throw new Error(
      `The input createWorkItemType "${type}" is not among workItemTypes (${workItemTypes.join(', ')}): add it, or the next run would not read the items it created.`,
    );
  }
}

/** The build's predefined variables. */
export function readBuildContext(): BuildContext {
  const pullRequestId = Number(task.getVariable('System.PullRequest.PullRequestId') ?? '');
  const repositoryId = task.getVariable('Build.Repository.ID');
  const repositoryProvider = task.getVariable('Build.Repository.Provider');
  const targetBranch = task.getVariable('System.PullRequest.TargetBranch');
  const repositoryUrl = task.getVariable('Build.Repository.Uri');
  const headCommit =
    task.getVariable('System.PullRequest.SourceCommitId') ?? task.getVariable('Build.SourceVersion');
  return {
    reason: task.getVariable('Build.Reason') ?? 'Manual',
    collectionUrl: task.getVariable('System.CollectionUri') ?? '',
    project: task.getVariable('System.TeamProject') ?? '',
    sourcesDirectory: task.getVariable('Build.SourcesDirectory') ?? process.cwd(),
    tempDirectory: task.getVariable('Agent.TempDirectory') ?? process.cwd(),
    ...(repositoryId ? { repositoryId } : {}),
    ...(repositoryProvider ? { repositoryProvider } : {}),
    ...(targetBranch ? { targetBranch } : {}),
    ...(repositoryUrl ? { repositoryUrl } : {}),
    ...(headCommit ? { headCommit } : {}),
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

/** The Jira inputs, each over its environment variable (a secret variable mapped with `env:`). */
function jiraInputs(): JiraEnvironment {
  const pick = (input: string, variable: keyof JiraEnvironment): [string, string][] => {
    const value = optional(input) ?? process.env[variable]?.trim() ?? '';
    return value === '' ? [] : [[variable, value]];
  };
  return Object.fromEntries([
    ...pick('jiraSite', 'JIRA_SITE'),
    ...pick('jiraEmail', 'JIRA_EMAIL'),
    ...pick('jiraApiToken', 'JIRA_API_TOKEN'),
    ...pick('jiraPat', 'JIRA_PAT'),
  ]);
}
