import { createCloudClient } from 'jira.js';
import { descriptionFor, startFakeJira, type FakeJira } from '../../fakes/jira/index.js';

/**
 * The fake Jira answers a real client library, unmodified: jira.js (generated from Atlassian's v3
 * description, with its own checks of what it sends and reads) lists the fields, pages through the
 * enhanced JQL search by nextPageToken (GET and POST), creates an issue with an ADF description and
 * reads it back — and the fake finds nothing in its requests that the description rejects.
 */
const email = 'ci@northwind.example';
const apiToken = 'ATATT3xFfGF0-jira-js';
let jira: FakeJira;

beforeEach(async () => {
  jira = await startFakeJira({ deployment: 'cloud', projects: ['SHOP'], email, apiToken });
  for (let i = 1; i <= 130; i++)
    jira.addIssue('SHOP', {
      summary: `Item ${i}`,
      description: descriptionFor(`Body of item ${i}`, 'cloud'),
    });
}, 30_000);
afterEach(() => jira.close());

function client() {
  return createCloudClient({ host: jira.site, auth: { type: 'basic', email, apiToken } });
}

describe('the fake Jira with jira.js', () => {
  it('lists the fields, with the Jira Software sprint field', async () => {
    const fields = await client().issueFields.getFields();
    expect(fields.find((f) => f.schema?.custom === 'com.pyxis.greenhopper.jira:gh-sprint')?.id).toBe(
      'customfield_10020',
    );
    jira.expectNoViolations();
  }, 30_000);

  it('pages through the enhanced search by nextPageToken, 100 a page with fields', async () => {
    const keys: string[] = [];
    let nextPageToken: string | undefined;
    do {
      const page = await client().issueSearch.searchAndReconsileIssuesUsingJqlPost({
        jql: 'project = SHOP ORDER BY key ASC',
        fields: ['summary', 'status'],
        maxResults: 5000,
        ...(nextPageToken === undefined ? {} : { nextPageToken }),
      });
      keys.push(...(page.issues ?? []).map((issue) => issue.key ?? ''));
      nextPageToken = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
    } while (nextPageToken !== undefined);
    expect(keys).toHaveLength(130);
    expect(keys[129]).toBe('SHOP-130');
    expect(jira.count('POST /rest/api/3/search/jql')).toBe(2);
    const got = await client().issueSearch.searchAndReconsileIssuesUsingJql({
      jql: 'project = SHOP AND key in (SHOP-7, SHOP-8)',
      fields: ['summary'],
    });
    expect(got.issues?.map((i) => String(i.fields?.summary))).toEqual(['Item 7', 'Item 8']);
    jira.expectNoViolations();
  }, 30_000);

  it('creates an issue with an ADF description and reads it back', async () => {
    const created = await client().issues.createIssue({
      fields: {
        summary: 'Mitigation M-RATE-LIMIT: Rate limiting',
        issuetype: { name: 'Task' },
        project: { key: 'SHOP' },
        labels: ['mitigation:M-RATE-LIMIT', 'threat-align'],
        description: {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Limit it.' }] }],
        },
      },
    });
    expect(created.key).toBe('SHOP-131');
    const issue = await client().issues.getIssue({ issueIdOrKey: 'SHOP-131', fields: ['summary', 'labels'] });
    expect(issue.fields?.labels).toEqual(['mitigation:M-RATE-LIMIT', 'threat-align']);
    jira.expectNoViolations();
  }, 30_000);

  it('holds jira.js to the description too: a misspelt body key is a violation', async () => {
    const raw = await fetch(`${jira.site}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ jql: 'project = SHOP', maxResult: 10 }),
    });
    expect(raw.status).toBe(400);
    expect(jira.violations.join()).toContain('must NOT have additional properties: maxResult');
    jira.clearViolations();
  }, 30_000);
});
