/** A Jira call that failed for a reason the user can act on; the message never holds a credential. */
export class JiraFailure extends Error {
  override readonly name = 'JiraFailure';

  constructor(
    message: string,
    /** The HTTP status, or `NETWORK`, `TIMEOUT`, `MALFORMED`. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What the provider was doing, for a message that says what to fix. */
export interface JiraTask {
  /** `read the issues of SHOP at https://northwind.atlassian.net` */
  action: string;
  /** The project key, when the backlog names one. */
  project?: string;
  /** The permission the account needs: `Browse projects`. */
  permission: string;
  deployment: 'cloud' | 'data-center';
}

const tokenDocs = {
  cloud: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  'data-center': 'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
};

/**
 * One sentence for an HTTP failure: what could not be done, the status with Jira's own words, and
 * what to do — the credential (401), the project permission (403), the project key or site (404).
 */
export function describeJiraStatus(
  status: number,
  jiraMessages: readonly string[],
  task: JiraTask,
): JiraFailure {
  const said = jiraMessages.length === 0 ? '' : ` Jira said: ${jiraMessages.join(' ').slice(0, 300)}`;
  const credential =
    task.deployment === 'cloud'
      ? 'JIRA_EMAIL and JIRA_API_TOKEN (an API token of that Atlassian account)'
      : 'JIRA_PAT (a personal access token)';
  const where = task.project === undefined ? 'the projects the JQL filter names' : `project ${task.project}`;
  let hint: string;
  if (status === 401) {
    hint = `Jira did not accept the credentials: check ${credential}; the token may be expired or revoked (${tokenDocs[task.deployment]}).`;
  } else if (status === 403) {
    hint = `The account may not do this: it needs the "${task.permission}" permission in ${where} (Project settings → Permissions), and on Cloud an API token without scopes or with the scopes read:jira-work${task.permission === 'Create issues' ? ' and write:jira-work' : ''}.`;
  } else if (status === 404) {
    hint =
      task.project === undefined
        ? 'Check the site URL (with its context path on Data Center, such as https://jira.example.com/jira).'
        : `Check the site URL and that project ${task.project} exists and is visible to the account ("Browse projects"); Jira answers 404 for a project the account may not see.`;
  } else if (status === 400) {
    hint = `Jira rejected the request: check the JQL filter or the project key${task.project === undefined ? '' : ` ${task.project}`}.`;
  } else if (status === 429) {
    hint = 'Jira kept rate-limiting the requests: rerun the job later.';
  } else {
    hint = 'Rerun the job; if it persists, check the Jira site’s status.';
  }
  return new JiraFailure(`Jira: could not ${task.action} (HTTP ${status}). ${hint}${said}`, String(status));
}
