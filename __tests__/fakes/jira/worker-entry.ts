import { parentPort, workerData } from 'node:worker_threads';
import { startFakeJira, type FakeJiraOptions } from './server.js';
import type { FakeJiraIssue } from './issues.js';

/**
 * The fake Jira in a worker thread (see jira-in-worker.ts): it keeps answering while the test's
 * own thread is blocked in MockTestRunner's spawnSync.
 */
type Seed = { project: string; issue: Partial<Omit<FakeJiraIssue, 'key' | 'id'>> }[];
const data = workerData as { options: FakeJiraOptions; seed: Seed };
const fake = await startFakeJira(data.options);
for (const { project, issue } of data.seed) fake.addIssue(project, issue);
parentPort?.on('message', (message: { type: string }) => {
  if (message.type === 'snapshot') {
    parentPort?.postMessage({ type: 'snapshot', requests: fake.requests, violations: fake.violations });
  } else if (message.type === 'close') {
    void fake.close().then(() => parentPort?.postMessage({ type: 'closed' }));
  }
});
parentPort?.postMessage({ type: 'ready', site: fake.site });
