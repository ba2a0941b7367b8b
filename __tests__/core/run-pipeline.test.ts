import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../src/core/run-pipeline.js';
import type { Finding } from '../../src/core/findings/finding.js';
import { loadKnowledgeBase } from '../../src/core/kb/load-kb.js';
import { fixturesRoot, memoryKbStore, miniShipped } from '../fakes/memory-kb-store.js';

const modelText = readFileSync(join(fixturesRoot, 'kb/mini.threatmodel.yaml'), 'utf8');
const miniSha = (version: string): string =>
  loadKnowledgeBase(miniShipped()[`mini@${version}`] ?? []).loaded!.kb.sha256;

async function run(text: string, shipped = miniShipped()): Promise<Finding[]> {
  const analysis = await runPipeline({ model: { file: 'm.yaml', content: text } }, memoryKbStore(shipped));
  // These tests are about loading, references and the pin (TA1xx); alignment checks have their own.
  return analysis.findings.filter((f) => f.check.startsWith('TA1'));
}

const summary = (findings: Finding[]): string[] =>
  findings.map(
    (f) =>
      `${f.check} ${(f.location as { line: number }).line}:${(f.location as { column: number }).column} ${f.message}`,
  );

describe('runPipeline: the knowledge-base pin (TA104) and newer versions (TA105)', () => {
  const onlyOne = { 'mini@1.0.0': miniShipped()['mini@1.0.0'] ?? [] };

  it('is quiet when the pin matches and no newer version is shipped', async () => {
    const pinned = modelText.replace('use: mini@1.0.0,', `use: mini@1.0.0, sha256: ${miniSha('1.0.0')},`);
    expect(summary(await run(pinned, onlyOne))).toEqual([]);
  });

  it('reports a model with no sha256 at its use: line', async () => {
    expect(summary(await run(modelText, onlyOne))).toEqual([
      'TA104 3:23 the knowledge base mini@1.0.0 is not pinned: the model records no sha256',
    ]);
  });

  it('reports a sha256 that does not match, at the sha256', async () => {
    const wrong = modelText.replace('use: mini@1.0.0,', `use: mini@1.0.0, sha256: ${'f'.repeat(64)},`);
    const findings = await run(wrong, onlyOne);
    expect(findings.map((f) => [f.check, (f.location as { column: number }).column])).toEqual([
      ['TA104', 43],
    ]);
    expect(findings[0]?.message).toMatch(/^the pinned sha256 does not match mini@1.0.0/);
  });

  it('reports a version that is not shipped, and does not expand', async () => {
    const findings = await run(modelText.replace('mini@1.0.0', 'mini@3.0.0'));
    expect(summary(findings)).toEqual([
      'TA104 3:23 knowledge base mini@3.0.0 is not shipped with this threat-align (shipped: mini@1.0.0, mini@1.1.0)',
    ]);
  });

  it('says how many threats a newer shipped version would add and remove', async () => {
    const pinned = modelText.replace('use: mini@1.0.0,', `use: mini@1.0.0, sha256: ${miniSha('1.0.0')},`);
    expect(summary(await run(pinned))).toEqual([
      'TA105 3:23 mini@1.1.0 is available (the model uses mini@1.0.0): moving would add 2 threats and remove 1',
    ]);
  });
});

describe('runPipeline: references into the knowledge base (TA102)', () => {
  const pinned = modelText.replace('use: mini@1.0.0,', `use: mini@1.0.0, sha256: ${miniSha('1.0.0')},`);
  const onlyOne = { 'mini@1.0.0': miniShipped()['mini@1.0.0'] ?? [] };

  it('names unknown component types, mitigation types, events, questions and threats, with a suggestion', async () => {
    const text = `${pinned.replace('type: message-queue', 'type: mesage-queue')}
threats:
  - { id: SQLI@lonely-db, status: mitigated }
  - { id: SQLX@orders-db, status: mitigated }
mitigations:
  M-PARAMS: { status: planned }
events:
  EV-LOGIN-FAILED: { status: planned }
answers:
  shop: { Q-AUTH: yes }
`;
    expect(summary(await run(text, onlyOne))).toEqual([
      'TA102 19:25 "mesage-queue" is not a component type of mini@1.0.0',
      expect.stringMatching(
        /^TA102 29:11 threat type SQLI does not apply to "lonely-db": its rule in mini@1.0.0 does not hold there/,
      ),
      'TA102 30:11 "SQLX" is not a threat type of mini@1.0.0',
      'TA102 32:3 "M-PARAMS" is not a mitigation type of mini@1.0.0',
      'TA102 34:3 "EV-LOGIN-FAILED" is not a security event of mini@1.0.0',
      'TA102 36:11 "Q-AUTH" is not a question of mini@1.0.0',
    ]);
  });
});
