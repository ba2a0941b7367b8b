import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test.js';
import { startFakeInWorker, type FakeInWorker, type FakeSnapshot } from '../../fakes/azure/fake-in-worker.js';
import type { FakeWorkItem } from '../../fakes/azure/index.js';
import { azureModel } from './model-fixture.js';
import { stageTask } from './stage-task.js';

const token = 'fake-system-access-token-3c9e1f7a';
const threads =
  '/{organization}/{project}/_apis/git/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads';
const wiql = 'POST /{organization}/{project}/{team}/_apis/wit/wiql';
const batch = 'POST /{organization}/{project}/_apis/wit/workitemsbatch';
const repositoryId = '9f1c3a52-0000-4000-8000-000000000001';
let staged: Awaited<ReturnType<typeof stageTask>>;
let fake: FakeInWorker | undefined;

beforeAll(async () => {
  staged = await stageTask();
}, 60_000);
afterAll(() => {
  rmSync(staged.root, { recursive: true, force: true });
});
afterEach(async () => {
  const current = fake;
  fake = undefined;
  if (current) {
    const { violations } = await current.snapshot();
    await current.close();
    expect(violations).toEqual([]);
  }
});

interface TaskRun {
  stdout: string;
  stderr: string;
  succeeded: boolean;
  /** `##vso[task.logissue …]` lines. */
  issues: string[];
  completeMessage: string;
  workspace: string;
}

/**
 * Runs the staged task through MockTestRunner, offline: its `nodePath` is set to the running Node
 * (process.execPath), so `runAsync()` neither reads the task.json's handler nor downloads a Node.
 * The runner spawns a generated TaskMockRunner file that sets the agent's environment (SYSTEM_*,
 * BUILD_*, INPUT_* through setInput) and runs the bundle, which carries its own task-lib.
 */
async function runTask(inputs: Record<string, string>, variables: Record<string, string>): Promise<TaskRun> {
  const workspace = mkdtempSync(join(staged.root, 'sources-'));
  writeFileSync(join(workspace, 'threatmodel.yaml'), azureModel);
  mkdirSync(join(workspace, 'temp'));
  const env = {
    BUILD_SOURCESDIRECTORY: workspace,
    AGENT_TEMPDIRECTORY: join(workspace, 'temp'),
    SYSTEM_TEAMPROJECT: 'Shop',
    ...variables,
  };
  const mockRun = pathToFileURL(resolve('node_modules/azure-pipelines-task-lib/mock-run.js')).href;
  const testFile = join(workspace, 'run-task.mjs');
  writeFileSync(
    testFile,
    [
      `Object.assign(process.env, ${JSON.stringify(env)});`,
      `const { TaskMockRunner } = await import(${JSON.stringify(mockRun)});`,
      `const runner = new TaskMockRunner(${JSON.stringify(staged.taskJs)});`,
      `for (const [name, value] of Object.entries(${JSON.stringify(inputs)})) runner.setInput(name, value);`,
      'runner.run(true);',
    ].join('\n'),
  );
  const runner = new MockTestRunner(testFile, join(staged.taskFolder, 'task.json'));
  runner.nodePath = process.execPath;
  await runner.runAsync();
  const lines = runner.stdout.split('\n');
  return {
    stdout: runner.stdout,
    stderr: runner.stderr,
    succeeded: runner.succeeded,
    issues: lines.filter((l) => l.startsWith('##vso[task.logissue')),
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
});

const count = (snapshot: FakeSnapshot, route: string): number =>
  snapshot.requests.filter((r) => r.route === route).length;

describe('the Azure Pipelines task (bundled, through MockTestRunner)', () => {
  it('on a pull request: reads Azure Boards, keeps one thread, logs issues on the model, uploads the summary, writes SARIF and JSON', async () => {
    fake = await startFakeInWorker({ token }, workItems);
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
      expect(run.issues.length).toBeLessThanOrEqual(51);
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
    fake = await startFakeInWorker({ token }, workItems);
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
    fake = await startFakeInWorker({ token }, workItems);
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
      'The threat model nope.yaml does not exist: set the input model to its path in the repository.',
    );
  }, 60_000);
});
