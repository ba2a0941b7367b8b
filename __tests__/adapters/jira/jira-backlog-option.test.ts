import { parseJiraOption } from '../../../src/adapters/jira/jira-backlog-option.js';

const cloud = { JIRA_EMAIL: 'ci@northwind.example', JIRA_API_TOKEN: 'tok' };

describe('--backlog jira:…', () => {
  it.each([
    [
      'jira:https://northwind.atlassian.net/SHOP',
      cloud,
      {
        site: 'https://northwind.atlassian.net',
        project: 'SHOP',
        jql: 'project = "SHOP" ORDER BY key ASC',
        deployment: 'cloud',
      },
    ],
    [
      'jira:https://jira.example.com/jira/SEC_2/',
      { JIRA_PAT: 'p' },
      { site: 'https://jira.example.com/jira', project: 'SEC_2', deployment: 'data-center' },
    ],
    [
      'jira:SHOP',
      { ...cloud, JIRA_SITE: 'https://northwind.atlassian.net/' },
      { site: 'https://northwind.atlassian.net', project: 'SHOP' },
    ],
    [
      'jira:https://northwind.atlassian.net?jql=project%20%3D%20SHOP%20AND%20labels%20%3D%20a%26b',
      cloud,
      { site: 'https://northwind.atlassian.net', jql: 'project = SHOP AND labels = a&b' },
    ],
    ['jira:https://northwind.atlassian.net?jql=project = SHOP', cloud, { jql: 'project = SHOP' }],
  ])('%s', (option, env, expected) => {
    const parsed = parseJiraOption(option, env);
    expect('target' in parsed && parsed.target).toMatchObject(expected);
  });

  it('sends Basic for Cloud and Bearer for Data Center, and names the secrets to redact', () => {
    const c = parseJiraOption('jira:SHOP', { ...cloud, JIRA_SITE: 'https://x.atlassian.net' });
    const d = parseJiraOption('jira:SHOP', { JIRA_PAT: 'pat-9', JIRA_SITE: 'https://jira.x' });
    expect('target' in c && c.target.credentials.authorization).toBe(
      `Basic ${Buffer.from('ci@northwind.example:tok').toString('base64')}`,
    );
    expect('target' in c && c.target.credentials.secrets).toContain('tok');
    expect('target' in d && d.target.credentials).toEqual({
      authorization: 'Bearer pat-9',
      secrets: ['pat-9'],
    });
  });

  it.each([
    ['jira:', cloud, /--backlog takes jira:SITE\/PROJECT/],
    [
      'jira:https://northwind.atlassian.net/shop',
      cloud,
      /the last part of the URL must be a project key such as SHOP/,
    ],
    ['jira:SHOP', cloud, /jira:SHOP names no site: set JIRA_SITE/],
    ['jira:ftp://x/SHOP', cloud, /--backlog takes/],
    ['jira:https://me:pw@northwind.atlassian.net/SHOP', cloud, /must not carry credentials/],
    ['jira:https://northwind.atlassian.net?jql=%E0%A4%A', cloud, /not percent-encoded correctly/],
    [
      'jira:https://northwind.atlassian.net/SHOP',
      {},
      /no Jira credentials: set JIRA_EMAIL and JIRA_API_TOKEN .* or JIRA_PAT/,
    ],
    ['jira:https://northwind.atlassian.net/SHOP', { JIRA_API_TOKEN: 't' }, /JIRA_EMAIL is not/],
    [
      'jira:https://northwind.atlassian.net/SHOP',
      { ...cloud, JIRA_PAT: 'p' },
      /both JIRA_PAT and JIRA_API_TOKEN are set/,
    ],
  ])('%s with %j: %s', (option, env, problem) => {
    const parsed = parseJiraOption(option, env);
    expect('problem' in parsed && parsed.problem).toMatch(problem);
  });
});
