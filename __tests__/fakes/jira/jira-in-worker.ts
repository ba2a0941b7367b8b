import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { FakeJiraIssue } from './issues.js';
import type { FakeJiraOptions, JiraRequestRecord } from './server.js';

export interface FakeJiraInWorker {
  readonly site: string;
  /** The requests and the violations, as the fake sees them now. */
  snapshot(): Promise<{ requests: JiraRequestRecord[]; violations: string[] }>;
  close(): Promise<void>;
}

/**
 * The strict fake Jira on its own thread, for tests whose process blocks (MockTestRunner runs the
 * task with spawnSync: a server on the test's thread could not answer), seeded with `issues`. Its
 * TypeScript is bundled with esbuild into a temporary module the worker loads.
 */
export async function startFakeJiraInWorker(
  options: FakeJiraOptions,
  issues: { project: string; issue: Partial<Omit<FakeJiraIssue, 'key' | 'id'>> }[],
): Promise<FakeJiraInWorker> {
  const folder = mkdtempSync(join(tmpdir(), 'fake-jira-'));
  const entry = join(folder, 'fake.mjs');
  await build({
    entryPoints: [join('__tests__', 'fakes', 'jira', 'worker-entry.ts')],
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
  const worker = new Worker(entry, { workerData: { options, seed: issues } });
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
    site: String(ready.site),
    async snapshot() {
      const answer = next('snapshot');
      worker.postMessage({ type: 'snapshot' });
      return (await answer) as unknown as { requests: JiraRequestRecord[]; violations: string[] };
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
