import { beforeAll, describe, expect, it } from '@jest/globals';
import type { FakeAzureDevOps, FakeWorkItem } from '../../fakes/azure/index.js';
import type { AzureFault } from '../../fakes/azure/faults.js';
import { specs } from '../../fakes/azure/rest-specs.js';
import { runInProcess, type InProcessRun } from './in-process-task.js';
import { azureModel } from './model-fixture.js';
import { useFakeAzure } from './use-fake-azure.js';

/**
 * SPEC §9 for the Azure side: every fault of the matrix on the WIQL query, the batch read, the
 * pull-request thread write and the work-item create, with what the task then does — retried and
 * succeeding, or one clear sentence (no stack, no token), degrading where the task degrades — and
 * reruns that leave no duplicate thread and no duplicate work item.
 */
const token = 'fake-system-access-token-9d2e4b61';
const wiql = 'POST /{organization}/{project}/{team}/_apis/wit/wiql';
const batch = 'POST /{organization}/{project}/_apis/wit/workitemsbatch';
const threads =
  'POST /{organization}/{project}/_apis/git/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads';
const create = 'POST /{organization}/{project}/_apis/wit/workitems/${type}';
const repositoryId = '9f1c3a52-0000-4000-8000-000000000001';
const pullRequest = {
  reason: 'PullRequest',
  repositoryId,
  repositoryProvider: 'TfsGit',
  pullRequestId: 42,
};
const collection = /http:\/\/127\.0\.0\.1:\d+\/northwind\//;

const startSeeded = useFakeAzure({ everyFaultServed: true });

beforeAll(() => {
  // The fake reads the official descriptions on first use: not inside the first request's timeout.
  specs();
}, 120_000);

/** A fake holding the two work items the fixture model links to. */
async function startFake(): Promise<FakeAzureDevOps> {
  const f = await startSeeded({ token });
  const item = (id: number, title: string): FakeWorkItem => ({
    id,
    project: 'Shop',
    fields: { 'System.Title': title, 'System.State': 'Active', 'System.WorkItemType': 'Task' },
  });
  f.workItems.push(item(2, 'Parameterized queries in the orders API'), item(3, 'TLS everywhere'));
  return f;
}

/** The warnings about the thread (others, such as a missing target branch, are not this test's). */
const threadWarnings = (run: InProcessRun): string[] => run.warnings.filter((w) => w.includes('thread'));

/** Whether a run's every word is one a build log may show: no stack, no token. */
function expectClean(run: InProcessRun): void {
  const text = [run.message, ...run.info, ...run.warnings].join('\n');
  expect(text).not.toContain(token);
  expect(text).not.toMatch(/\n\s+at /);
}

const timedOut = 'no answer before the socket timeout';
const unreadable = 'the answer was empty or not JSON (HTTP 404 Not Found, or an answer cut off)';

/** What the matrix serves: one fault (or several, for a lasting one) on the route's next requests. */
const faultCases: { name: string; faults: AzureFault[] }[] = [
  { name: '500 then success', faults: [{ type: 'status', status: 500 }] },
  { name: '502 then success', faults: [{ type: 'status', status: 502 }] },
  { name: '429 with Retry-After', faults: [{ type: 'status', status: 429, retryAfter: 7 }] },
  { name: 'a timeout (connection held open)', faults: [{ type: 'hang' }] },
  { name: 'truncated JSON', faults: [{ type: 'truncate' }] },
];

