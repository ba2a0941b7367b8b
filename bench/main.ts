import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { memoryBacklogProvider } from '../src/core/backlog/memory-backlog-provider.js';
import { expandModel } from '../src/core/expand/expand-model.js';
import { resolveKnowledgeBase } from '../src/core/kb/resolve-kb.js';
import type { KnowledgeBase } from '../src/core/kb/knowledge-base.js';
import { runPipeline } from '../src/core/run-pipeline.js';
import { createGitHubClient } from '../src/adapters/github/github-client.js';
import { githubBacklogProvider } from '../src/adapters/github/github-backlog-provider.js';
import { nodeKbStore } from '../src/adapters/node/node-kb-store.js';
import { startFakeGitHub } from '../__tests__/fakes/github/index.js';
import { generateBacklog } from './generate-backlog.js';
import { generateModel } from './generate-model.js';
import { renderTable, summarize, timeIt, withTarget, type Measurement } from './measure.js';
import { stringify } from 'yaml';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const jsonFile = process.argv.includes('--json')
  ? process.argv[process.argv.indexOf('--json') + 1]
  : undefined;
const store = nodeKbStore({ cwd: process.cwd() });
const silent = { debug: () => undefined, warning: () => undefined };

async function loadCore(): Promise<KnowledgeBase> {
  const resolved = await resolveKnowledgeBase('core@1.0.0', store);
  if (!resolved.loaded) throw new Error('kb/core/1.0.0 does not load');
  return resolved.loaded.kb;
}

async function measureExpansion(kb: KnowledgeBase): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const medians = new Map<number, number>();
  for (const size of [500, 5_000, 50_000]) {
    const model = generateModel(size, 7);
    const m = await timeIt(
      `expansion, ${size.toLocaleString('en')} elements (full profile)`,
      size > 5_000 ? Math.max(3, Math.ceil(runs / 2)) : runs,
      () => expandModel(model, kb, 'full'),
    );
    medians.set(size, m.median);
    out.push(size === 5_000 ? withTarget(m, '< 1000 ms', m.median < 1000) : m);
  }
  const ratio = (medians.get(50_000) ?? 0) / (medians.get(5_000) ?? 1);
  out.push(
    withTarget(
      {
        name: 'expansion time ratio, 50,000 / 5,000 elements',
        unit: '×',
        median: ratio,
        min: ratio,
        max: ratio,
        runs: 1,
      },
      '≤ 11×',
      ratio <= 11,
    ),
  );
  const small = (medians.get(5_000) ?? 0) / (medians.get(500) ?? 1);
  out.push({
    name: 'expansion time ratio, 5,000 / 500 elements',
    unit: '×',
    median: small,
    min: small,
    max: small,
    runs: 1,
  });
  return out;
}

async function measurePipeline(kb: KnowledgeBase): Promise<Measurement[]> {
  const model = generateModel(1_000, 11);
  const text = stringify({
    ...model,
    knowledgeBase: { use: 'core@1.0.0', sha256: kb.sha256, profile: 'full' },
  });
  const items = generateBacklog(10_000, expandModel(model, kb, 'full'), 11);
  const m = await timeIt(
    'check pipeline: 1,000 elements, 10,000 items in memory (load → findings)',
    runs,
    () =>
      runPipeline(
        { model: { file: 'bench.yaml', content: text }, backlog: memoryBacklogProvider('bench', items) },
        store,
      ),
  );
  return [m];
}

async function measureGitHubProvider(kb: KnowledgeBase): Promise<Measurement[]> {
  const fake = await startFakeGitHub({});
  try {
    const token = 'ghp_BENCH0123456789abcdefTOKENzz';
    fake.state.addToken(token);
    const repository = fake.state.addRepository('bench/shop');
    const items = generateBacklog(10_000, expandModel(generateModel(1_000, 11), kb, 'full'), 11);
    for (const item of items) {
      fake.state.addIssue(repository, {
        title: item.title,
        body: item.body,
        state: item.status === 'open' ? 'open' : 'closed',
        stateReason: item.status === 'wont-do' ? 'not_planned' : item.status === 'done' ? 'completed' : null,
        labels: item.labels,
        ...(item.milestone === undefined ? {} : { milestone: item.milestone }),
      });
    }
    const client = createGitHubClient({
      token,
      endpoints: { apiUrl: fake.apiUrl, graphqlUrl: fake.graphqlUrl },
      logger: silent,
    });
    const requests: number[] = [];
    const m = await timeIt('GitHub provider: 10,000 issues from the fake GitHub (wall)', runs, async () => {
      const before = fake.count('graphql');
      let read = 0;
      for await (const page of githubBacklogProvider({
        client,
        repository: 'bench/shop',
        logger: silent,
      }).pages())
        read += page.length;
      if (read !== 10_000) throw new Error(`read ${read} issues, not 10000`);
      requests.push(fake.count('graphql') - before);
    });
    const count = summarize('GitHub provider: GraphQL requests for 10,000 issues', 'requests', requests);
    return [m, withTarget(count, '= ⌈10,000/100⌉ = 100', count.max === 100 && count.min === 100)];
  } finally {
    await fake.close();
  }
}

const kb = await loadCore();
const measurements = [
  ...(await measureExpansion(kb)),
  ...(await measurePipeline(kb)),
  ...(await measureGitHubProvider(kb)),
];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
process.stdout.write(
  `threat-align benchmark — ${machine}; median of ${runs} runs after a warm-up (fewer for 50,000 elements)\n\n`,
);
process.stdout.write(`${renderTable(measurements)}\n`);
if (jsonFile !== undefined)
  writeFileSync(jsonFile, `${JSON.stringify({ machine, runs, measurements }, null, 2)}\n`);
if (measurements.some((m) => m.met === false)) process.exitCode = 1;
