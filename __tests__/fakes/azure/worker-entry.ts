import { parentPort, workerData } from 'node:worker_threads';
import { startFakeAzureDevOps, type FakeAzureDevOpsOptions } from './server.js';
import type { FakeWorkItem } from './work-items.js';
import type { FakeSeed } from './fake-in-worker.js';

/**
 * The fake Azure DevOps in a worker thread (see fake-in-worker.ts): it keeps answering while the
 * test's own thread is blocked in MockTestRunner's spawnSync.
 */
const data = workerData as { options: FakeAzureDevOpsOptions; workItems: FakeWorkItem[]; seed?: FakeSeed };
const fake = await startFakeAzureDevOps(data.options);
fake.workItems.push(...data.workItems);
for (const file of data.seed?.files ?? []) fake.files.put(file);
for (const thread of data.seed?.threads ?? [])
  fake.threads.add(thread.repositoryId, thread.pullRequestId, thread.content);
parentPort?.on('message', (message: { type: string; repositoryId?: string; pullRequestId?: number }) => {
  if (message.type === 'snapshot') {
    parentPort?.postMessage({
      type: 'snapshot',
      requests: fake.requests,
      violations: fake.violations,
      threads: fake.threads.of(message.repositoryId ?? '', message.pullRequestId ?? 0),
    });
  } else if (message.type === 'close') {
    void fake.close().then(() => parentPort?.postMessage({ type: 'closed' }));
  }
});
parentPort?.postMessage({ type: 'ready', collectionUrl: fake.collectionUrl });
