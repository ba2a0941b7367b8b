import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { githubBacklogProvider } from '../../../src/adapters/github/github-backlog-provider.js';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import type { BacklogProvider } from '../../../src/core/backlog/backlog-item.js';
import { loadBacklogFile } from '../../../src/core/backlog/load-backlog-file.js';
import { memoryBacklogProvider } from '../../../src/core/backlog/memory-backlog-provider.js';
import { planSprint } from '../../../src/core/plan/sprint-plan.js';
import { readBacklog, runPipeline } from '../../../src/core/run-pipeline.js';
import type { StateReason } from '../../fakes/github/index.js';
import { useHarnesses, type Harness } from './fake-client.js';

/**
 * Projects (v2) iterations instead of milestones: with a project and its iteration field given, an
 * item is planned in its iteration (TA401 and the sprint plan read it as its milestone), read in the
 * same ⌈N/100⌉ GraphQL pages, each query validated against GitHub's schema by the fake.
 */
const start = useHarnesses();
const repoRoot = new URL('../../../', import.meta.url).pathname;
const modelFile = 'examples/online-shop/threatmodel.yaml';

interface ExampleItem {
  title: string;
  body?: string;
  state: 'open' | 'closed';
  stateReason?: string;
  labels?: string[];
  milestone?: string;
}

/** The shop's issues with their milestones as values of the Iteration field of northwind's project 3. */
function seedShopWithIterations(h: Harness): ExampleItem[] {
  const repository = h.fake.state.addRepository('northwind/shop');
  const { items } = JSON.parse(readFileSync(join(repoRoot, 'examples/online-shop/backlog.json'), 'utf8')) as {
    items: ExampleItem[];
  };
  for (const item of items) {
    const iteration = item.milestone?.replace('Sprint', 'Iteration');
    h.fake.state.addIssue(repository, {
      title: item.title,
      body: item.body ?? '',
      state: item.state,
      ...(item.stateReason === undefined
        ? {}
        : { stateReason: item.stateReason.replace('-', '_') as StateReason }),
      labels: item.labels ?? [],
      // A milestone that must be ignored when iterations are configured.
      milestone: 'Release 1',
      projectItems: [
        // The same number in another owner's project is not this one.
        {
          owner: 'someone-else',
          ownerType: 'users',
          project: 3,
          iterations: { Iteration: { title: 'Iteration 99', startDate: '2026-01-01', duration: 14 } },
        },
        {
          owner: 'northwind',
          project: 3,
          iterations:
            iteration === undefined
              ? {}
              : { Iteration: { title: iteration, startDate: '2026-11-30', duration: 14 } },
        },
      ],
    });
  }
  return items;
}

async function analyse(backlog: BacklogProvider) {
  return runPipeline(
    {
      model: { file: modelFile, content: readFileSync(join(repoRoot, modelFile), 'utf8') },
      modelFolder: 'examples/online-shop',
      backlog: await readBacklog(backlog),
    },
    nodeKbStore({ cwd: repoRoot }),
  );
}

async function findings(backlog: BacklogProvider) {
  const analysis = await analyse(backlog);
  return analysis.findings.map((f) => ({
    ...f,
    message: f.message.replace(/Iteration (\d+)/g, 'Sprint $1'),
    hint: f.hint.replace(/Iteration (\d+)/g, 'Sprint $1'),
  }));
}

describe('GitHub Projects (v2) iterations', () => {
  it('plan items by the iteration field: the shop gives the same findings, TA401 included, in ⌈N/100⌉ pages', async () => {
    const h = await start();
    const items = seedShopWithIterations(h);
    const provider = githubBacklogProvider({
      client: h.client,
      repository: 'northwind/shop',
      logger: h.logger,
      iterations: { project: 3, field: 'Iteration' },
    });
    const read = await readBacklog(provider);
    expect(read.items.filter((i) => i.milestone !== undefined).map((i) => i.milestone)).toEqual(
      items.filter((i) => i.milestone !== undefined).map((i) => i.milestone?.replace('Sprint', 'Iteration')),
    );
    expect(h.fake.count('graphql')).toBe(Math.ceil(items.length / 100));
    expect(
      h.fake.requests.every((r) =>
        JSON.stringify(r.body).includes('fieldValueByName(name: $iterationField)'),
      ),
    ).toBe(true);
    h.fake.expectNoViolations();

    const loaded = loadBacklogFile(
      'examples/online-shop/backlog.json',
      readFileSync(join(repoRoot, 'examples/online-shop/backlog.json')),
    );
    const fromFile = await findings(
      memoryBacklogProvider(loaded.source ?? '', loaded.items ?? [], ['northwind/shop']),
    );
    const fromIterations = await findings(
      memoryBacklogProvider('github:northwind/shop', read.items, ['northwind/shop']),
    );
    const strip = (f: (typeof fromFile)[number]) => ({
      check: f.check,
      message: f.message,
      hint: f.hint,
      subject: f.subject,
    });
    expect(fromIterations.filter((f) => f.check === 'TA401').length).toBeGreaterThan(0);
    expect(fromIterations.map(strip)).toEqual(fromFile.map(strip));

    // The sprint plan (threat-align plan, the audit's tracking issue) reads the iterations too.
    // Compared by what the plan says (stories, their mitigations, items and what is missing), not by
    // the items' own fields, which the GitHub answer and the backlog file write differently.
    const planOf = async (backlog: BacklogProvider, milestone: string) => {
      const plan = planSprint(await analyse(backlog), milestone);
      const said = {
        milestones: plan.milestones,
        stories: plan.stories.map((s) => ({
          story: s.story.id,
          threats: s.threats,
          mitigations: s.mitigations.map((m) => ({
            ...m,
            items: m.items.map((i) => ({ id: i.item.id, milestone: i.item.milestone, planned: i.planned })),
          })),
        })),
      };
      return JSON.stringify(said).replace(/Iteration (\d+)/g, 'Sprint $1');
    };
    const fromIterationsPlan = await planOf(
      memoryBacklogProvider('github:northwind/shop', read.items, ['northwind/shop']),
      'Iteration 15',
    );
    const fromFilePlan = await planOf(
      memoryBacklogProvider(loaded.source ?? '', loaded.items ?? [], ['northwind/shop']),
      'Sprint 15',
    );
    expect((JSON.parse(fromIterationsPlan) as { stories: unknown[] }).stories.length).toBeGreaterThan(0);
    expect(fromIterationsPlan).toBe(fromFilePlan);
  }, 60_000);

  it('without the setting, milestones plan the items and no project is asked for', async () => {
    const h = await start();
    seedShopWithIterations(h);
    const read = await readBacklog(
      githubBacklogProvider({ client: h.client, repository: 'northwind/shop', logger: h.logger }),
    );
    expect(new Set(read.items.map((i) => i.milestone))).toEqual(new Set(['Release 1']));
    expect(h.fake.requests.length).toBeGreaterThan(0);
    expect(h.fake.requests.every((r) => !JSON.stringify(r.body).includes('projectItems'))).toBe(true);
    h.fake.expectNoViolations();
  }, 60_000);
});
