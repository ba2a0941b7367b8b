import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../../src/core/expand/expansion.js';
import { runPipeline } from '../../src/core/run-pipeline.js';
import { loadBacklogFile } from '../../src/core/backlog/load-backlog-file.js';
import { aliasesOfSource } from '../../src/core/backlog/memory-backlog-provider.js';
import { catalogue } from '../../src/core/checks/registry.js';
import { nodeKbStore } from '../../src/adapters/node/node-kb-store.js';

const repoRoot = new URL('../../', import.meta.url).pathname;
const modelFile = 'examples/online-shop/threatmodel.yaml';

async function expandExample(profile: Profile) {
  return runPipeline(
    {
      model: { file: modelFile, content: readFileSync(join(repoRoot, modelFile), 'utf8') },
      modelFolder: 'examples/online-shop',
      profile,
    },
    nodeKbStore({ cwd: repoRoot }),
  );
}

/** One line per threat: what a reviewer reads to judge whether the expansion makes sense. */
function describeThreats(analysis: Awaited<ReturnType<typeof expandExample>>): string[] {
  return (analysis.expansion?.threats ?? []).map(
    (t) =>
      `${t.top ? 'TOP ' : ''}${t.id} [${t.severity}] ${t.status}: ${t.mitigations.map((m) => `${m.id}=${m.status}`).join(', ')}`,
  );
}

describe('the online-shop example', () => {
  it('validates and is pinned: no loading, reference or pin finding, and no error', async () => {
    const analysis = await expandExample('top');
    expect(analysis.findings.filter((f) => f.check.startsWith('TA1'))).toEqual([]);
    expect(analysis.counts.error).toBe(0);
    expect(analysis.kb?.version).toBe('1.1.0');
  });

  it('shows, with its backlog, every check a valid and pinned model can trigger, each with a hint', async () => {
    const backlogFile = 'examples/online-shop/backlog.json';
    const loaded = loadBacklogFile(backlogFile, readFileSync(join(repoRoot, backlogFile)));
    expect(loaded.findings).toEqual([]);
    const analysis = await runPipeline(
      {
        model: { file: modelFile, content: readFileSync(join(repoRoot, modelFile), 'utf8') },
        modelFolder: 'examples/online-shop',
        backlog: {
          source: loaded.source ?? backlogFile,
          items: loaded.items ?? [],
          aliases: aliasesOfSource(loaded.source),
        },
      },
      nodeKbStore({ cwd: repoRoot }),
    );
    const fired = new Set(analysis.findings.map((f) => f.check));
    const expected = catalogue.map((c) => c.id).filter((id) => id >= 'TA200');
    expect(expected.filter((id) => !fired.has(id))).toEqual([]);
    expect([...fired].filter((id) => id < 'TA200')).toEqual([]);
    expect(analysis.findings.filter((f) => f.hint.trim().length < 20)).toEqual([]);
  });

  it('expands to the reviewed TOP threats', async () => {
    const threats = describeThreats(await expandExample('top'));
    expect(threats).toHaveLength(88);
    expect(threats).toMatchSnapshot();
  });

  it('expands to the reviewed full set of threats, a superset of the TOP ones', async () => {
    const full = await expandExample('full');
    const top = await expandExample('top');
    const fullIds = new Set(full.expansion?.threats.map((t) => t.id));
    expect(top.expansion?.threats.filter((t) => !fullIds.has(t.id))).toEqual([]);
    expect(describeThreats(full)).toMatchSnapshot();
  });
});
