import { createJiraIssues, PartialJiraCreation } from '../../../src/adapters/jira/create-jira-issues.js';
import { jiraBacklogProvider } from '../../../src/adapters/jira/jira-backlog-provider.js';
import { jiraHttp, type JiraRetryPolicy } from '../../../src/adapters/jira/jira-http.js';
import { createdItemMarker, type ProposedItem } from '../../../src/core/report/missing-items.js';
import { readBacklog } from '../../../src/core/run-pipeline.js';
import { startFakeJira, type FakeJira } from '../../fakes/jira/index.js';

const instant: JiraRetryPolicy = {
  retries: 2,
  baseDelayMs: 1,
  maxWaitMs: 5000,
  timeoutMs: 5000,
  sleep: () => Promise.resolve(),
};

function proposal(id: string): ProposedItem {
  const key = `mitigation:${id}`;
  return {
    key,
    kind: 'mitigation',
    id,
    title: `Mitigation ${id}: build it`,
    body: `Put **${id}** in place.\n\n**Where:** \`web\` (planned).\n\n**Threats it answers:**\n- \`SQLI@orders-db\`: SQL injection\n- \`XSS@web\`: Cross-site scripting\n\n${createdItemMarker(key)}`,
    labels: [key, 'threat-align'],
    check: 'TA301',
  };
}

let jira: FakeJira | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

describe.each(['cloud', 'data-center'] as const)('creating the missing items in Jira (%s)', (deployment) => {
  const credentials =
    deployment === 'cloud'
      ? {
          authorization: `Basic ${Buffer.from('ci@example.com:tok-1').toString('base64')}`,
          secrets: ['tok-1'],
        }
      : { authorization: 'Bearer pat-1', secrets: ['pat-1'] };
  const start = (extra: { readOnly?: boolean } = {}) =>
    startFakeJira({
      deployment,
      projects: ['SHOP'],
      email: 'ci@example.com',
      apiToken: 'tok-1',
      pat: 'pat-1',
      ...extra,
    });

  it('creates each once, with its label and marker, and the next read finds them all', async () => {
    jira = await start();
    const http = jiraHttp({ site: jira.site, credentials, policy: instant });
    const proposals = [proposal('M-RATE-LIMIT'), proposal('M-CSP')];
    const created = await createJiraIssues(proposals, {
      http,
      deployment,
      project: 'SHOP',
      issueType: 'Task',
    });
    expect(created).toEqual([
      { key: 'mitigation:M-RATE-LIMIT', ref: 'SHOP-1' },
      { key: 'mitigation:M-CSP', ref: 'SHOP-2' },
    ]);
    const stored = jira.issues[0]?.description;
    if (deployment === 'cloud') expect(stored).toMatchObject({ type: 'doc', version: 1 });
    else expect(stored).toContain('* {{SQLI@orders-db}}: SQL injection');

    const backlog = await readBacklog(
      jiraBacklogProvider({ http, deployment, jql: 'project = "SHOP" ORDER BY key ASC', project: 'SHOP' }),
    );
    jira.expectNoViolations();
    const [first] = backlog.items;
    expect(first?.labels).toEqual(['mitigation:M-RATE-LIMIT', 'threat-align']);
    expect(first?.body).toContain(createdItemMarker('mitigation:M-RATE-LIMIT'));
    expect(first?.body).toContain('SQLI@orders-db: SQL injection');
    // Found by the marker alone, too: a person may remove the label.
    expect(
      proposals.filter((p) => !backlog.items.some((i) => i.body.includes(createdItemMarker(p.key)))),
    ).toEqual([]);
  }, 30_000);

  it('says which permission is missing, and what was created before the failure', async () => {
    jira = await start({ readOnly: true });
    const http = jiraHttp({ site: jira.site, credentials, policy: instant });
    const creation = createJiraIssues([proposal('M-CSP')], {
      http,
      deployment,
      project: 'SHOP',
      issueType: 'Task',
    });
    await expect(creation).rejects.toBeInstanceOf(PartialJiraCreation);
    await expect(creation).rejects.toThrow(/HTTP 403.*"Create issues" permission in project SHOP/);
    jira.expectNoViolations();
  }, 30_000);

  it('sends a create once: a 502 is not retried (the issue may exist), a 429 is', async () => {
    jira = await start();
    const route = `POST /rest/api/${deployment === 'cloud' ? 3 : 2}/issue`;
    jira.fault(
      route,
      { type: 'status', status: 429, retryAfter: 0 },
      { type: 'none' },
      { type: 'status', status: 502 },
    );
    const http = jiraHttp({ site: jira.site, credentials, policy: instant });
    const creation = createJiraIssues([proposal('M-A'), proposal('M-B')], {
      http,
      deployment,
      project: 'SHOP',
      issueType: 'Task',
    });
    await expect(creation).rejects.toMatchObject({ created: [{ key: 'mitigation:M-A', ref: 'SHOP-1' }] });
    expect(jira.count(route)).toBe(3);
    jira.expectNoViolations();
  }, 30_000);
});
