// The strict fake GitHub in a process of its own (forked by the benchmark, IPC for control): its
// CPU time is reported on its own, apart from the action's, and it cannot stall the action's
// thread the way an in-process fake would. Messages: `seed` → `ready`, `stats` → `stats`, `close`.
import type { BacklogItem } from '../src/core/backlog/backlog-item.js';
import { startFakeGitHub } from '../__tests__/fakes/github/index.js';
import { seedIssues } from './seed-issues.js';

export interface SeedMessage {
  type: 'seed';
  token: string;
  repository: string;
  items: BacklogItem[];
}

export type FakeReply =
  | { type: 'ready'; apiUrl: string; graphqlUrl: string }
  | {
      type: 'stats';
      /** Requests per route since the fake started (`graphql`, `GET /repos/{owner}/{repo}/…`). */
      routes: Record<string, number>;
      violations: number;
      /** CPU time of the fake's process since it started, in milliseconds. */
      cpuMs: number;
    };

const fake = await startFakeGitHub({});
const send = (reply: FakeReply): void => {
  process.send?.(reply);
};

process.on('message', (message: SeedMessage | { type: 'stats' } | { type: 'close' }) => {
  if (message.type === 'seed') {
    fake.state.addToken(message.token, {
      kind: 'installation',
      permissions: { contents: 'read', issues: 'read', pull_requests: 'read', checks: 'read' },
    });
    const repository = fake.state.addRepository(message.repository);
    seedIssues(fake.state, repository, message.items);
    send({ type: 'ready', apiUrl: fake.apiUrl, graphqlUrl: fake.graphqlUrl });
  } else if (message.type === 'stats') {
    const routes: Record<string, number> = {};
    for (const r of fake.requests) routes[r.route] = (routes[r.route] ?? 0) + 1;
    const cpu = process.cpuUsage();
    send({
      type: 'stats',
      routes,
      violations: fake.violations.length,
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
  } else {
    void fake.close().then(() => process.exit(0));
  }
});
