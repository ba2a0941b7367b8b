import { runInProcess } from '../azure/in-process-task.js';
import { startFakeJira, type FakeJira } from '../../fakes/jira/index.js';

/**
 * The Azure Pipelines task with its backlog in Jira Data Center: the Jira inputs (over the JIRA_*
 * variables), the field list and ⌈N/page cap⌉ search pages, the items in the summary's findings, and
 * no request to Azure Boards; a refused token fails the task with a message that names the fix.
 */
const pat = 'NjM0NTc4-task-pat';
let jira: FakeJira | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

describe('the Azure Pipelines task with a Jira backlog', () => {
  it('reads the Jira project on a scheduled build instead of Azure Boards', async () => {
    jira = await startFakeJira({ deployment: 'data-center', projects: ['SHOP'], pat });
    for (let i = 1; i <= 1203; i++)
      jira.addIssue('SHOP', { summary: `Item ${i}`, labels: i === 7 ? ['mitigation:M-NOPE'] : [] });
    // No Azure DevOps at this address: a request to Azure Boards would fail the run.
    const run = await runInProcess(
      'http://127.0.0.1:9/northwind/',
      'unused',
      {},
      {
        backlog: `jira:${jira.site}/SHOP`,
        jira: { JIRA_PAT: pat },
      },
    );
    jira.expectNoViolations();
    expect(run.message).toMatch(/^threat-align: \d+ error/);
    expect(run.failed).toBe(false);
    expect(jira.count('POST /rest/api/2/search')).toBe(2);
    expect(jira.count('GET /rest/api/2/field')).toBe(1);
    expect(run.summary).toContain('SHOP-7');
  }, 60_000);

  it('backlogItems create makes the missing items as Jira issues once; a rerun makes none', async () => {
    jira = await startFakeJira({ deployment: 'data-center', projects: ['SHOP'], pat });
    const inputs = {
      backlog: `jira:${jira.site}/SHOP`,
      jira: { JIRA_PAT: pat },
      backlogItems: 'create' as const,
    };
    const first = await runInProcess('http://127.0.0.1:9/northwind/', 'unused', {}, inputs);
    const created = jira.count('POST /rest/api/2/issue');
    expect(created).toBeGreaterThan(0);
    expect(
      jira.issues.every((i) => i.labels.includes('threat-align') && typeof i.description === 'string'),
    ).toBe(true);
    expect(first.summary).toContain(`${created} of ${created} missing backlog items created`);
    const second = await runInProcess('http://127.0.0.1:9/northwind/', 'unused', {}, inputs);
    expect(jira.count('POST /rest/api/2/issue')).toBe(created);
    expect(second.summary).toContain('No missing backlog item');
    jira.expectNoViolations();
  }, 60_000);

  it('fails with the fix when Jira refuses the token, never printing it', async () => {
    jira = await startFakeJira({ deployment: 'data-center', projects: ['SHOP'], pat });
    const run = await runInProcess(
      'http://127.0.0.1:9/northwind/',
      'unused',
      {},
      {
        backlog: `jira:${jira.site}/SHOP`,
        jira: { JIRA_PAT: 'wrong-pat-42' },
      },
    );
    expect(run.failed).toBe(true);
    expect(run.message).toMatch(/Jira: could not read the field list .* \(HTTP 401\)\. .*JIRA_PAT/);
    expect([run.message, ...run.info, ...run.warnings].join('\n')).not.toContain('wrong-pat-42');
  }, 60_000);
});
