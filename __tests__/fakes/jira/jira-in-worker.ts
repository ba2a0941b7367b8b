import { join } from 'node:path';
import { startWorkerFake } from '../worker-fake.js';
import type { FakeJiraIssue } from './issues.js';
import type { FakeJiraOptions, JiraRequestRecord } from './server.js';

export interface FakeJiraInWorker {
  readonly site: string;
  /** The requests and the violations, as the fake sees them now. */
  snapshot(): Promise<{ requests: JiraRequestRecord[]; violations: string[] }>;
  close(): Promise<void>;
}

/**
 * The strict fake Jira on its own thread (worker-fake.ts), for tests whose process blocks
 * (MockTestRunner runs the task with spawnSync: a server on the test's thread could not answer),
 * seeded with `issues`.
 */
export async function startFakeJiraInWorker(
  options: FakeJiraOptions,
  issues: { project: string; issue: Partial<Omit<FakeJiraIssue, 'key' | 'id'>> }[],
): Promise<FakeJiraInWorker> {
  const fake = await startWorkerFake(join('__tests__', 'fakes', 'jira', 'worker-entry.ts'), {
    options,
    seed: issues,
  });
  return {
    site: String(fake.ready.site),
    async snapshot() {
      return (await fake.ask({ type: 'snapshot' })) as unknown as {
        requests: JiraRequestRecord[];
        violations: string[];
      };
    },
    close: () => fake.close(),
  };
}
