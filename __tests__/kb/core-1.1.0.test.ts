import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expandModel } from '../../src/core/expand/expand-model.js';
import { loadKnowledgeBase } from '../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base.js';
import { loadModel } from '../../src/core/import/load-model-file.js';
import { readFixtureFolder } from '../fakes/memory-kb-store.js';
import { referenceProblems } from './reference-catalogues.js';

const repoRoot = new URL('../../', import.meta.url).pathname;
const here = new URL('./', import.meta.url).pathname;
const loaded = loadKnowledgeBase(readFixtureFolder(join(repoRoot, 'kb/core/1.1.0'), 'kb/core/1.1.0'));
const kb = loaded.loaded?.kb as KnowledgeBase;
const previous = loadKnowledgeBase(readFixtureFolder(join(repoRoot, 'kb/core/1.0.0'), 'kb/core/1.0.0'));
const zooFile = join(here, 'fixtures/zoo-1.1.0.threatmodel.yaml');
const zoo = loadModel(zooFile, readFileSync(zooFile, 'utf8'));
const bareFile = join(here, 'fixtures/zoo-1.1.0-bare.threatmodel.yaml');
const bare = loadModel(bareFile, readFileSync(bareFile, 'utf8'));
/** `model: bare` cases are checked on the small zoo without a vault or an edge service (model-wide rules). */
type Case = { fires: string[]; quiet: string[]; model?: 'bare' };
const cases = parse(readFileSync(join(here, 'fixtures/core-1.1.0-cases.yaml'), 'utf8')) as {
  threatTypes: Record<string, Case>;
  questions: Record<string, Case>;
};