describe.each([
  ['the WIQL query', wiql],
  ['the batch read', batch],
])('a fault on %s', (_, route) => {
  it.each(faultCases)(
    '$name: retried, and the run succeeds',
    async ({ name, faults }) => {
      const f = await startFake();
      f.faults.enqueue(route, ...faults);
      const run = await runInProcess(f.collectionUrl, token, {});
      expect(run.failed).toBe(false);
      expect(run.message).toMatch(/^threat-align: \d+ errors?, /);
      expect(run.summary).toContain(' · 2 backlog items read · ');
      // Retry-After is honoured; other transient failures wait the first backoff step.
      expect(run.waits).toEqual([name.startsWith('429') ? 7000 : 1000]);
      expect(f.count(route)).toBe(2);
      expect(run.info.some((line) => line.includes('retrying in'))).toBe(true);
      expectClean(run);
    },
    30_000,
  );

  it('401: fails at once, naming the permission', async () => {
    const f = await startFake();
    f.faults.enqueue(route, { type: 'status', status: 401 });
    const run = await runInProcess(f.collectionUrl, token, {});
    expect(run.failed).toBe(true);
    expect(run.message).toMatch(
      /^Azure DevOps: could not read the work items of Shop at http:\/\/127\.0\.0\.1:\d+\/northwind\/ \(HTTP 401\): TF400813: The user is not authorized to access this resource\. The build identity needs "Work items: Read", and the job must pass System\.AccessToken to the task\.$/,
    );
    expect(f.count(route)).toBe(1);
    expect(run.waits).toEqual([]);
    expectClean(run);
  }, 30_000);

  it('404 that lasts: retried twice, then one clear sentence', async () => {
    const f = await startFake();
    const notFound: AzureFault = { type: 'status', status: 404 };
    f.faults.enqueue(route, notFound, notFound, notFound);
    const run = await runInProcess(f.collectionUrl, token, {});
    expect(run.failed).toBe(true);
    expect(run.message).toMatch(collection);
    expect(run.message).toMatch(
      new RegExp(`^Azure DevOps: could not read the work items of Shop at \\S+: ${escape(unreadable)}\\.$`),
    );
    expect(f.count(route)).toBe(3);
    expect(run.waits).toEqual([1000, 2000]);
    expectClean(run);
  }, 30_000);

  it('a 500 that lasts: gives up after two retries with the status', async () => {
    const f = await startFake();
    const failure: AzureFault = { type: 'status', status: 500 };
    f.faults.enqueue(route, failure, failure, failure);
    const run = await runInProcess(f.collectionUrl, token, {});
    expect(run.failed).toBe(true);
    expect(run.message).toMatch(
      /^Azure DevOps: could not read the work items of Shop at \S+ \(HTTP 500\): VS403000: An unexpected error occurred\.$/,
    );
    expect(f.count(route)).toBe(3);
    expectClean(run);
  }, 30_000);
});

describe('a fault on the pull-request thread write (creating the thread)', () => {
  /** One run under the fault, one without: the thread exists exactly once afterwards. */
  async function faultThenRerun(faults: AzureFault[]): Promise<{ run: InProcessRun; f: FakeAzureDevOps }> {
    const f = await startFake();
    f.faults.enqueue(threads, ...faults);
    const run = await runInProcess(f.collectionUrl, token, pullRequest);
    const rerun = await runInProcess(f.collectionUrl, token, pullRequest);
    expect(threadWarnings(rerun)).toEqual([]);
    expect(f.threads.of(repositoryId, 42)).toHaveLength(1);
    expect(f.threads.of(repositoryId, 42)[0]?.comments[0]?.content).toMatch(
      /^<!-- threat-align:azure-pipelines -->/,
    );
    return { run, f };
  }

  it('429 with Retry-After: retried, the thread is written', async () => {
    const { run } = await faultThenRerun([{ type: 'status', status: 429, retryAfter: 3 }]);
    expect(threadWarnings(run)).toEqual([]);
    expect(run.waits).toEqual([3000]);
    expect(run.failed).toBe(false);
    expectClean(run);
  }, 30_000);

  it.each([
    {
      name: '500',
      faults: [{ type: 'status', status: 500 }] as AzureFault[],
      reason: ' (HTTP 500): VS403000: An unexpected error occurred',
    },
    {
      name: '502',
      faults: [{ type: 'status', status: 502 }] as AzureFault[],
      reason: ' (HTTP 502): Bad Gateway',
    },
    { name: '404', faults: [{ type: 'status', status: 404 }] as AzureFault[], reason: `: ${unreadable}` },
    {
      name: 'a timeout (the thread is created, the answer never comes)',
      faults: [{ type: 'hang' }] as AzureFault[],
      reason: `: ${timedOut}`,
    },
    {
      name: 'truncated JSON (the thread is created)',
      faults: [{ type: 'truncate' }] as AzureFault[],
      reason: `: ${unreadable}`,
    },
  ])(
    '$name: not retried (it might exist); a warning, the summary stays, the result by failOn; the rerun keeps one thread',
    async ({ faults, reason }) => {
      const { run } = await faultThenRerun(faults);
      expect(run.failed).toBe(false);
      expect(run.message).toMatch(/^threat-align: /);
      expect(run.summary).toContain('<!-- threat-align:azure-pipelines -->');
      expect(run.waits).toEqual([]);
      expect(threadWarnings(run)).toEqual([
        `Azure DevOps: could not write the threat-align thread on pull request 42${reason}. The report is in the build summary.`,
      ]);
      expectClean(run);
    },
    30_000,
  );

  it('500 on updating the thread (a rerun): retried, as setting the same text again is safe', async () => {
    const f = await startFake();
    await runInProcess(f.collectionUrl, token, pullRequest);
    f.faults.enqueue(`PATCH ${threads.slice('POST '.length)}/{threadId}/comments/{commentId}`, {
      type: 'status',
      status: 500,
    });
    const rerun = await runInProcess(f.collectionUrl, token, pullRequest);
    expect(threadWarnings(rerun)).toEqual([]);
    expect(rerun.waits).toEqual([1000]);
    expect(rerun.info).toContain('threat-align: pull-request thread 1 updated.');
    expect(f.threads.of(repositoryId, 42)).toHaveLength(1);
    expectClean(rerun);
  }, 30_000);

  it('401: a warning naming the permission; the summary stays', async () => {
    const { run } = await faultThenRerun([{ type: 'status', status: 401 }]);
    expect(run.failed).toBe(false);
    expect(run.summary).toBeDefined();
    expect(threadWarnings(run)).toHaveLength(1);
    expect(threadWarnings(run)[0]).toMatch(
      /^Azure DevOps: could not write the threat-align thread on pull request 42 \(HTTP 401\): .*"Code: Read & Write \/ Contribute to pull requests".* The report is in the build summary\.$/,
    );
    expectClean(run);
  }, 30_000);
});

