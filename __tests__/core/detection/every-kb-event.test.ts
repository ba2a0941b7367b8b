import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { Ajv } from 'ajv';
import type { Analysis } from '../../../src/core/analyse.js';
import type { Threat } from '../../../src/core/expand/expansion.js';
import { detectionFiles, logContractFile } from '../../../src/core/detection/detection-files.js';
import { loadKnowledgeBase } from '../../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base.js';
import { readFixtureFolder } from '../../fakes/memory-kb-store.js';
import { validateSigmaCorrelation, validateSigmaRule } from './sigma-schema.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
/** Every shipped version of every shipped knowledge base, as found now (kb/<name>/<version>/). */
const shipped = readdirSync(join(repoRoot, 'kb')).flatMap((name) =>
  readdirSync(join(repoRoot, 'kb', name)).map((version) => `${name}@${version}`),
);

function loadShipped(reference: string): KnowledgeBase {
  const [name, version] = reference.split('@') as [string, string];
  const folder = `kb/${name}/${version}`;
  const loaded = loadKnowledgeBase(readFixtureFolder(join(repoRoot, folder), folder));
  if (!loaded.loaded) throw new Error(`${reference} does not load`);
  return loaded.loaded.kb;
}

/**
 * An analysis in which every event of the knowledge base is in scope: one threat per threat type
 * that raises events (with its references), and one threat by hand for the events no type raises.
 */
function everyEvent(kb: KnowledgeBase): Pick<Analysis, 'model' | 'kb' | 'expansion'> {
  const base = {
    elementKind: 'component' as const,
    stride: ['S' as const],
    top: true,
    status: 'open' as const,
    backlog: [],
  };
  const threats: Threat[] = kb.threatTypes
    .filter((t) => (t.events ?? []).length > 0)
    .map((t) => ({
      ...base,
      id: `${t.id}@web`,
      typeId: t.id,
      element: 'web',
      title: t.name,
      severity: t.severity,
      origin: 'knowledge-base',
      mitigations: t.mitigations.map(
        (m) => ({ id: m.id, status: 'proposed' }) as Threat['mitigations'][number],
      ),
      events: t.events ?? [],
      pointer: '/components/0',
    }));
  const raised = new Set(threats.flatMap((t) => t.events));
  threats.push({
    ...base,
    id: 'T-REST',
    element: 'web',
    title: 'Events no threat type raises',
    severity: 'low',
    origin: 'model',
    mitigations: [],
    events: kb.events.map((e) => e.id).filter((id) => !raised.has(id)),
    pointer: '/threats/0',
  });
  return {
    kb,
    model: {
      schema: 'threat-align/v1',
      system: { name: 'Every event' },
      components: [{ id: 'web', type: 'web-app' }],
    },
    expansion: { profile: 'full', threats, mitigations: [], questions: [], unknownTypes: [] },
  };
}

describe.each(shipped)('every event of the shipped knowledge base %s', (reference) => {
  const kb = loadShipped(reference);
  const files = detectionFiles(everyEvent(kb), { date: '2025-01-01' });
  const byPath = new Map(files.map((f) => [f.path, f.text]));

  it('has a Sigma rule and a correlation rule, each valid against the Sigma JSON Schemas', () => {
    expect(kb.events.length).toBeGreaterThan(0);
    for (const event of kb.events) {
      const stem = event.id.toLowerCase().replace(/-/g, '_');
      const rule = parse(byPath.get(`sigma/${stem}.yml`) ?? 'null') as Record<string, unknown>;
      const correlation = parse(byPath.get(`sigma/mr_${stem}.yml`) ?? 'null') as Record<string, unknown>;
      expect([event.id, validateSigmaRule(rule), validateSigmaRule.errors ?? null]).toEqual([
        event.id,
        true,
        null,
      ]);
      expect([
        event.id,
        validateSigmaCorrelation(correlation),
        validateSigmaCorrelation.errors ?? null,
      ]).toEqual([event.id, true, null]);
      expect(correlation.correlation).toEqual({
        type: 'event_count',
        rules: [rule.id],
        'group-by': [expect.stringMatching(/^[a-z_]+$/)],
        timespan: event.threshold.window,
        condition: { gte: event.threshold.count },
      });
      expect(byPath.has(`runbooks/${stem.replace(/_/g, '-')}.md`)).toBe(true);
      expect(byPath.has(`runbooks/${stem.replace(/_/g, '-')}-alert.md`)).toBe(true);
    }
  });

  it('gives every rule its own id, the same on a rerun', () => {
    const ids = files
      .filter((f) => f.path.startsWith('sigma/'))
      .map((f) => (parse(f.text) as { id: string }).id);
    expect(new Set(ids).size).toBe(kb.events.length * 2);
    const again = detectionFiles(everyEvent(kb), { date: '2025-01-01' });
    expect(again).toEqual(files);
    for (const file of files.filter((f) => f.path.endsWith('.yml')))
      expect(parseAllDocuments(file.text)).toHaveLength(1);
  });

  it('has a log contract that is a strict JSON Schema, with a definition per event', () => {
    const contract = JSON.parse(byPath.get(logContractFile) ?? '{}') as {
      definitions: Record<string, unknown>;
    };
    const ajv = new Ajv({ allErrors: true, strict: true });
    expect(() => ajv.compile(contract)).not.toThrow();
    expect(Object.keys(contract.definitions).sort()).toEqual(kb.events.map((e) => e.id).sort());
  });

  it('has a log contract every event can meet: a record with its fields and level validates', () => {
    const contract = JSON.parse(byPath.get(logContractFile) ?? '{}') as {
      definitions: Record<string, { required: string[]; properties: Record<string, { type?: string }> }>;
    };
    const validate = new Ajv({ allErrors: true, strict: true }).compile(contract);
    for (const event of kb.events) {
      const definition = contract.definitions[event.id];
      const record: Record<string, unknown> = {};
      for (const field of definition?.required ?? []) {
        const type = definition?.properties[field]?.type;
        record[field] = type === 'boolean' ? true : type === 'integer' || type === 'number' ? 1 : 'x';
      }
      Object.assign(record, {
        datetime: '2025-01-01T12:00:00Z',
        event: `${event.name}${event.name.includes(':') ? ',' : ':'}p`,
        level: event.level,
      });
      expect([event.id, validate(record), validate.errors ?? null]).toEqual([event.id, true, null]);
      expect([event.id, validate({ ...record, level: event.level === 'INFO' ? 'WARN' : 'INFO' })]).toEqual([
        event.id,
        false,
      ]);
    }
  });
});
