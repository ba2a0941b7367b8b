import { join } from 'node:path';
import { startWorkerFake } from '../worker-fake.js';
import type { AzureRequestRecord, FakeAzureDevOpsOptions } from './server.js';
import type { FakeRepositoryFile } from './repository-files.js';
import type { FakeThread } from './threads.js';
import type { FakeWorkItem } from './work-items.js';

export interface FakeSnapshot {
  requests: AzureRequestRecord[];
  violations: string[];
  threads: FakeThread[];
}

/** What the fake holds before the test starts, besides the work items. */
export interface FakeSeed {
  /** Files of repositories per branch (the Git items API). */
  files?: FakeRepositoryFile[];
  /** Threads somebody other than the build service wrote. */
  threads?: { repositoryId: string; pullRequestId: number; content: string }[];
}

export interface FakeInWorker {
  readonly collectionUrl: string;
  /** The requests, violations and the threads of one pull request, as the fake sees them now. */
  snapshot(repositoryId?: string, pullRequestId?: number): Promise<FakeSnapshot>;
  close(): Promise<void>;
}

/**
 * The fake Azure DevOps on its own thread (worker-fake.ts), for tests whose process blocks
 * (MockTestRunner runs the task with spawnSync: a server on the test's thread could not answer).
 */
export async function startFakeInWorker(
  options: FakeAzureDevOpsOptions,
  workItems: FakeWorkItem[],
  seed: FakeSeed = {},
): Promise<FakeInWorker> {
  const fake = await startWorkerFake(join('__tests__', 'fakes', 'azure', 'worker-entry.ts'), {
    options,
    workItems,
    seed,
  });
  return {
    collectionUrl: String(fake.ready.collectionUrl),
    async snapshot(repositoryId, pullRequestId) {
      return (await fake.ask({ type: 'snapshot', repositoryId, pullRequestId })) as unknown as FakeSnapshot;
    },
    close: () => fake.close(),
  };
}
