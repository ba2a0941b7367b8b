import type { BacklogProvider } from '../../core/backlog/backlog-item.js';
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
