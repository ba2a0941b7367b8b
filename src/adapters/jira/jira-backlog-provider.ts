import type { BacklogItem, BacklogProvider } from '../../core/backlog/backlog-item.js';
import { JiraFailure, type JiraTask } from './jira-failure.js';
import type { JiraHttp } from './jira-http.js';
import { searchFields, toBacklogItem, type JiraIssue } from './jira-issue-mapping.js';
import { findSprintField } from './jira-sprints.js';

/**
 * The page size asked for. Jira caps it itself and the provider follows what it answers: Cloud's
 * enhanced search gives at most 5,000 issues a page for `id`/`key` only and fewer (100) when more
 * fields are asked for; Data Center gives at most `jira.search.views.default.max` (1,000 unless an
 * administrator changed it).
 */
const requestedPageSize = { cloud: 5000, 'data-center': 1000 } as const;

export interface JiraBacklogOptions {
  http: JiraHttp;
  deployment: 'cloud' | 'data-center';
  jql: string;
  /** The project key, for messages and for the 404 hint. */
  project?: string;
  log?: (message: string) => void;
}

/**
 * The issues a JQL filter selects, as backlog items `PROJ-123` (SPEC §3.4): the field list once
 * (to find the Jira Software sprint field), then the search a page at a time — Cloud's enhanced
 * JQL search (`POST /rest/api/3/search/jql`, `nextPageToken`), Data Center's search
 * (`POST /rest/api/2/search`, `startAt`) — with only the fields an item needs: 1 + ⌈N/page cap⌉
 * requests for N issues.
 */
export function jiraBacklogProvider(options: JiraBacklogOptions): BacklogProvider {
  const { http, deployment, jql } = options;
  const version = deployment === 'cloud' ? 3 : 2;
  const task: JiraTask = {
    action: `read the issues of ${options.project ?? `"${jql}"`} at ${http.site}`,
    ...(options.project === undefined ? {} : { project: options.project }),
    permission: 'Browse projects',
    deployment,
  };
  return {
    source:
      options.project === undefined
        ? `jira:${http.site}?jql=${encodeURIComponent(jql)}`
        : `jira:${http.site}/${options.project}`,
    aliases: [],
    async *pages() {
      const fieldList = await http.send<unknown>({
        method: 'GET',
        path: `/rest/api/${version}/field`,
        safety: 'repeatable',
        task: { ...task, action: `read the field list of ${http.site}` },
      });
      const sprintField = findSprintField(fieldList);
      if (sprintField === undefined)
        options.log?.(
          `threat-align: ${http.site} has no Jira Software sprint field; items are planned by fixVersions.`,
        );
      const fields = searchFields(sprintField);
      const toItems = (issues: unknown): BacklogItem[] =>
        (Array.isArray(issues) ? (issues as JiraIssue[]) : []).flatMap((issue) => {
          const item = toBacklogItem(issue, http.site, deployment, sprintField);
          return item ? [item] : [];
        });
      if (deployment === 'cloud') {
        let nextPageToken: string | undefined;
        for (let page = 1; ; page++) {
          const answer = await http.send<
            { issues?: unknown; nextPageToken?: unknown; isLast?: unknown } | undefined
          >({
            method: 'POST',
            path: '/rest/api/3/search/jql',
            body: {
              jql,
              fields,
              maxResults: requestedPageSize.cloud,
              ...(nextPageToken === undefined ? {} : { nextPageToken }),
            },
            safety: 'repeatable',
            task,
          });
          if (answer === undefined || !Array.isArray(answer.issues)) throw unreadable(task, page);
          yield toItems(answer.issues);
          const token = typeof answer.nextPageToken === 'string' ? answer.nextPageToken : undefined;
          if (answer.isLast === true || token === undefined) return;
          // The same token again would read the same page for ever.
          if (token === nextPageToken) throw unreadable(task, page + 1);
          nextPageToken = token;
        }
      }
      for (let startAt = 0, page = 1; ; page++) {
        const answer = await http.send<{ issues?: unknown; total?: unknown } | undefined>({
          method: 'POST',
          path: '/rest/api/2/search',
          body: { jql, startAt, maxResults: requestedPageSize['data-center'], fields },
          safety: 'repeatable',
          task,
        });
        if (answer === undefined || !Array.isArray(answer.issues) || typeof answer.total !== 'number')
          throw unreadable(task, page);
        yield toItems(answer.issues);
        startAt += answer.issues.length;
        if (answer.issues.length === 0 || startAt >= answer.total) return;
      }
    },
  };
}

function unreadable(task: JiraTask, page: number): JiraFailure {
  return new JiraFailure(
    `Jira: could not ${task.action}: page ${page} of the search answer has no issue list. Rerun the job.`,
    'MALFORMED',
  );
}
