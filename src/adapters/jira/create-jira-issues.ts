import type { ProposedItem } from '../../core/report/missing-items.js';
import { JiraFailure, type JiraTask } from './jira-failure.js';
import type { JiraHttp } from './jira-http.js';
import { markdownToAdf, markdownToWiki } from './markdown-to-jira.js';

export interface JiraIssueCreation {
  http: JiraHttp;
  deployment: 'cloud' | 'data-center';
  /** The project the issues go to: the backlog's own (a JQL backlog cannot create). */
  project: string;
  /** The issue type, such as `Task`. */
  issueType: string;
}

/** A creation that stopped part of the way: what was created before the failure, and the failure. */
export class PartialJiraCreation extends Error {
  override readonly name = 'PartialJiraCreation';

  constructor(
    readonly created: { key: string; ref: string }[],
    failure: Error,
  ) {
    super(failure.message, { cause: failure });
  }
}

/**
 * Creates the proposed items as Jira issues one after another (SPEC §6, "Backlog items") and
 * returns their keys. Each carries its linking label (`mitigation:ID` or `event:ID`) and
 * `threat-align`, and its description (ADF on Cloud, wiki markup on Data Center) ends with the
 * marker, so the next run's search finds it and proposes it no more. A create is sent once (retried
 * on 429 only): after any other failure the issue may exist, so the run stops instead and a rerun
 * creates only what is still missing.
 */
export async function createJiraIssues(
  proposals: readonly ProposedItem[],
  creation: JiraIssueCreation,
): Promise<{ key: string; ref: string }[]> {
  const created: { key: string; ref: string }[] = [];
  const version = creation.deployment === 'cloud' ? 3 : 2;
  for (const proposal of proposals) {
    const task: JiraTask = {
      action: `create the ${creation.issueType} "${proposal.title}" in project ${creation.project}`,
      project: creation.project,
      permission: 'Create issues',
      deployment: creation.deployment,
    };
    try {
      const answer = await creation.http.send<{ key?: unknown } | undefined>({
        method: 'POST',
        path: `/rest/api/${version}/issue`,
        body: {
          fields: {
            project: { key: creation.project },
            issuetype: { name: creation.issueType },
            summary: proposal.title,
            description:
              creation.deployment === 'cloud' ? markdownToAdf(proposal.body) : markdownToWiki(proposal.body),
            labels: proposal.labels.map((label) => label.replace(/\s+/g, '-')),
          },
        },
        safety: 'once',
        task,
      });
      const key = answer?.key;
      if (typeof key !== 'string')
        throw new JiraFailure(`Jira created "${proposal.title}" but answered without its key.`, 'MALFORMED');
      created.push({ key: proposal.key, ref: key });
    } catch (error) {
      throw new PartialJiraCreation([...created], error instanceof Error ? error : new Error(String(error)));
    }
  }
  return created;
}
