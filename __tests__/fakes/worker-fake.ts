import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/** A fake server on a thread of its own, spoken to by messages `{ type, … }`. */
export interface WorkerFake {
  /** What the worker said once it was listening (its `ready` message). */
  readonly ready: Record<string, unknown>;
  /** Posts `message` and waits for the worker's answer of the same type. */
  ask(message: { type: string } & Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Closes the fake's server, then ends the thread. */
  close(): Promise<void>;
}

/**
 * Starts the fake whose worker entry is `entry` (a TypeScript file under __tests__/fakes) on its
 * own thread, for tests whose process blocks (MockTestRunner runs the task with spawnSync: a server
 * on the test's thread could not answer). The entry is bundled with esbuild into a temporary module
 * the worker loads; it posts `{ type: 'ready', … }` when it listens, answers each message with one
 * of the same type, and `{ type: 'closed' }` to `{ type: 'close' }`.
 */
export async function startWorkerFake(entry: string, workerData: unknown): Promise<WorkerFake> {
  const folder = mkdtempSync(join(tmpdir(), 'fake-worker-'));
  const bundled = join(folder, 'fake.mjs');
  await build({
    entryPoints: [entry],
    outfile: bundled,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
    logLevel: 'error',
  });
  const worker = new Worker(bundled, { workerData });
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
    ready,
    async ask(message) {
      const answer = next(message.type);
      worker.postMessage(message);
      return answer;
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
