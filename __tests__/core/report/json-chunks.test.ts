import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { generateBacklog } from '../../../bench/generate-backlog.js';
import { generateModel } from '../../../bench/generate-model.js';
import type { Analysis } from '../../../src/core/analyse.js';
import { expandModel } from '../../../src/core/expand/expand-model.js';
import { loadKnowledgeBase } from '../../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base.js';
import { batches, jsonChunks } from '../../../src/core/report/json-chunks.js';
import { jsonReportChunks } from '../../../src/core/report/render-json.js';
import { sarifChunks } from '../../../src/core/report/render-sarif.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { memoryKbStore, readFixtureFolder } from '../../fakes/memory-kb-store.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const coreFiles = readFixtureFolder(join(repoRoot, 'kb/core/1.0.0'), 'kb/core/1.0.0');
const kb = loadKnowledgeBase(coreFiles).loaded?.kb as KnowledgeBase;

/** A run of the real pipeline on a generated model and backlog: thousands of findings, typographic characters in their messages. */
async function largeAnalysis(): Promise<Analysis> {
  const model = generateModel(300, 4);
  const items = generateBacklog(1_500, expandModel(model, kb, 'full'), 4);
  const text = stringify({ ...model, knowledgeBase: { use: 'core@1.0.0', profile: 'full' } });
  return runPipeline(
    { model: { file: 'threatmodel.yaml', content: text }, backlog: { source: 'bench', items, aliases: [] } },
    memoryKbStore({ 'core@1.0.0': coreFiles }),
  );
}

const options = { toolVersion: '1.2.3', docsBase: 'https://example.test/docs/' };

/** Report-shaped values: long arrays near the top, members JSON leaves out, nesting of every depth. */
const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
const reportLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    // Long enough to be opened, with containers and left-out members among the items.
    fc.array(fc.oneof(leaf, tie('value')), { minLength: 17, maxLength: 24 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 20 }),
  ),
})).value;

describe('jsonChunks: JSON.stringify(value, null, 2) in pieces', () => {
  it('joins to exactly what JSON.stringify writes, for any report-shaped value', () => {
    fc.assert(
      fc.property(reportLike, (value) => {
        expect([...jsonChunks(value)].join('')).toBe(
          (JSON.stringify(value, null, 2) as string | undefined) ?? 'null',
        );
      }),
      { numRuns: 400 },
    );
  });

  it('opens long arrays and what holds them, and keeps short values whole', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: i, tags: ['a', 'b'] }));
    const pieces = [...jsonChunks({ tool: { name: 'x' }, findings: items, counts: { total: 20 } })];
    expect(pieces).toContain('{\n      "id": 0,\n      "tags": [\n        "a",\n        "b"\n      ]\n    }');
    expect(pieces).toContain('{\n    "name": "x"\n  }');
    expect(pieces.length).toBeGreaterThan(40);
    expect([...jsonChunks([1, 2, 3])]).toEqual(['[\n  1,\n  2,\n  3\n]']);
    // What JSON leaves out of an object, or writes null in an array, in an opened container too.
    const odd = {
      skip: undefined,
      fn: () => 1,
      list: [...items, undefined, () => 2, Symbol('s')],
      at: new Date(0),
    };
    expect([...jsonChunks(odd)].join('')).toBe(JSON.stringify(odd, null, 2));
  });

  it('gives SARIF and JSON reports of a large run in pieces that join to the whole reports', async () => {
    const analysis = await largeAnalysis();
    expect(analysis.findings.length).toBeGreaterThan(1_000);
    const sarifOptions = { ...options, modelFile: 'threatmodel.yaml' };
    for (const pieces of [
      [...sarifChunks(analysis, sarifOptions)],
      [...jsonReportChunks(analysis, options)],
    ]) {
      // The pieces join to the report JSON.stringify would print whole (two-space indents, a final newline).
      const whole = pieces.join('');
      expect(whole).toBe(`${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
      // Each piece is at most one result, finding, threat or rule: a writer never needs the whole report.
      expect(whole.length).toBeGreaterThan(1_000_000);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(10_000);
    }
  });
});

describe('batches', () => {
  it('joins pieces into texts of at least the size asked, the last one shorter, losing nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 })),
        fc.integer({ min: 1, max: 100 }),
        (pieces, size) => {
          const out = [...batches(pieces, size)];
          expect(out.join('')).toBe(pieces.join(''));
          for (const batch of out.slice(0, -1)) expect(batch.length).toBeGreaterThanOrEqual(size);
        },
      ),
    );
    expect([...batches('whole text')]).toEqual(['whole text']);
  });
});
