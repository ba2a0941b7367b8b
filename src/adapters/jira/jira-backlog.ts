import type { BacklogProvider } from '../../core/backlog/backlog-item.js';
import type { ProposedItem } from '../../core/report/missing-items.js';
import { createJiraIssues, PartialJiraCreation } from './create-jira-issues.js';
import { JiraFailure } from './jira-failure.js';
import { parseJiraOption, type JiraEnvironment, type JiraTarget } from './jira-backlog-option.js';
import { jiraBacklogProvider } from './jira-backlog-provider.js';
import { jiraHttp, type JiraHttp, type JiraRetryPolicy } from './jira-http.js';

/** A Jira backlog ready to read: its provider, and the client and target for creating items. */
export interface JiraBacklog {
  provider: BacklogProvider;
  http: JiraHttp;
  target: JiraTarget;
  /** The credentials' secrets, for the caller to mask (`core.setSecret`, `task.setSecret`). */
  secrets: readonly string[];
}

/**
 * `jira:…` and the environment → a Jira backlog, or a sentence saying what to write instead. The
 * one place a front end turns the option into a provider.
 */
export function jiraBacklogFromOption(
  option: string,
  env: JiraEnvironment,
  options: { log?: (message: string) => void; policy?: JiraRetryPolicy } = {},
): { backlog: JiraBacklog } | { problem: string } {
  const parsed = parseJiraOption(option, env);
  if ('problem' in parsed) return parsed;
  const { target } = parsed;
  const http = jiraHttp({
    site: target.site,
    credentials: target.credentials,
    ...(options.log ? { log: options.log } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  const provider = jiraBacklogProvider({
    http,
    deployment: target.deployment,
    jql: target.jql,
    ...(target.project === undefined ? {} : { project: target.project }),
    ...(options.log ? { log: options.log } : {}),
  });
  return { backlog: { provider, http, target, secrets: target.credentials.secrets } };
}

/**
 * Creates the proposed items in the project a `jira:SITE/PROJECT` backlog names (SPEC §6), each
 * handed to `created` as it lands. A JQL backlog names no project to create in: the problem says so.
 */
export async function createInJiraBacklog(
  option: string,
  env: JiraEnvironment,
  proposals: readonly ProposedItem[],
  issueType: string,
  created: (item: { key: string; ref: string }) => void,
): Promise<void> {
  const jira = jiraBacklogFromOption(option, env);
  if ('problem' in jira) throw new JiraFailure(jira.problem, 'INPUT');
  const { target, http } = jira.backlog;
  if (target.project === undefined)
    throw new JiraFailure(
      'Creating the missing items needs a backlog that names its project (jira:SITE/PROJECT), not a JQL filter.',
      'INPUT',
    );
  try {
    for (const item of await createJiraIssues(proposals, {
      http,
      deployment: target.deployment,
      project: target.project,
      issueType,
    }))
      created(item);
  } catch (error) {
    if (!(error instanceof PartialJiraCreation)) throw error;
    for (const item of error.created) created(item);
    throw new JiraFailure(error.message, 'PARTIAL', { cause: error });
  }
}
