import { rmSync } from 'node:fs';
import { startFakeJiraInWorker, type FakeJiraInWorker } from '../../fakes/jira/jira-in-worker.js';
import { runStagedTask, stageTask } from '../azure/stage-task.js';

/**
 * The Azure Pipelines task as the agent starts it — the staged bundle (dist/task.js with its
 * task.json) under azure-pipelines-task-lib's MockTestRunner — with its backlog in the fake Jira
 * Data Center: the jiraPat input, one field list and ⌈N/page cap⌉ search pages, no request to
 * Azure DevOps, the token masked and never printed.
 */
const pat = 'NjM0NTc4-staged-task-pat';
let staged: Awaited<ReturnType<typeof stageTask>>;
let jira: FakeJiraInWorker | undefined;

beforeAll(async () => {
  staged = await stageTask();
}, 180_000);
afterAll(() => {
  rmSync(staged.root, { recursive: true, force: true });
});
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

describe('the staged Azure Pipelines task with a Jira backlog', () => {
  it('reads the Jira project on a manual build, at the page minimum, with no Azure DevOps request', async () => {
    // On a thread of its own: MockTestRunner blocks this one while the task runs.
    jira = await startFakeJiraInWorker(
      { deployment: 'data-center', projects: ['SHOP'], pat },
      Array.from({ length: 1203 }, (_, i) => ({
        project: 'SHOP',
        issue: { summary: `Item ${i + 1}`, labels: i + 1 === 7 ? ['mitigation:M-NOPE'] : [] },
      })),
    );

    const { runner } = await runStagedTask(
      staged,
      { model: 'threatmodel.yaml', backlog: `jira:${jira.site}/SHOP`, jiraPat: pat, failOn: 'never' },
      // No Azure DevOps at this address: a request to Azure Boards would fail the run.
      { BUILD_REASON: 'Manual', SYSTEM_COLLECTIONURI: 'http://127.0.0.1:9/northwind/' },
    );

    expect(runner.succeeded).toBe(true);
    const { requests, violations } = await jira.snapshot();
    expect(violations).toEqual([]);
    // Data Center pages hold at most 1,000 issues: 1,203 issues are two search pages.
    const count = (route: string) => requests.filter((r) => r.route === route).length;
    expect(count('POST /rest/api/2/search')).toBe(2);
    expect(count('GET /rest/api/2/field')).toBe(1);
    expect(requests).toHaveLength(3);
    // The label on SHOP-7 names a mitigation type the knowledge base lacks: TA204 on that item.
    expect(runner.stdout).toMatch(/SHOP-7: TA204: /);
    // The agent masks what ##vso[task.setsecret] names, and every secret variable: the task registers
    // the token at once, and task-lib's own debug echo of the input (`jiraPat=…`) is of a value the
    // pipeline passes as a secret variable (`jiraPat: $(JIRA_PAT)`), which the agent masks too.
    expect(runner.stdout).toContain(`##vso[task.setsecret]${pat}`);
    const shown = runner.stdout
      .replace(`##vso[task.setsecret]${pat}`, '')
      .replace(`##vso[task.debug]jiraPat=${pat}`, '');
    expect(shown).not.toContain(pat);
    expect(runner.stderr).not.toContain(pat);
  }, 180_000);
});
