import { jiraBacklogProvider } from '../../../src/adapters/jira/jira-backlog-provider.js';
import { jiraHttp, type JiraRetryPolicy } from '../../../src/adapters/jira/jira-http.js';
import { parseJiraOption } from '../../../src/adapters/jira/jira-backlog-option.js';
import { readBacklog } from '../../../src/core/run-pipeline.js';
import { descriptionFor, startFakeJira, type FakeJira } from '../../fakes/jira/index.js';

const cloudEnv = { JIRA_EMAIL: 'ci@northwind.example', JIRA_API_TOKEN: 'ATATT3xFfGF0-cloud-token' };
const dcEnv = { JIRA_PAT: 'NjM0-dc-personal-access-token' };
const instant: JiraRetryPolicy = {
  retries: 3,
  baseDelayMs: 1,
  maxWaitMs: 5000,
  timeoutMs: 5000,
  sleep: () => Promise.resolve(),
};

let jira: FakeJira | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

async function start(
  deployment: 'cloud' | 'data-center',
  extra: Partial<Parameters<typeof startFakeJira>[0]> = {},
) {
  jira = await startFakeJira({
    deployment,
    projects: ['SHOP', 'OPS'],
    ...(deployment === 'cloud'
      ? { email: cloudEnv.JIRA_EMAIL, apiToken: cloudEnv.JIRA_API_TOKEN }
      : { pat: dcEnv.JIRA_PAT }),
    ...extra,
  });
  return jira;
}

function provider(
  fake: FakeJira,
  deployment: 'cloud' | 'data-center',
  spec = `${fake.site}/SHOP`,
  log?: (m: string) => void,
  env?: Record<string, string | undefined>,
) {
  const parsed = parseJiraOption(`jira:${spec}`, env ?? (deployment === 'cloud' ? cloudEnv : dcEnv));
  if ('problem' in parsed) throw new Error(parsed.problem);
  const { target } = parsed;
  return jiraBacklogProvider({
    http: jiraHttp({
      site: target.site,
      credentials: target.credentials,
      policy: instant,
      ...(log ? { log } : {}),
    }),
    deployment: target.deployment,
    jql: target.jql,
    ...(log ? { log } : {}),
    ...(target.project === undefined ? {} : { project: target.project }),
  });
}

function seed(fake: FakeJira, deployment: 'cloud' | 'data-center') {
  fake.sprints.set(1, {
    id: 1,
    name: 'SHOP Sprint 14',
    state: 'closed',
    startDate: '2026-10-01T09:00:00.000Z',
    endDate: '2026-10-14T17:00:00.000Z',
  });
  fake.sprints.set(2, {
    id: 2,
    name: 'SHOP Sprint 15',
    state: 'active',
    startDate: '2026-11-30T09:00:00.000Z',
    endDate: '2026-12-11T17:00:00.000Z',
  });
  fake.sprints.set(3, { id: 3, name: 'SHOP Sprint 16', state: 'future' });
  fake.addIssue('SHOP', {
    summary: 'Pay by card in one step',
    description:
      deployment === 'cloud'
        ? {
            type: 'doc',
            version: 1,
            content: [
              { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Story' }] },
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'As a shopper I pay on the page, ' },
                  { type: 'text', text: 'WITHOUT', marks: [{ type: 'strong' }] },
                  { type: 'text', text: ' my card being stolen. See ' },
                  { type: 'text', text: 'M-TLS', marks: [{ type: 'code' }] },
                  { type: 'text', text: '.' },
                ],
              },
              {
                type: 'bulletList',
                content: [
                  {
                    type: 'listItem',
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hosted fields' }] }],
                  },
                ],
              },
            ],
          }
        : 'h2. Story\nAs a shopper I pay on the page, *WITHOUT* my card being stolen. See {{M-TLS}}.\n* hosted fields',
    issueType: 'Story',
    status: 'In Progress',
    statusCategory: 'indeterminate',
    labels: ['checkout', 'threat:CARD-THEFT@checkout'],
    sprints: [1, 2],
    links: [{ type: 'Blocks', direction: 'outward', key: 'SHOP-2' }],
  });
  fake.addIssue('SHOP', {
    summary: 'TLS everywhere',
    issueType: 'Task',
    status: 'Done',
    statusCategory: 'done',
    resolution: 'Done',
    fixVersions: [
      { name: '2026.11', released: true },
      { name: '2026.12', released: false },
    ],
    links: [{ type: 'Blocks', direction: 'inward', key: 'SHOP-1' }],
  });
  fake.addIssue('SHOP', {
    summary: 'Old idea',
    statusCategory: 'done',
    status: 'Closed',
    resolution: "Won't Do",
    issueType: 'Bug',
    parent: 'SHOP-1',
    sprints: [3],
  });
  fake.addIssue('OPS', { summary: 'Not in SHOP', description: descriptionFor('other project', deployment) });
}

