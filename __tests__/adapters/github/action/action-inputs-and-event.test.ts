import { readActionEvent } from '../../../../src/adapters/github/action/action-event.js';
import { InputProblem, readActionInputs } from '../../../../src/adapters/github/action/action-inputs.js';
import {
  countsRecord,
  readCountsRecord,
  trendLine,
} from '../../../../src/adapters/github/action/audit-trend.js';
import { sameAuthor } from '../../../../src/adapters/github/action/token-identity.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readActionInputs', () => {
  it("takes action.yml's defaults for inputs the runner leaves empty", () => {
    expect(readActionInputs(reader({ token: 't' }))).toEqual({
      model: 'threatmodel.yaml',
      config: '.threat-align.yaml',
      token: 't',
      backlog: 'github',
      jira: {},
      failOnNewOnly: false,
      comment: true,
      annotations: true,
      summary: true,
      sarifFile: '',
      jsonFile: '',
      trackingIssue: true,
      backlogItems: 'dry-run',
      detectionFolder: '',
    });
  });

  it('reads the Jira inputs and the Projects iteration setting', () => {
    const inputs = readActionInputs(
      reader({
        token: 't',
        backlog: 'jira:https://northwind.atlassian.net/SHOP',
        'jira-email': 'ci@northwind.example',
        'jira-api-token': 'secret',
        project: 'northwind/3',
        'iteration-field': 'Sprint',
        'backlog-items': 'create',
      }),
    );
    expect(inputs.jira).toEqual({ JIRA_EMAIL: 'ci@northwind.example', JIRA_API_TOKEN: 'secret' });
    expect(inputs.iterations).toEqual({ project: 3, owner: 'northwind', field: 'Sprint' });
    expect(readActionInputs(reader({ token: 't', project: '7' })).iterations).toEqual({
      project: 7,
      field: 'Iteration',
    });
  });

  it.each([
    [{ 'fail-on': 'fatal' }, /"fail-on" must be one of error, warning, note, never/],
    [{ profile: 'deep' }, /"profile" must be top or full/],
    [
      { backlog: 'jira' },
      /the backlog option takes file:PATH .* github \(this repository's issues\) or jira:SITE\/PROJECT \(a Jira project.*\), not "jira"/,
    ],
    [{ project: 'shop board' }, /"project" must be a Projects \(v2\) number, such as 3, or OWNER\/NUMBER/],
    [{ comment: 'maybe' }, /"comment" must be true or false/],
    [{ 'backlog-items': 'yes' }, /"backlog-items" must be one of off, dry-run, create, not "yes"/],
    [
      { 'backlog-items': 'create', backlog: 'file:backlog.json' },
      /"backlog-items" is create, but the backlog is file:backlog\.json: .* set "backlog" to github/,
    ],
  ])('rejects %p with a sentence naming the input', (values, message) => {
    expect(() => readActionInputs(reader(values))).toThrow(InputProblem);
    expect(() => readActionInputs(reader(values))).toThrow(message);
  });
});

describe('readActionEvent', () => {
  const pr = (head: string | null) => ({
    pull_request: {
      number: 7,
      base: { sha: 'b', repo: { full_name: 'northwind/shop' } },
      head: { sha: 'h', repo: head === null ? null : { full_name: head } },
    },
  });

  it('reads a pull request, and tells a fork (or a deleted one) by its head repository', () => {
    expect(readActionEvent('pull_request', pr('northwind/shop'), 'm')).toEqual({
      kind: 'pull-request',
      number: 7,
      baseSha: 'b',
      headSha: 'h',
      fromFork: false,
    });
    expect(readActionEvent('pull_request_target', pr('someone/shop'), 'm')).toMatchObject({ fromFork: true });
    expect(readActionEvent('pull_request', pr(null), 'm')).toMatchObject({ fromFork: true });
  });

  it('routes schedule and workflow_dispatch to the audit, push to the summary', () => {
    expect(readActionEvent('schedule', {}, 'm')).toEqual({ kind: 'audit', name: 'schedule' });
    expect(readActionEvent('workflow_dispatch', {}, 'm')).toEqual({
      kind: 'audit',
      name: 'workflow_dispatch',
    });
    expect(readActionEvent('push', {}, 'm')).toEqual({ kind: 'push', sha: 'm' });
    expect(readActionEvent('release', {}, 'm')).toEqual({ kind: 'other', name: 'release' });
  });

  it('says what is missing from a pull-request payload', () => {
    expect(() => readActionEvent('pull_request', {}, 'm')).toThrow(
      /no pull_request number, base.sha and head.sha/,
    );
  });
});

describe('the audit trend', () => {
  it('reads back what it recorded and compares each count', () => {
    const before = { error: 2, warning: 5, note: 1, total: 8 };
    const body = `report\n\n${countsRecord(before, '2026-11-20')}`;
    expect(readCountsRecord(body)).toEqual({ ...before, date: '2026-11-20' });
    expect(trendLine({ error: 1, warning: 7, note: 1, total: 9 }, readCountsRecord(body))).toBe(
      '**Trend since the previous audit (2026-11-20):** errors 2 → 1 (−1) · warnings 5 → 7 (+2) · notes 1 → 1 (±0) · total 8 → 9 (+1)',
    );
    expect(trendLine(before, undefined)).toMatch(/first audit/);
    expect(readCountsRecord('<!-- threat-align-counts: {broken -->')).toBeUndefined();
  });
});

describe('sameAuthor', () => {
  it("treats REST's bot login and GraphQL's as one author, and nobody else", () => {
    expect(sameAuthor('github-actions[bot]', 'github-actions')).toBe(true);
    expect(sameAuthor('GitHub-Actions[bot]', 'github-actions[bot]')).toBe(true);
    expect(sameAuthor('mallory', 'github-actions')).toBe(false);
    expect(sameAuthor(undefined, 'github-actions')).toBe(false);
  });
});

describe('links to the check pages', () => {
  it('point at the action’s own repository and ref when the runner names them, else stay relative', async () => {
    const { docsBaseFor } = await import('../../../../src/adapters/github/action/action-report.js');
    expect(docsBaseFor({ GITHUB_ACTION_REPOSITORY: 'acme/threat-align', GITHUB_ACTION_REF: 'v1' })).toBe(
      'https://github.com/acme/threat-align/blob/v1/docs/checks/',
    );
    expect(
      docsBaseFor({
        GITHUB_ACTION_REPOSITORY: 'acme/threat-align',
        GITHUB_ACTION_REF: 'v1',
        GITHUB_SERVER_URL: 'https://ghes.example/',
      }),
    ).toBe('https://ghes.example/acme/threat-align/blob/v1/docs/checks/');
    expect(docsBaseFor({})).toBe('https://github.com/threat-align/threat-align/blob/main/docs/checks/');
  });
});
