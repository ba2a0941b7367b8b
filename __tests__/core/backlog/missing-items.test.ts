import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { loadBacklogFile } from '../../../src/core/backlog/load-backlog-file.js';
import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { aliasesOfSource, memoryBacklogProvider } from '../../../src/core/backlog/memory-backlog-provider.js';
import {
  createdItemMarker,
  proposeMissingItems,
  renderProposals,
} from '../../../src/core/backlog/missing-items.js';
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
      backlog: memoryBacklogProvider(
        'github:northwind/shop',
        [...items],
        aliasesOfSource('github:northwind/shop'),
      ),
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
  it('proposes one item per mitigation TA301 reports and one per event of the threats TA501 reports', async () => {
    const analysis = await analyseWith(shipped);
    const proposals = proposeMissingItems(analysis, shipped);
    const ta301 = new Set(analysis.findings.filter((f) => f.check === 'TA301').map((f) => f.subject));
    const ta501 = analysis.findings.filter((f) => f.check === 'TA501');
    expect(ta301.size).toBeGreaterThan(0);
    expect(ta501.length).toBeGreaterThan(0);
    const mitigations = proposals.filter((p) => p.kind === 'mitigation').map((p) => p.id);
    expect(new Set(mitigations)).toEqual(ta301);
    const events = new Set(
      ta501.flatMap((f) => analysis.expansion?.threats.find((t) => t.id === f.subject)?.events ?? []),
    );
    expect(new Set(proposals.filter((p) => p.kind === 'event').map((p) => p.id))).toEqual(events);
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
    expect(second.findings.filter((f) => f.check === 'TA301')).toEqual([]);
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
    const text = renderProposals(proposals, 'dry-run');
    expect(text).toContain(`${proposals.length} missing backlog items would be created`);
    for (const p of proposals) expect(text).toContain(`\`${p.key}\``);
    expect(renderProposals([], 'dry-run')).toMatch(/nothing to create/);
    const created = renderProposals(proposals.slice(0, 2), 'create', [{ key: proposals[0]!.key, ref: '#7' }]);
    expect(created).toContain('1 of 2 missing backlog items created');
    expect(created).toContain('- #7 ');
  });
});
