import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
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
 * The fake Azure DevOps on its own thread, for tests whose process blocks (MockTestRunner runs the
 * task with spawnSync: a server on the test's thread could not answer). The fake's TypeScript is
 * bundled with esbuild into a temporary module the worker loads.
 */
export async function startFakeInWorker(
  options: FakeAzureDevOpsOptions,
  workItems: FakeWorkItem[],
  seed: FakeSeed = {},
): Promise<FakeInWorker> {
  const folder = mkdtempSync(join(tmpdir(), 'fake-azure-'));
  const entry = join(folder, 'fake.mjs');
  await build({
    entryPoints: [join('__tests__', 'fakes', 'azure', 'worker-entry.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
    logLevel: 'error',
  });
  const worker = new Worker(entry, { workerData: { options, workItems, seed } });
  const next = (type: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: Record<string, unknown>): void => {
        if (message.type !== type) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(message);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  const ready = await next('ready');
  return {
    collectionUrl: String(ready.collectionUrl),
    async snapshot(repositoryId, pullRequestId) {
      const answer = next('snapshot');
      worker.postMessage({ type: 'snapshot', repositoryId, pullRequestId });
      return (await answer) as unknown as FakeSnapshot;
    },
    async close() {
      const closed = next('closed');
      worker.postMessage({ type: 'close' });
      await closed;
      await worker.terminate();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
