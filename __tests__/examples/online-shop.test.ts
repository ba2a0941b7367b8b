import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../../src/core/expand/expand-model.js';
import { runPipeline } from '../../src/core/run-pipeline.js';
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
  it('validates, is pinned, and has no finding of its own without a backlog', async () => {
    const analysis = await expandExample('top');
    expect(analysis.findings).toEqual([]);
    expect(analysis.kb?.version).toBe('1.0.0');
  });

  it('expands to the reviewed TOP threats', async () => {
    const threats = describeThreats(await expandExample('top'));
    expect(threats).toHaveLength(67);
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
