import type { BacklogProvider } from '../../core/backlog/backlog-item.js';
import type { InputRead } from '../../app/input-problem.js';
import type { JiraEnvironment } from './jira-backlog-option.js';
import { jiraBacklogFromOption } from './jira-backlog.js';

/**
 * The `jira` entry of a front end's backlog factories (app/backlog-option.ts): `jira:ARGUMENT`
 * with the site and credentials of `env` (the front end's Jira inputs over JIRA_* variables).
 */
export function jiraBacklogFactory(
  env: JiraEnvironment,
  log?: (message: string) => void,
): { create(argument: string): InputRead<BacklogProvider> } {
  return {
    create(argument) {
      const jira = jiraBacklogFromOption(`jira:${argument}`, env, log ? { log } : {});
      if ('problem' in jira) return { ok: false, message: `threat-align: ${jira.problem}` };
      return { ok: true, value: jira.backlog.provider };
    },
  };
}

// What front ends take from the Jira provider: this file is the only one of src/adapters/jira they
// may import (.dependency-cruiser.cjs, eslint.config.js).
export { createInJiraBacklog } from './jira-backlog.js';
export type { JiraEnvironment } from './jira-backlog-option.js';
export { JiraFailure } from './jira-failure.js';