describe('the shipped knowledge base core@1.1.0', () => {
  it('loads without a finding, beside an unchanged core@1.0.0', () => {
    expect(loaded.findings).toEqual([]);
    expect([kb.name, kb.version]).toEqual(['core', '1.1.0']);
    // Every model pinned to 1.0.0 keeps a valid pin: its canonical hash is the one pinned since it shipped.
    expect(previous.findings).toEqual([]);
    expect(previous.loaded?.kb.sha256).toBe(
      '615fbb277854a9c2560f65ed9e0a5a53d4af78e15cf43adad2a2da075ff6646c',
    );
    expect(kb.sha256).not.toBe(previous.loaded?.kb.sha256);
  });

  it('has at least 110 threat types, 100 mitigation types, 60 events and 80 questions', () => {
    expect(kb.threatTypes.length).toBeGreaterThanOrEqual(110);
    expect(kb.mitigationTypes.length).toBeGreaterThanOrEqual(100);
    expect(kb.events.length).toBeGreaterThanOrEqual(60);
    expect(kb.questions.length).toBeGreaterThanOrEqual(80);
    // Nothing of 1.0.0 was dropped: removals would break backlog links written against it.
    const ids = (k: KnowledgeBase) => [
      ...k.threatTypes.map((t) => t.id),
      ...k.mitigationTypes.map((m) => m.id),
      ...k.events.map((e) => e.id),
      ...k.questions.map((q) => q.id),
    ];
    const now = new Set(ids(kb));
    expect(ids(previous.loaded!.kb).filter((id) => !now.has(id))).toEqual([]);
  });

  it('covers all six STRIDE categories; every threat type cites a CWE and has WITHOUT phrases, every mitigation type a reference', () => {
    expect([...new Set(kb.threatTypes.flatMap((t) => t.stride))].sort()).toEqual([
      'D',
      'E',
      'I',
      'R',
      'S',
      'T',
    ]);
    expect(kb.threatTypes.filter((t) => (t.references?.cwe ?? []).length === 0).map((t) => t.id)).toEqual([]);
    expect(kb.threatTypes.filter((t) => (t.withoutPhrases ?? []).length === 0).map((t) => t.id)).toEqual([]);
    const unreferenced = kb.mitigationTypes.filter(
      (m) => (m.references?.cwe?.length ?? 0) + (m.references?.owasp?.length ?? 0) === 0,
    );
    expect(unreferenced.map((m) => m.id)).toEqual([]);
  });

  it('cites only CWE weaknesses MITRE allows for mapping, live CAPEC attack patterns and existing ASVS 5.0 requirements', () => {
    expect(referenceProblems([...kb.threatTypes, ...kb.mitigationTypes])).toEqual([]);
  });

  it('marks 20–30% of threat types, mitigation types and questions TOP', () => {
    for (const entries of [kb.threatTypes, kb.mitigationTypes, kb.questions] as { top?: boolean }[][]) {
      const share = entries.filter((e) => e.top === true).length / entries.length;
      expect(share).toBeGreaterThanOrEqual(0.2);
      expect(share).toBeLessThanOrEqual(0.3);
    }
  });

  it('gives every TOP threat type a strong TOP mitigation, and shows every TOP mitigation under top', () => {
    const top = new Set(kb.mitigationTypes.filter((m) => m.top === true).map((m) => m.id));
    const topThreats = kb.threatTypes.filter((t) => t.top === true);
    const bare = topThreats.filter(
      (t) => !t.mitigations.some((m) => m.strength === 'strong' && top.has(m.id)),
    );
    expect(bare.map((t) => t.id)).toEqual([]);
    const shown = new Set(topThreats.flatMap((t) => t.mitigations.map((m) => m.id)));
    expect([...top].filter((id) => !shown.has(id))).toEqual([]);
  });

  it('puts under TOP the threats 1.0.0 left out: an LLM threat, pipeline poisoning, clear-text credentials, data loss and card data', () => {
    const top = new Set(kb.threatTypes.filter((t) => t.top === true).map((t) => t.id));
    for (const id of [
      'PROMPT-INJECTION',
      'LLM-EXCESSIVE-AGENCY',
      'PIPELINE-POISONING',
      'CLEARTEXT-CREDENTIALS',
      'DATA-LOSS',
      'CARD-DATA-COMPROMISE',
      'CARD-DATA-IN-TRANSIT',
    ])
      expect(top).toContain(id);
  });

  it('keeps PRIV-ESCALATION apart from BROKEN-ACCESS-CONTROL: no shared strong mitigation', () => {
    const strong = (id: string) =>
      kb.threatTypes
        .find((t) => t.id === id)!
        .mitigations.filter((m) => m.strength === 'strong')
        .map((m) => m.id);
    const bac = new Set(strong('BROKEN-ACCESS-CONTROL'));
    expect(strong('PRIV-ESCALATION').filter((id) => bac.has(id))).toEqual([]);
  });

  it('uses every mitigation type and every event in some threat type', () => {
    const used = new Set(kb.threatTypes.flatMap((t) => t.mitigations.map((m) => m.id)));
    expect(kb.mitigationTypes.filter((m) => !used.has(m.id)).map((m) => m.id)).toEqual([]);
    const events = new Set(kb.threatTypes.flatMap((t) => t.events ?? []));
    expect(kb.events.filter((e) => !events.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});

describe('where each core@1.1.0 threat type and question fires, and where it must not (1.1.0 zoo, profile full)', () => {
  const expansion = expandModel(zoo.model!, kb, 'full');
  const threatPlaces = new Set(expansion.threats.map((t) => t.id));
  const questionPlaces = new Set(expansion.questions.map((q) => `${q.question.id}@${q.component}`));
  const bareQuestionPlaces = new Set(
    expandModel(bare.model!, kb, 'full').questions.map((q) => `${q.question.id}@${q.component}`),
  );

  it('loads the zoo cleanly and names only real elements in the table', () => {
    expect(zoo.findings).toEqual([]);
    expect(bare.findings).toEqual([]);
    const idsOf = (m: typeof zoo) =>
      new Set([...m.model!.components.map((c) => c.id), ...(m.model!.flows ?? []).map((f) => f.id)]);
    const ids = { zoo: idsOf(zoo), bare: idsOf(bare) };
    const named = [...Object.values(cases.threatTypes), ...Object.values(cases.questions)].flatMap((c) =>
      [...c.fires, ...c.quiet].map((id) => [c.model ?? 'zoo', id] as const),
    );
    expect(named.filter(([model, id]) => !ids[model].has(id))).toEqual([]);
  });

  it('has a case for every threat type and question, and no case for an entry that does not exist', () => {
    expect(kb.threatTypes.map((t) => t.id).filter((id) => !cases.threatTypes[id])).toEqual([]);
    expect(kb.questions.map((q) => q.id).filter((id) => !cases.questions[id])).toEqual([]);
    const known = new Set([...kb.threatTypes.map((t) => t.id), ...kb.questions.map((q) => q.id)]);
    expect(
      [...Object.keys(cases.threatTypes), ...Object.keys(cases.questions)].filter((id) => !known.has(id)),
    ).toEqual([]);
  });

  it('fires nowhere the table does not list (a new place is a reviewed change)', () => {
    const listed = new Set(
      Object.entries(cases.threatTypes).flatMap(([t, c]) => c.fires.map((e) => `${t}@${e}`)),
    );
    expect(expansion.threats.filter((t) => t.typeId && !listed.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it.each(Object.entries(cases.threatTypes))('%s', (type, { fires, quiet }) => {
    expect(fires.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    expect(fires.filter((element) => !threatPlaces.has(`${type}@${element}`))).toEqual([]);
    expect(quiet.filter((element) => threatPlaces.has(`${type}@${element}`))).toEqual([]);
  });

  it.each(Object.entries(cases.questions))('%s', (question, { fires, quiet, model }) => {
    const places = model === 'bare' ? bareQuestionPlaces : questionPlaces;
    expect(fires.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    expect(fires.filter((c) => !places.has(`${question}@${c}`))).toEqual([]);
    expect(quiet.filter((c) => places.has(`${question}@${c}`))).toEqual([]);
    // A model-wide question checked on the bare zoo must stay silent on the main zoo, which has what it asks for.
    if (model === 'bare') expect([...questionPlaces].filter((p) => p.startsWith(`${question}@`))).toEqual([]);
  });
});
