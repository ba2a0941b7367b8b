import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expandModel } from '../../src/core/expand/expand-model.js';
import { loadKnowledgeBase } from '../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base.js';
import { loadModel } from '../../src/core/import/load-model-file.js';
import { fixturesRoot, readFixtureFolder } from '../fakes/memory-kb-store.js';

const repoRoot = new URL('../../', import.meta.url).pathname;
const loaded = loadKnowledgeBase(readFixtureFolder(join(repoRoot, 'kb/core/1.0.0'), 'kb/core/1.0.0'));
const kb = loaded.loaded?.kb as KnowledgeBase;
const zooFile = join(fixturesRoot, 'kb/zoo.threatmodel.yaml');
const zoo = loadModel(zooFile, readFileSync(zooFile, 'utf8'));
const cases = parse(readFileSync(join(fixturesRoot, 'kb/core-cases.yaml'), 'utf8')) as {
  threatTypes: Record<string, { fires: string[]; quiet: string[] }>;
  questions: Record<string, { fires: string[]; quiet: string[] }>;
};

describe('the shipped knowledge base core@1.0.0', () => {
  it('loads without a finding', () => {
    expect(loaded.findings).toEqual([]);
    expect([kb.name, kb.version]).toEqual(['core', '1.0.0']);
  });

  it('has the entries the product promises', () => {
    const concrete = kb.componentTypes.filter((t) => t.abstract !== true).map((t) => t.id);
    expect(concrete.length).toBeGreaterThanOrEqual(25);
    expect(concrete).toEqual(
      expect.arrayContaining(
        'web-app single-page-app mobile-app api serverless-function container-workload api-gateway cdn-waf identity-provider message-queue event-stream sql-database nosql-database object-storage cache secrets-vault logging-monitoring ci-cd-pipeline llm-service email-service payment-provider third-party-api external-user administrator iot-device'.split(
          ' ',
        ),
      ),
    );
    expect(kb.threatTypes.length).toBeGreaterThanOrEqual(60);
    expect(kb.mitigationTypes.length).toBeGreaterThanOrEqual(60);
    expect(kb.events.length).toBeGreaterThanOrEqual(30);
    expect(kb.questions.length).toBeGreaterThanOrEqual(40);
  });

  it('covers all six STRIDE categories, each threat type with CAPEC or CWE references and WITHOUT phrases', () => {
    const covered = new Set(kb.threatTypes.flatMap((t) => t.stride));
    expect([...covered].sort()).toEqual(['D', 'E', 'I', 'R', 'S', 'T']);
    const unreferenced = kb.threatTypes.filter(
      (t) => (t.references?.capec?.length ?? 0) + (t.references?.cwe?.length ?? 0) === 0,
    );
    expect(unreferenced.map((t) => t.id)).toEqual([]);
    expect(kb.threatTypes.filter((t) => (t.withoutPhrases ?? []).length === 0).map((t) => t.id)).toEqual([]);
  });

  it('marks 20–30% of threat types, mitigation types and questions TOP', () => {
    for (const entries of [kb.threatTypes, kb.mitigationTypes, kb.questions] as { top?: boolean }[][]) {
      const share = entries.filter((e) => e.top === true).length / entries.length;
      expect(share).toBeGreaterThanOrEqual(0.2);
      expect(share).toBeLessThanOrEqual(0.3);
    }
  });

  it('gives every TOP threat type a TOP mitigation, so the top profile never leaves one unmitigable', () => {
    const top = new Set(kb.mitigationTypes.filter((m) => m.top === true).map((m) => m.id));
    const bare = kb.threatTypes.filter((t) => t.top === true && !t.mitigations.some((m) => top.has(m.id)));
    expect(bare.map((t) => t.id)).toEqual([]);
  });

  it('uses every mitigation type and every event in some threat type', () => {
    const used = new Set(kb.threatTypes.flatMap((t) => t.mitigations.map((m) => m.id)));
    expect(kb.mitigationTypes.filter((m) => !used.has(m.id)).map((m) => m.id)).toEqual([]);
    const events = new Set(kb.threatTypes.flatMap((t) => t.events ?? []));
    expect(kb.events.filter((e) => !events.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('asks the six STRIDE questions of every kind of element', () => {
    const expansion = expandModel(zoo.model!, kb, 'full');
    const elementOf = new Map(kb.componentTypes.map((t) => [t.id, t]));
    const kindOf = (type: string): string | undefined => {
      let current = elementOf.get(type);
      while (current && current.element === undefined)
        current = current.extends ? elementOf.get(current.extends) : undefined;
      return current?.element;
    };
    const asked = new Set<string>();
    for (const q of expansion.questions) {
      const component = zoo.model!.components.find((c) => c.id === q.component);
      asked.add(`${kindOf(component?.type ?? '') ?? '?'}:${q.question.stride}`);
    }
    for (const kind of ['process', 'data-store', 'external-entity']) {
      for (const stride of ['S', 'T', 'R', 'I', 'D', 'E']) expect(asked).toContain(`${kind}:${stride}`);
    }
  });
});

describe('where each threat type and question fires, and where it must not (zoo model, profile full)', () => {
  const expansion = expandModel(zoo.model!, kb, 'full');
  const threatPlaces = new Set(expansion.threats.map((t) => t.id));
  const questionPlaces = new Set(expansion.questions.map((q) => `${q.question.id}@${q.component}`));

  it('loads the zoo model cleanly and names only real elements in the table', () => {
    expect(zoo.findings).toEqual([]);
    const ids = new Set([
      ...zoo.model!.components.map((c) => c.id),
      ...(zoo.model!.flows ?? []).map((f) => f.id),
    ]);
    const named = [...Object.values(cases.threatTypes), ...Object.values(cases.questions)].flatMap((c) => [
      ...c.fires,
      ...c.quiet,
    ]);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has a case for every threat type and every question', () => {
    expect(kb.threatTypes.map((t) => t.id).filter((id) => !cases.threatTypes[id])).toEqual([]);
    expect(kb.questions.map((q) => q.id).filter((id) => !cases.questions[id])).toEqual([]);
  });

  it.each(Object.entries(cases.threatTypes))('%s', (type, { fires, quiet }) => {
    expect(fires.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    expect(fires.filter((element) => !threatPlaces.has(`${type}@${element}`))).toEqual([]);
    expect(quiet.filter((element) => threatPlaces.has(`${type}@${element}`))).toEqual([]);
  });

  it.each(Object.entries(cases.questions))('%s', (question, { fires, quiet }) => {
    expect(fires.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    expect(fires.filter((c) => !questionPlaces.has(`${question}@${c}`))).toEqual([]);
    expect(quiet.filter((c) => questionPlaces.has(`${question}@${c}`))).toEqual([]);
  });
});