describe('a fault on creating a work item', () => {
  const createInputs = { backlogItems: 'create' as const };

  /** The items of the fake that the task created: those with the threat-align tag. */
  const createdKeys = (f: FakeAzureDevOps): string[] =>
    f.workItems.flatMap((w) => {
      const value = w.fields['System.Tags'];
      const tags = typeof value === 'string' ? value : '';
      return tags.includes('threat-align') ? [tags.split(';')[0]?.trim() ?? ''] : [];
    });

  /** How many items a clean run creates for the fixture model (so no count is written down here). */
  async function itemsToCreate(): Promise<number> {
    const f = await startFake();
    await runInProcess(f.collectionUrl, token, {}, createInputs);
    return f.count(create);
  }

  it('429 with Retry-After: retried, every item created once', async () => {
    const n = await itemsToCreate();
    expect(n).toBeGreaterThan(3);
    const f = await startFake();
    f.faults.enqueue(create, { type: 'none' }, { type: 'status', status: 429, retryAfter: 5 });
    const run = await runInProcess(f.collectionUrl, token, {}, createInputs);
    expect(run.failed).toBe(false);
    expect(run.waits).toEqual([5000]);
    expect(createdKeys(f)).toHaveLength(n);
    expect(new Set(createdKeys(f)).size).toBe(n);
    expect(run.summary).toContain(`${n} of ${n} missing backlog items created.`);
    expectClean(run);
  }, 60_000);

  const creationFaults: { name: string; fault: AzureFault; exists: boolean; reason: string }[] = [
    {
      name: '500',
      fault: { type: 'status', status: 500 },
      exists: false,
      reason: ' (HTTP 500): VS403000: An unexpected error occurred',
    },
    {
      name: '502',
      fault: { type: 'status', status: 502 },
      exists: false,
      reason: ' (HTTP 502): Bad Gateway',
    },
    {
      name: '404',
      fault: { type: 'status', status: 404 },
      exists: false,
      reason: `: ${unreadable}`,
    },
    {
      name: 'a timeout (created, never answered)',
      fault: { type: 'hang' },
      exists: true,
      reason: `: ${timedOut}`,
    },
    {
      name: 'truncated JSON (created)',
      fault: { type: 'truncate' },
      exists: true,
      reason: `: ${unreadable}`,
    },
  ];

  it.each(creationFaults)(
    '$name on item 3: the run fails clearly; the rerun creates exactly the rest, no duplicate',
    async ({ fault, exists, reason }) => {
      const n = await itemsToCreate();
      const f = await startFake();
      f.faults.enqueue(create, { type: 'none' }, { type: 'none' }, fault);
      const run = await runInProcess(f.collectionUrl, token, {}, createInputs);
      expect(run.failed).toBe(true);
      expect(run.waits).toEqual([]);
      const createdBefore = f.workItems.slice(2, 4).map((w) => `AB#${w.id}`);
      expect(run.message).toMatch(
        new RegExp(
          `^Azure DevOps: could not create the Task work item "[^"]+" in Shop${escape(reason)}\\. Created before the failure: ${createdBefore.join(', ')}; a rerun creates only the missing ones\\.$`,
        ),
      );
      // The summary lists what was created before the failure.
      expect(run.summary).toContain(`2 of ${n} missing backlog items created.`);
      expect(createdKeys(f)).toHaveLength(exists ? 3 : 2);
      expectClean(run);

      // What is still missing now, as a dry run lists it: the rerun creates exactly that. (Fewer
      // than n − created: once one event of a threat is in the backlog, TA501 no longer asks for
      // the threat's other events.)
      const dryRun = await runInProcess(f.collectionUrl, token, {}, { backlogItems: 'dry-run' });
      const missing = Number(/(\d+) missing backlog items? would be created/.exec(dryRun.summary ?? '')?.[1]);
      expect(missing).toBeGreaterThan(0);
      const before = f.count(create);
      const rerun = await runInProcess(f.collectionUrl, token, {}, createInputs);
      expect(rerun.failed).toBe(false);
      expect(f.count(create) - before).toBe(missing);
      expect(createdKeys(f)).toHaveLength((exists ? 3 : 2) + missing);
      expect(new Set(createdKeys(f)).size).toBe(createdKeys(f).length);

      const again = f.count(create);
      await runInProcess(f.collectionUrl, token, {}, createInputs);
      expect(f.count(create)).toBe(again);
    },
    60_000,
  );

  it('401: fails at once, naming the write permission; nothing created', async () => {
    const f = await startFake();
    f.faults.enqueue(create, { type: 'status', status: 401 });
    const run = await runInProcess(f.collectionUrl, token, {}, createInputs);
    expect(run.failed).toBe(true);
    expect(run.message).toMatch(
      /^Azure DevOps: could not create the Task work item "[^"]+" in Shop \(HTTP 401\): TF400813: .* The build identity needs "Work items: Read & write", and the job must pass System\.AccessToken to the task\. No work item was created; a rerun creates only the missing ones\.$/,
    );
    expect(createdKeys(f)).toEqual([]);
    expectClean(run);
  }, 30_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a fault on reading the base model (Git items API)', () => {
  const items = 'GET /{organization}/{project}/_apis/git/repositories/{repositoryId}/items?path={path}';
  const atTarget = { ...pullRequest, targetBranch: 'refs/heads/main' };
  const change = '### This pull request';

  async function fakeWithBase(): Promise<FakeAzureDevOps> {
    const f = await startFake();
    f.files.put({ repositoryId, branch: 'main', path: 'threatmodel.yaml', content: azureModel });
    return f;
  }

  const transient: { name: string; fault: AzureFault; wait: number }[] = [
    { name: '500 then success', fault: { type: 'status', status: 500 }, wait: 1000 },
    { name: '502 then success', fault: { type: 'status', status: 502 }, wait: 1000 },
    { name: '429 with Retry-After', fault: { type: 'status', status: 429, retryAfter: 5 }, wait: 5000 },
  ];

  it.each(transient)(
    '$name: retried, and the thread leads with the change',
    async ({ fault, wait }) => {
      const f = await fakeWithBase();
      f.faults.enqueue(items, fault);
      const run = await runInProcess(f.collectionUrl, token, atTarget);
      expect(run.waits).toEqual([wait]);
      expect(f.count(items)).toBe(2);
      expect(run.warnings.filter((w) => w.includes('comparison'))).toEqual([]);
      expect(f.threads.of(repositoryId, 42)[0]?.comments[0]?.content).toContain(change);
      expectClean(run);
    },
    30_000,
  );

  it('a 500 that lasts: no change section, one warning saying why, the run goes on', async () => {
    const f = await fakeWithBase();
    f.faults.enqueue(
      items,
      ...Array.from({ length: 3 }, (): AzureFault => ({ type: 'status', status: 500 })),
    );
    const run = await runInProcess(f.collectionUrl, token, atTarget);
    expect(f.count(items)).toBe(3);
    expect(run.waits).toEqual([1000, 2000]);
    expect(run.warnings.filter((w) => w.includes('no comparison with the target branch'))).toHaveLength(1);
    expect(f.threads.of(repositoryId, 42)[0]?.comments[0]?.content).not.toContain(change);
    expectClean(run);
  }, 30_000);
});
