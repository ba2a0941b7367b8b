import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { loadBacklogFile } from '../../../src/core/backlog/load-backlog-file.js';
import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { aliasesOfSource } from '../../../src/core/backlog/memory-backlog-provider.js';
import {
  createdItemMarker,
  proposeMissingItems,
  renderProposals,
} from '../../../src/core/report/missing-items.js';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const modelFile = 'examples/online-shop/threatmodel.yaml';
const backlogFile = 'examples/online-shop/backlog.json';
const shipped = loadBacklogFile(backlogFile, readFileSync(join(repoRoot, backlogFile))).items ?? [];

async function analyseWith(items: readonly BacklogItem[]) {
  return runPipeline(
    {
      model: { file: modelFile, content: readFileSync(join(repoRoot, modelFile), 'utf8') },
      modelFolder: 'examples/online-shop',
      backlog: {
        source: 'github:northwind/shop',
        items: [...items],
        aliases: aliasesOfSource('github:northwind/shop'),
      },
    },
    nodeKbStore({ cwd: repoRoot }),
  );
}

/** What a tracker would hold once an item is created: the proposal as an open issue. */
function asCreated(proposal: { title: string; body: string; labels: string[] }, n: number): BacklogItem {
  return {
    id: `#${n}`,
    title: proposal.title,
    body: proposal.body,
    labels: proposal.labels,
    status: 'open',
    type: 'task',
    links: [],
  };
}

describe('proposeMissingItems: the backlog items a run would create (SPEC §6)', () => {
  it('proposes one item per mitigation TA301 reports and one event for each threat TA501 reports', async () => {
    const analysis = await analyseWith(shipped);
    const proposals = proposeMissingItems(analysis, shipped);
    const ta301 = new Set(analysis.findings.filter((f) => f.check === 'TA301').map((f) => f.subject));
    const ta501 = analysis.findings.filter((f) => f.check === 'TA501');
    expect(ta301.size).toBeGreaterThan(0);
    expect(ta501.length).toBeGreaterThan(0);
    const mitigations = proposals.filter((p) => p.kind === 'mitigation').map((p) => p.id);
    expect(new Set(mitigations)).toEqual(ta301);
    // Every TA501 threat gets one of its events proposed, and no event is proposed for nothing.
    const proposedEvents = new Set(proposals.filter((p) => p.kind === 'event').map((p) => p.id));
    const eventsOf = (id: string) => analysis.expansion?.threats.find((t) => t.id === id)?.events ?? [];
    for (const f of ta501) expect(eventsOf(f.subject).some((e) => proposedEvents.has(e))).toBe(true);
    for (const e of proposedEvents) expect(ta501.some((f) => eventsOf(f.subject).includes(e))).toBe(true);
    expect(proposedEvents.size).toBeLessThanOrEqual(ta501.length);
    for (const p of proposals) {
      expect(p.key).toBe(`${p.kind}:${p.id}`);
      expect(p.labels).toEqual([p.key, 'threat-align']);
      expect(p.body.endsWith(createdItemMarker(p.key))).toBe(true);
      expect(p.title.length).toBeLessThan(256);
    }
    expect(proposals.map((p) => p.key)).toEqual([...proposals.map((p) => p.key)].sort());
  });

  it('proposes nothing more once the proposed items exist: creating is idempotent', async () => {
    const first = await analyseWith(shipped);
    const proposals = proposeMissingItems(first, shipped);
    const backlog = [...shipped, ...proposals.map((p, i) => asCreated(p, 1000 + i))];
    const second = await analyseWith(backlog);
    expect(second.findings.filter((f) => f.check === 'TA301' || f.check === 'TA501')).toEqual([]);
    expect(proposeMissingItems(second, backlog)).toEqual([]);
  });

  it('recognises an earlier item by its marker even when its labels were removed', async () => {
    const analysis = await analyseWith(shipped);
    const [first] = proposeMissingItems(analysis, shipped);
    expect(first).toBeDefined();
    const relabelled = { ...asCreated(first!, 999), labels: [], status: 'done' as const };
    const again = proposeMissingItems(analysis, [...shipped, relabelled]).map((p) => p.key);
    expect(again).not.toContain(first!.key);
  });

  it('renders a dry run that names every item and the input to set', async () => {
    const analysis = await analyseWith(shipped);
    const proposals = proposeMissingItems(analysis, shipped);
    const text = renderProposals(proposals, 'dry-run', [], 'Set backlogItems: create.');
    expect(text).toContain('would be created. Set backlogItems: create.');
    expect(text).toContain(`${proposals.length} missing backlog items would be created`);
    for (const p of proposals) expect(text).toContain(`\`${p.key}\``);
    expect(renderProposals([], 'dry-run')).toMatch(/nothing to create/);
    const created = renderProposals(proposals.slice(0, 2), 'create', [{ key: proposals[0]!.key, ref: '#7' }]);
    expect(created).toContain('1 of 2 missing backlog items created');
    expect(created).toContain('- #7 ');
  });
});

describe('proposeMissingItems after a run that created part of the items', () => {
  it('proposes exactly the rest, whichever part was created', async () => {
    const analysis = await analyseWith(shipped);
    const all = proposeMissingItems(analysis, shipped);
    expect(all.length).toBeGreaterThan(2);
    for (const cut of [1, Math.floor(all.length / 2), all.length - 1]) {
      const backlog = [...shipped, ...all.slice(0, cut).map((p, i) => asCreated(p, 2000 + i))];
      const rest = proposeMissingItems(await analyseWith(backlog), backlog);
      expect(rest.map((p) => p.key)).toEqual(all.slice(cut).map((p) => p.key));
    }
  });
});
