import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandModel } from '../../src/core/expand/expand-model.js';
import type { Profile } from '../../src/core/expand/expansion.js';
import { loadKnowledgeBase } from '../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base.js';
import { loadModel } from '../../src/core/import/load-model-file.js';
import { readFixtureFolder } from '../fakes/memory-kb-store.js';

/**
 * The public sample models of ../shared/samples (Threat Dragon, Threagile, Microsoft TMT, Threat
 * Composer), converted once by `threat-align import` into fixtures/samples/ so that this snapshot
 * judges the knowledge base alone. docs/kb-review.md reviews what it lists, threat by threat.
 */
const repoRoot = new URL('../../', import.meta.url).pathname;
const samplesFolder = new URL('./fixtures/samples/', import.meta.url).pathname;
const kb = loadKnowledgeBase(readFixtureFolder(join(repoRoot, 'kb/core/1.1.0'), 'kb/core/1.1.0')).loaded
  ?.kb as KnowledgeBase;
const samples = readdirSync(samplesFolder)
  .filter((name) => name.endsWith('.threatmodel.yaml'))
  .sort();

function generated(name: string, profile: Profile): string[] {
  const loaded = loadModel(name, readFileSync(join(samplesFolder, name), 'utf8'));
  expect(loaded.model).toBeDefined();
  return expandModel(loaded.model!, kb, profile)
    .threats.filter((t) => t.typeId !== undefined)
    .map((t) => `${t.top ? 'TOP ' : ''}${t.id} [${t.severity}]`);
}

describe('the public samples under core@1.1.0 (reviewed in docs/kb-review.md)', () => {
  it('holds the six converted samples', () => {
    expect(samples).toHaveLength(6);
  });

  it.each(samples)('%s expands to the reviewed threats under full', (name) => {
    expect(generated(name, 'full')).toMatchSnapshot();
  });

  it.each(samples)('%s keeps under top a subset of full, each TOP', (name) => {
    const full = new Set(generated(name, 'full'));
    const top = generated(name, 'top');
    expect(top.filter((t) => !full.has(t))).toEqual([]);
    expect(top.filter((t) => !t.startsWith('TOP '))).toEqual([]);
  });

  it('generates the 138 reviewed threats across the samples under full, and a TOP threat on every sample', () => {
    expect(samples.reduce((n, name) => n + generated(name, 'full').length, 0)).toBe(138);
    expect(samples.filter((name) => generated(name, 'top').length === 0)).toEqual([]);
  });
});
