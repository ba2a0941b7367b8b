import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeInWorker, FakeSnapshot } from '../../fakes/azure/fake-in-worker.js';
import type { FakeWorkItem } from '../../fakes/azure/index.js';
import { execFileSync } from 'node:child_process';
import { azureModel } from './model-fixture.js';
import { runStagedTask, stageTask } from './stage-task.js';
import { useFakeInWorker } from './use-fake-azure.js';

const token = 'fake-system-access-token-3c9e1f7a';
const threads =
  '/{organization}/{project}/_apis/git/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads';
const wiql = 'POST /{organization}/{project}/{team}/_apis/wit/wiql';
const batch = 'POST /{organization}/{project}/_apis/wit/workitemsbatch';
const createRoute = 'POST /{organization}/{project}/_apis/wit/workitems/${type}';
const repositoryId = '9f1c3a52-0000-4000-8000-000000000001';
let staged: Awaited<ReturnType<typeof stageTask>>;
const startFake = useFakeInWorker();

beforeAll(async () => {
  staged = await stageTask();
}, 60_000);
afterAll(() => {
  rmSync(staged.root, { recursive: true, force: true });
});

interface TaskRun {
  stdout: string;
  stderr: string;
  succeeded: boolean;
  /** `##vso[task.logissue …]` lines. */
  issues: string[];
  /** The messages of `##vso[task.issue type=warning;]` lines (task.warning). */
  warnings: string[];
  completeMessage: string;
  workspace: string;
}

/**
 * Runs the staged task through MockTestRunner, offline: its `nodePath` is set to the running Node
 * (process.execPath), so `runAsync()` neither reads the task.json's handler nor downloads a Node.
 * The runner spawns a generated TaskMockRunner file that sets the agent's environment (SYSTEM_*,
 * BUILD_*, INPUT_* through setInput) and runs the bundle, which carries its own task-lib.
 */