describe.each(['cloud', 'data-center'] as const)('the Jira backlog provider (%s)', (deployment) => {
  const search = deployment === 'cloud' ? 'POST /rest/api/3/search/jql' : 'POST /rest/api/2/search';
  const field = `GET /rest/api/${deployment === 'cloud' ? 3 : 2}/field`;

  it('maps key, summary, description text, status and resolution, labels, type, sprint, fixVersions, links and URL', async () => {
    const fake = await start(deployment);
    seed(fake, deployment);
    const backlog = await readBacklog(provider(fake, deployment));
    fake.expectNoViolations();
    expect(backlog.items.map((i) => i.id)).toEqual(['SHOP-1', 'SHOP-2', 'SHOP-3']);
    const [story, task, bug] = backlog.items;
    expect(story).toEqual({
      id: 'SHOP-1',
      title: 'Pay by card in one step',
      body:
        deployment === 'cloud'
          ? 'Story\n\nAs a shopper I pay on the page, WITHOUT my card being stolen. See M-TLS.\n\n- hosted fields'
          : 'Story\nAs a shopper I pay on the page, WITHOUT my card being stolen. See M-TLS.\n- hosted fields',
      status: 'open',
      labels: ['checkout', 'threat:CARD-THEFT@checkout'],
      type: 'story',
      url: `${fake.site}/browse/SHOP-1`,
      milestone: 'SHOP Sprint 15',
      links: [{ type: 'blocks', target: 'SHOP-2' }],
    });
    expect(task).toMatchObject({
      status: 'done',
      type: 'task',
      milestone: '2026.12',
      links: [{ type: 'blocked-by', target: 'SHOP-1' }],
    });
    expect(bug).toMatchObject({
      status: 'wont-do',
      type: 'bug',
      milestone: 'SHOP Sprint 16',
      links: [{ type: 'parent', target: 'SHOP-1' }],
    });
    expect(backlog.source).toBe(`jira:${fake.site}/SHOP`);
    expect(fake.count(field)).toBe(1);
    expect(fake.count(search)).toBe(1);
    // Only the fields an item needs, the sprint field found through the field list.
    const body = fake.requests.find((r) => r.route === search)?.body as { fields: string[]; jql: string };
    expect(body.fields).toEqual(expect.arrayContaining(['summary', 'description', 'customfield_10020']));
    expect(body.fields).not.toContain('*all');
    expect(body.jql).toBe('project = "SHOP" ORDER BY key ASC');
  }, 30_000);

  it('reads N issues in ⌈N/page cap⌉ search pages, plus the field list', async () => {
    const fake = await start(deployment, { dataCenterPageCap: 1000 });
    const n = deployment === 'cloud' ? 250 : 2001;
    for (let i = 0; i < n; i++)
      fake.addIssue('SHOP', { summary: `item ${i}`, description: descriptionFor(`body ${i}`, deployment) });
    const backlog = await readBacklog(provider(fake, deployment));
    fake.expectNoViolations();
    expect(backlog.items).toHaveLength(n);
    expect(new Set(backlog.items.map((i) => i.id)).size).toBe(n);
    expect(fake.count(search)).toBe(Math.ceil(n / (deployment === 'cloud' ? 100 : 1000)));
    expect(fake.count(field)).toBe(1);
    expect(fake.requests).toHaveLength(fake.count(search) + 1);
  }, 60_000);

  it('takes a JQL filter instead of a project key', async () => {
    const fake = await start(deployment);
    seed(fake, deployment);
    const jql = encodeURIComponent('project in (SHOP, OPS) AND labels = checkout');
    const backlog = await readBacklog(provider(fake, deployment, `${fake.site}?jql=${jql}`));
    fake.expectNoViolations();
    expect(backlog.items.map((i) => i.id)).toEqual(['SHOP-1']);
  }, 30_000);

  it('retries 429 after Retry-After, 5xx, a dropped connection and a cut-off answer, and says so', async () => {
    const fake = await start(deployment);
    seed(fake, deployment);
    fake.fault(search, { type: 'status', status: 429, retryAfter: 2 }, { type: 'status', status: 503 });
    fake.fault(field, { type: 'drop' }, { type: 'truncate' });
    const said: string[] = [];
    const backlog = await readBacklog(provider(fake, deployment, `${fake.site}/SHOP`, (m) => said.push(m)));
    fake.expectNoViolations();
    expect(backlog.items).toHaveLength(3);
    expect(said).toHaveLength(4);
    expect(said.join('\n')).toContain('retrying in 2 s');
    expect(said.join('\n')).not.toMatch(/token|NjM0|ATATT/);
  }, 30_000);

  it('says which credential, permission or project is wrong on 401, 400/404, and never prints the token', async () => {
    const fake = await start(deployment, { hiddenProjects: ['OPS'] });
    const wrong =
      deployment === 'cloud'
        ? { ...cloudEnv, JIRA_API_TOKEN: 'ATATT-wrong-token' }
        : { JIRA_PAT: 'wrong-pat-value' };
    const unauthorized = readBacklog(provider(fake, deployment, `${fake.site}/SHOP`, undefined, wrong));
    await expect(unauthorized).rejects.toThrow(
      deployment === 'cloud' ? /HTTP 401.*JIRA_EMAIL and JIRA_API_TOKEN/ : /HTTP 401.*JIRA_PAT/,
    );
    await expect(unauthorized).rejects.not.toThrow(/wrong/);
    await expect(readBacklog(provider(fake, deployment, `${fake.site}/OPS`))).rejects.toThrow(
      /HTTP 400.*project key OPS.*The value 'OPS' does not exist/,
    );
    const missingSite = readBacklog(provider(fake, deployment, `${fake.site}/nowhere/SHOP`));
    await expect(missingSite).rejects.toThrow(/HTTP 404/);
    fake.clearViolations();
  }, 30_000);
});

describe('the Jira backlog provider on older Data Center and without Jira Software', () => {
  it('reads the legacy sprint strings', async () => {
    const fake = await start('data-center', { legacySprints: true });
    seed(fake, 'data-center');
    const backlog = await readBacklog(provider(fake, 'data-center'));
    fake.expectNoViolations();
    expect(backlog.items.map((i) => i.milestone)).toEqual(['SHOP Sprint 15', '2026.12', 'SHOP Sprint 16']);
  }, 30_000);

  it('plans by fixVersions when there is no sprint field', async () => {
    const fake = await start('cloud', { software: false });
    seed(fake, 'cloud');
    const said: string[] = [];
    const backlog = await readBacklog(provider(fake, 'cloud', `${fake.site}/SHOP`, (m) => said.push(m)));
    fake.expectNoViolations();
    expect(backlog.items.map((i) => i.milestone)).toEqual([undefined, '2026.12', undefined]);
    expect(said.join()).toContain('no Jira Software sprint field');
  }, 30_000);
});