async function runTask(
  inputs: Record<string, string>,
  variables: Record<string, string>,
  prepare?: (workspace: string) => void,
): Promise<TaskRun> {
  const { runner, workspace } = await runStagedTask(staged, inputs, variables, prepare);
  const lines = runner.stdout.split('\n');
  return {
    stdout: runner.stdout,
    stderr: runner.stderr,
    succeeded: runner.succeeded,
    issues: lines.filter((l) => l.startsWith('##vso[task.logissue')),
    warnings: lines
      .filter((l) => l.startsWith('##vso[task.issue type=warning'))
      .map((l) => l.replace(/^##vso\[[^\]]*\]/, '')),
    completeMessage:
      lines.find((l) => l.startsWith('##vso[task.complete'))?.replace(/^##vso\[[^\]]*\]/, '') ?? '',
    workspace,
  };
}

const fields = (title: string): Record<string, unknown> => ({
  'System.Title': title,
  'System.State': 'Active',
  'System.WorkItemType': 'Task',
});
const workItems: FakeWorkItem[] = [
  { id: 2, project: 'Shop', fields: fields('Parameterized queries in the orders API') },
  { id: 3, project: 'Shop', fields: fields('TLS everywhere') },
];

const pullRequestBuild = (f: FakeInWorker): Record<string, string> => ({
  BUILD_REASON: 'PullRequest',
  SYSTEM_COLLECTIONURI: f.collectionUrl,
  SYSTEM_ACCESSTOKEN: token,
  SYSTEM_PULLREQUEST_PULLREQUESTID: '42',
  BUILD_REPOSITORY_ID: repositoryId,
  BUILD_REPOSITORY_PROVIDER: 'TfsGit',
  SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
});

const count = (snapshot: FakeSnapshot, route: string): number =>
  snapshot.requests.filter((r) => r.route === route).length;

describe('the Azure Pipelines task (bundled, through MockTestRunner)', () => {
  it('on a pull request: reads Azure Boards, keeps one thread, logs issues on the model, uploads the summary, writes SARIF and JSON', async () => {
    const fake = await startFake({ token }, workItems);
    const inputs = {
      model: 'threatmodel.yaml',
      failOn: 'error',
      sarifFile: 'out/report.sarif',
      jsonFile: 'out/report.json',
    };
    const first = await runTask(inputs, pullRequestBuild(fake));
    const second = await runTask(inputs, pullRequestBuild(fake));

    for (const run of [first, second]) {
      // AB#404 does not exist (TA304, an error): the task fails, with the summary line as its message.
      expect(run.succeeded).toBe(false);
      expect(run.completeMessage).toMatch(/^threat-align: \d+ errors?, /);
      expect(
        run.issues.some((l) =>
          l.includes('type=error;code=TA304;sourcepath=threatmodel.yaml;linenumber=16;'),
        ),
      ).toBe(true);
      // Errors first, 50 logged issues in all (the last one counts the rest when there are more).
      expect(run.issues.length).toBeLessThanOrEqual(50);
      expect(run.issues[0]).toContain('type=error;');
      expect(run.stdout).toContain(
        `##vso[task.uploadsummary]${join(run.workspace, 'temp', 'threat-align-summary.md')}`,
      );
      expect(readFileSync(join(run.workspace, 'temp', 'threat-align-summary.md'), 'utf8')).toContain(
        '<!-- threat-align:azure-pipelines -->',
      );
      expect(JSON.parse(readFileSync(join(run.workspace, 'out', 'report.sarif'), 'utf8'))).toMatchObject({
        version: '2.1.0',
      });
      expect(JSON.parse(readFileSync(join(run.workspace, 'out', 'report.json'), 'utf8'))).toHaveProperty(
        'findings',
      );
    }
    const snapshot = await fake.snapshot(repositoryId, 42);
    expect(snapshot.threads).toHaveLength(1);
    expect(snapshot.threads[0]?.comments[0]?.content).toMatch(/^<!-- threat-align:azure-pipelines -->/);
    expect(count(snapshot, wiql)).toBe(2);
    expect(count(snapshot, batch)).toBe(2);
    expect(count(snapshot, `GET ${threads}`)).toBe(2);
    expect(count(snapshot, `POST ${threads}`)).toBe(1);
    expect(count(snapshot, `PATCH ${threads}/{threadId}/comments/{commentId}`)).toBe(1);
  }, 60_000);

  it('on a scheduled build: the summary and no thread; failOn never succeeds', async () => {
    const fake = await startFake({ token }, workItems);
    const run = await runTask(
      { model: 'threatmodel.yaml', failOn: 'never' },
      { BUILD_REASON: 'Schedule', SYSTEM_COLLECTIONURI: fake.collectionUrl, SYSTEM_ACCESSTOKEN: token },
    );
    expect(run.succeeded).toBe(true);
    expect(run.stdout).toContain('##vso[task.uploadsummary]');
    const snapshot = await fake.snapshot();
    expect(count(snapshot, wiql)).toBe(1);
    expect(count(snapshot, `GET ${threads}`)).toBe(0);
  }, 60_000);

  it('fails with a message, no stack and no token when the token is refused; the token only ever goes to setsecret', async () => {
    const fake = await startFake({ token }, workItems);
    const wrong = 'wrong-token-5d1c0b9e77';
    const run = await runTask(
      { model: 'threatmodel.yaml' },
      { ...pullRequestBuild(fake), SYSTEM_ACCESSTOKEN: wrong },
    );
    expect(run.succeeded).toBe(false);
    expect(run.completeMessage).toMatch(
      /^Azure DevOps: could not connect to Azure Boards at http:\/\/127\.0\.0\.1:\d+\/northwind\/ \(HTTP 401\).*"Work items: Read"/,
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
    const withToken = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes(wrong));
    expect(withToken).toEqual([`##vso[task.setsecret]${wrong}`]);
  }, 60_000);

  it('fails clearly when the model is missing', async () => {
    const run = await runTask({ model: 'nope.yaml', backlog: 'none' }, { BUILD_REASON: 'Manual' });
    expect(run.succeeded).toBe(false);
    expect(run.completeMessage).toBe(
      'threat-align: the threat model cannot be read: nope.yaml does not exist',
    );
  }, 60_000);

  it('backlogItems on a scheduled build: dry-run lists N and creates none; create makes exactly N, as AB#N; a rerun makes none', async () => {
    const fake = await startFake({ token }, workItems);
    const scheduled = {
      BUILD_REASON: 'Schedule',
      SYSTEM_COLLECTIONURI: fake.collectionUrl,
      SYSTEM_ACCESSTOKEN: token,
    };
    const summaryOf = (run: TaskRun): string =>
      readFileSync(join(run.workspace, 'temp', 'threat-align-summary.md'), 'utf8');
    const created = async (): Promise<number> =>
      (await fake.snapshot()).requests.filter((r) => r.route === createRoute && r.status === 200).length;

    // The default is a dry run.
    const dryRun = await runTask({ model: 'threatmodel.yaml', failOn: 'never' }, scheduled);
    expect(dryRun.succeeded).toBe(true);
    const listed = /### Backlog items \(dry run\)\n\n(\d+) missing backlog items would be created\./.exec(
      summaryOf(dryRun),
    );
    const n = Number(listed?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(await created()).toBe(0);

    const create = await runTask(
      { model: 'threatmodel.yaml', failOn: 'never', backlogItems: 'create' },
      scheduled,
    );
    expect(create.succeeded).toBe(true);
    expect(await created()).toBe(n);
    expect(summaryOf(create)).toContain(`${n} of ${n} missing backlog items created.`);
    const refs = [...summaryOf(create).matchAll(/^- (AB#\d+) /gm)].map((m) => m[1]);
    expect(refs).toHaveLength(n);
    expect(new Set(refs).size).toBe(n);
    const bodies = (await fake.snapshot()).requests.filter((r) => r.route === createRoute).map((r) => r.body);
    expect(bodies[0]).toEqual(
      expect.arrayContaining([
        {
          op: 'add',
          path: '/fields/System.Tags',
          value: expect.stringMatching(/^(mitigation|event):\S+; threat-align$/),
        },
      ]),
    );

    const rerun = await runTask(
      { model: 'threatmodel.yaml', failOn: 'never', backlogItems: 'create' },
      scheduled,
    );
    expect(rerun.succeeded).toBe(true);
    expect(await created()).toBe(n);
    expect(summaryOf(rerun)).toContain('No missing backlog item: nothing to create.');

    // Never on a pull request.
    const pullRequest = await runTask(
      { model: 'threatmodel.yaml', failOn: 'never', backlogItems: 'create', prComment: 'false' },
      { ...scheduled, BUILD_REASON: 'PullRequest' },
    );
    expect(pullRequest.succeeded).toBe(true);
    expect(summaryOf(pullRequest)).not.toContain('### Backlog items');
  }, 120_000);

  it.each([
    [{ backlogItems: 'always' }, 'The input backlogItems must be one of off, dry-run, create, not "always".'],
    [
      { backlogItems: 'create', backlog: 'file:backlog.json' },
      'The input backlogItems create needs backlog azure-boards (the next run must read the items it created), not "file:backlog.json".',
    ],
    [
      { backlogItems: 'create', workItemTypes: 'User Story, Bug' },
      'The input createWorkItemType "Task" is not among workItemTypes (User Story, Bug): add it, or the next run would not read the items it created.',
    ],
  ])(
    'refuses backlogItems inputs that cannot work: %j',
    async (inputs, message) => {
      const run = await runTask({ model: 'threatmodel.yaml', ...inputs }, { BUILD_REASON: 'Manual' });
      expect(run.succeeded).toBe(false);
      expect(run.completeMessage).toBe(message);
    },
    60_000,
  );
});

describe('the Azure Pipelines task on pull requests: the base model, failOnNewOnly, the thread author', () => {
  const items = 'GET /{organization}/{project}/_apis/git/repositories/{repositoryId}/items?path={path}';
  const marker = '<!-- threat-align:azure-pipelines -->';
  const change = '### This pull request';
  /** The model of the target branch without AB#404: the head's TA304 (an error) is new. */
  const baseWithoutMissingItem = azureModel.replace("['AB#3', 'AB#404']", "['AB#3']");
  const baseAt = (content: string) => ({
    files: [{ repositoryId, branch: 'main', path: 'threatmodel.yaml', content }],
  });
  const threadOf = async (f: FakeInWorker): Promise<string> =>
    (await f.snapshot(repositoryId, 42)).threads.at(-1)?.comments[0]?.content ?? '';

  it('reads the base at the target branch: with nothing new, failOnNewOnly passes although errors remain', async () => {
    const fake = await startFake({ token }, workItems, baseAt(azureModel));
    const run = await runTask(
      { model: 'threatmodel.yaml', failOn: 'error', failOnNewOnly: 'true' },
      pullRequestBuild(fake),
    );

    expect(run.succeeded).toBe(true);
    expect(run.completeMessage).toMatch(/^threat-align: \d+ errors?, .* · 0 new, 0 fixed$/);
    const thread = await threadOf(fake);
    expect(thread.startsWith(marker)).toBe(true);
    expect(thread).toContain(change);
    expect(thread).toContain('0 new findings, 0 findings fixed');
    expect(thread).not.toContain('The base branch has no analysis');
    const snapshot = await fake.snapshot();
    expect(count(snapshot, items)).toBe(1);
    expect(snapshot.requests.find((r) => r.route === items)?.status).toBe(200);
    // The backlog is read once for both analyses.
    expect(count(snapshot, wiql)).toBe(1);
    expect(run.warnings).toEqual([]);
  }, 60_000);

  it('fails with failOnNewOnly on a finding the target branch does not have, and the thread leads with it', async () => {
    const fake = await startFake({ token }, workItems, baseAt(baseWithoutMissingItem));
    const run = await runTask(
      { model: 'threatmodel.yaml', failOn: 'error', failOnNewOnly: 'true' },
      pullRequestBuild(fake),
    );

    expect(run.succeeded).toBe(false);
    expect(run.completeMessage).toMatch(/ · 1 new, 0 fixed$/);
    const thread = await threadOf(fake);
    const fixFirst = thread.indexOf('### Fix first');
    const newAction = thread.indexOf('**new in this pull request**');
    expect(fixFirst).toBeGreaterThan(0);
    expect(newAction).toBeGreaterThan(fixFirst);
    expect(thread.lastIndexOf('TA304', newAction)).toBeGreaterThan(fixFirst);
    expect(thread.indexOf(change)).toBeGreaterThan(newAction);
    expect(thread).toContain('1 new finding, 0 findings fixed');
  }, 60_000);

  it('counts every finding as new when the target branch has no model (404)', async () => {
    const fake = await startFake({ token }, workItems);
    const run = await runTask(
      { model: 'threatmodel.yaml', failOn: 'error', failOnNewOnly: 'true' },
      pullRequestBuild(fake),
    );

    expect(run.succeeded).toBe(false);
    expect(await threadOf(fake)).toContain(
      'The base branch has no analysis of this model: every threat and finding counts as new.',
    );
    const snapshot = await fake.snapshot();
    expect(snapshot.requests.find((r) => r.route === items)?.status).toBe(404);
  }, 60_000);

  it('creates its own thread beside one that carries the marker but was written by somebody else', async () => {
    const pasted = `${marker}\n## a report pasted by a reviewer`;
    const fake = await startFake({ token }, workItems, {
      threads: [{ repositoryId, pullRequestId: 42, content: pasted }],
    });
    await runTask({ model: 'threatmodel.yaml', failOn: 'never' }, pullRequestBuild(fake));
    await runTask({ model: 'threatmodel.yaml', failOn: 'never' }, pullRequestBuild(fake));

    const snapshot = await fake.snapshot(repositoryId, 42);
    expect(snapshot.threads.map((t) => t.comments[0]?.author.displayName)).toEqual([
      'Ada Reviewer',
      'Shop Build Service (northwind)',
    ]);
    expect(snapshot.threads[0]?.comments[0]?.content).toBe(pasted);
    expect(snapshot.threads[1]?.comments[0]?.content).toContain(change);
    expect(count(snapshot, `POST ${threads}`)).toBe(1);
    expect(count(snapshot, `PATCH ${threads}/{threadId}/comments/{commentId}`)).toBe(1);
    expect(count(snapshot, 'GET _apis/connectionData')).toBe(2);
  }, 60_000);

  it('goes on without a change section when the base cannot be read (here: no token at all)', async () => {
    const run = await runTask(
      { model: 'threatmodel.yaml', backlog: 'none', prComment: 'false', failOn: 'never' },
      {
        BUILD_REASON: 'PullRequest',
        SYSTEM_COLLECTIONURI: 'http://127.0.0.1:9/northwind/',
        SYSTEM_PULLREQUEST_PULLREQUESTID: '42',
        SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
        BUILD_REPOSITORY_ID: repositoryId,
        BUILD_REPOSITORY_PROVIDER: 'TfsGit',
      },
    );
    expect(run.succeeded).toBe(true);
    expect(run.warnings).toEqual([
      expect.stringMatching(
        /^threat-align: no comparison with the target branch, so no change section: No access token: map it into the task/,
      ),
    ]);
    expect(readFileSync(join(run.workspace, 'temp', 'threat-align-summary.md'), 'utf8')).not.toContain(
      change,
    );
  }, 60_000);

  describe('a GitHub repository built in Azure Pipelines', () => {
    const gitHubBuild = (f: FakeInWorker): Record<string, string> => ({
      ...pullRequestBuild(f),
      BUILD_REPOSITORY_PROVIDER: 'GitHub',
      BUILD_REPOSITORY_ID: 'northwind/shop',
      SYSTEM_PULLREQUEST_TARGETBRANCH: 'main',
    });
    /** The workspace as a clone whose origin/main holds the base model (what a full fetch gives). */
    const cloneWithBase = (workspace: string): void => {
      const git = (...args: string[]): string =>
        execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
          cwd: workspace,
          encoding: 'utf8',
        });
      const head = readFileSync(join(workspace, 'threatmodel.yaml'), 'utf8');
      git('init', '-q', '-b', 'topic');
      writeFileSync(join(workspace, 'threatmodel.yaml'), baseWithoutMissingItem);
      git('add', 'threatmodel.yaml');
      git('commit', '-q', '-m', 'base');
      git('update-ref', 'refs/remotes/origin/main', 'HEAD');
      writeFileSync(join(workspace, 'threatmodel.yaml'), head);
    };
    const summaryOf = (run: TaskRun): string =>
      readFileSync(join(run.workspace, 'temp', 'threat-align-summary.md'), 'utf8');

    it('reads Azure Boards, warns once that there is no thread, and takes the base from origin/<target>', async () => {
      const fake = await startFake({ token }, workItems);
      const run = await runTask(
        { model: 'threatmodel.yaml', failOn: 'error', failOnNewOnly: 'true' },
        gitHubBuild(fake),
        cloneWithBase,
      );

      expect(run.succeeded).toBe(false);
      expect(run.warnings).toEqual([
        'threat-align: no pull-request thread, because the repository is on GitHub and threads exist only on Azure Repos pull requests. The build summary has the whole report.',
      ]);
      const summary = summaryOf(run);
      expect(summary).toContain(change);
      expect(summary).toContain('1 new finding, 0 findings fixed');
      const snapshot = await fake.snapshot();
      expect(count(snapshot, wiql)).toBe(1);
      expect(count(snapshot, batch)).toBe(1);
      expect(snapshot.requests.filter((r) => /git|connectionData/.test(r.route))).toEqual([]);
    }, 60_000);

    it('without the target branch in the clone: no change section, a warning with the fix, every finding judged', async () => {
      const fake = await startFake({ token }, workItems);
      const run = await runTask(
        { model: 'threatmodel.yaml', failOn: 'error', failOnNewOnly: 'true' },
        gitHubBuild(fake),
      );

      expect(run.succeeded).toBe(false);
      expect(run.warnings).toEqual([
        'threat-align: no comparison with the target branch, so no change section and failOnNewOnly judges every finding: origin/main is not in the local clone (a shallow fetch, or a checkout without that branch); give the checkout step fetchDepth: 0.',
        expect.stringMatching(/^threat-align: no pull-request thread, because the repository is on GitHub/),
      ]);
      expect(summaryOf(run)).not.toContain(change);
    }, 60_000);
  });
});
