import { findReader } from '../../../src/core/import/readers.js';
import { threatComposerReader } from '../../../src/core/import/threat-composer.js';
import {
  findingSummary,
  importText,
  line,
  lineOf,
  modelChecks,
  runOnConverted,
  runOnSource,
  sampleText,
  schemaErrors,
  threatsOf,
} from './import-helpers.js';

describe('Threat Composer sample: ThreatComposer.tc.json (the tool threat-models itself)', () => {
  const file = 'ThreatComposer.tc.json';
  const text = sampleText(`threat-composer/${file}`);
  const result = importText(text, file, 'threat-composer');
  const model = result.model!;

  it('creates one component for the application, says it was inferred, and reports what the format lacks', () => {
    expect(model.system.name).toBe('Threat composer');
    expect(model.components).toHaveLength(1);
    expect(model.components[0]).toMatchObject({
      id: 'threat-composer',
      name: 'Threat composer',
      type: 'process',
    });
    expect(model.components[0]?.description).toMatch(
      /^Architecture \(from Threat Composer\):\nThere are two ways/,
    );
    expect(model.components[0]?.description).toMatch(
      /\n\nData flow \(from Threat Composer\):\n### Self Deployed/,
    );
    expect(model.flows).toBeUndefined();
    expect(result.notes.map((n) => n.pointer)).toEqual(['/components/0', '/components/0/type']);
    expect(result.notes[0]?.text).toMatch(/^inferred: Threat Composer has no components/);
    expect(findingSummary(result)).toEqual([
      'TA107 warning components-and-flows',
      'TA107 warning mitigationLinks#dangling',
      'TA107 warning assumptionLinks#dangling',
    ]);
    expect(result.findings[0]?.message).toBe(
      'AWS Threat Composer files have no components or flows: the model gets one component, threat-composer, for the whole application, and every threat applies to it; the architecture and data-flow diagrams are images, which are not read',
    );
    expect(result.findings[1]?.message).toMatch(
      /^4 of the 36 mitigationLinks point to .* \(at positions 12, 13, 23, 25\)/,
    );
    expect(result.findings[2]?.message).toMatch(/^10 of the 21 assumptionLinks point to/);
  });

  it('maps all twenty threats: ids as Threat Composer shows them, short titles, STRIDE and priority', () => {
    const threats = threatsOf(model);
    expect(threats).toHaveLength(20);
    expect(threats.map((t) => t.id).slice(0, 3)).toEqual(['T-0022', 'T-0021', 'T-0020']);
    expect(threats.every((t) => t.status === 'mitigated' && t.target === 'threat-composer')).toBe(true);
    const t14 = threats.find((t) => t.id === 'T-0014')!;
    expect(t14).toMatchObject({ stride: ['T', 'I'], severity: 'high' });
    expect(t14.title).toBe(
      'A threat actor can raise a PR (Pull Request) on the source within the Threat Composer GitHub repo',
    );
    expect(threats.find((t) => t.id === 'T-0017')?.title).toBe(
      'A threat actor can input a datatype not expected by the code',
    );
  });

  it('puts the linked mitigations and assumptions into the threat descriptions', () => {
    const t21 = threatsOf(model).find((t) => t.id === 'T-0021')!;
    expect(t21.description).toContain(
      'Mitigations (from Threat Composer):\n- M-0016 CSP (Content Security Policy) (resolved)\n- M-0006 Disable HTML support on Markdown viewer (resolved)',
    );
    const t22 = threatsOf(model).find((t) => t.id === 'T-0022')!;
    expect(t22.description).toContain(
      'Assumptions (from Threat Composer):\n- A-0003 We cannot protect against threats on the client endpoint',
    );
    expect(t22.description).toContain('Tags: Social engineering');
  });

  it('traces threats to their statements', () => {
    expect(line(result.index.locate('/threats/0/title'))).toBe(
      lineOf(text, '"statement": "A threat actor that is able to trick a user into installing'),
    );
    expect(line(result.index.locate('/components/0/id'))).toBe(lineOf(text, '"name": "Threat composer"'));
  });

  it('expands against kb/core and converts to a native model that validates', async () => {
    expect(schemaErrors(result)).toEqual([]);
    const analysis = await runOnSource(file, text);
    expect(modelChecks(analysis)).toEqual([]);
    expect(analysis.expansion!.threats.filter((t) => t.origin === 'model')).toHaveLength(20);
    expect(analysis.findings.filter((f) => f.check === 'TA107')).toHaveLength(3);
    const converted = await runOnConverted(result);
    expect(modelChecks(converted.analysis)).toEqual([]);
    expect(converted.yaml).toMatch(/^# yaml-language-server: \$schema=\.\/threatmodel\.schema\.json\n/);
  });
});

// ── Hand-written files ────────────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;
function tc(parts: Json): string {
  return JSON.stringify(
    { schema: 1, applicationInfo: { name: 'Shop' }, threats: [], mitigations: [], assumptions: [], ...parts },
    null,
    2,
  );
}
function threat(id: string, numericId: number, more: Json = {}): Json {
  return {
    id,
    numericId,
    threatSource: 'external threat actor',
    prerequisites: 'with a stolen session cookie',
    threatAction: 'place orders as the victim',
    threatImpact: 'financial loss',
    statement: `An external threat actor with a stolen session cookie can place orders as the victim (${id})`,
    status: 'threatIdentified',
    metadata: [{ key: 'STRIDE', value: ['S'] }],
    ...more,
  };
}
const readTc = (text: string, file = 'model.tc.json') => importText(text, file, 'threat-composer');

describe('Threat Composer: hand-written edge cases', () => {
  it('1. detection: schema and lists by content, whatever the name; .tc.json claims broken JSON', () => {
    const text = tc({ threats: [threat('a', 1)] });
    for (const file of ['model.json', 'model.yaml', 'model.tc.json'])
      expect(findReader(text, file)?.format).toBe('threat-composer');
    expect(findReader('{"schema": 1}', 'x.json')).toBeUndefined();
    expect(findReader('{"threats": []}', 'x.tc.json')?.format).toBe('threat-composer');
    expect(findReader('{ "schema": 1, "threats": [', 'x.json')).toBeUndefined();
    expect(findReader('[1, 2]', 'x.tc.json')).toBeUndefined();
  });

  it('2. invalid JSON in a .tc.json file: TA101 at the error, no model', () => {
    const broken = '{\n  "schema": 1,\n  "threats": [\n    { "id": "a", }\n  ]\n}\n';
    const result = readTc(broken);
    expect(result.model).toBeUndefined();
    expect(result.findings.map((f) => [f.check, line(f), f.message])).toEqual([
      ['TA101', 4, "invalid JSON: trailing comma before '}': JSON allows no comma there"],
    ]);
  });

  it('3. an empty .tc.json file: TA101', () => {
    expect(findingSummary(readTc(''))).toEqual(['TA101 error empty']);
  });

  it('4. no applicationInfo and no threats: still one component, and a valid model', () => {
    const result = readTc(JSON.stringify({ schema: 1, threats: [] }));
    expect(result.model).toEqual({
      schema: 'threat-align/v1',
      system: { name: 'Threat Composer model' },
      components: [{ id: 'application', name: 'Application', type: 'process' }],
    });
    expect(findingSummary(result)).toEqual(['TA107 warning components-and-flows']);
    expect(schemaErrors(result)).toEqual([]);
  });

  it('5. STRIDE from metadata, else from the impacted goals, else all six with a finding', () => {
    const result = readTc(
      tc({
        threats: [
          threat('a', 1, { metadata: [{ key: 'STRIDE', value: ['E', 'x', 's'] }] }),
          threat('b', 2, { metadata: [], impactedGoal: ['integrity', 'availability'] }),
          threat('c', 3, { metadata: [] }),
        ],
      }),
    );
    expect(threatsOf(result.model).map((t) => t.stride.join(''))).toEqual(['SE', 'TD', 'STRIDE']);
    expect(findingSummary(result)).toEqual(['TA107 warning components-and-flows', 'TA107 warning c#stride']);
    expect(result.notes.map((n) => n.pointer)).toContain('/threats/1/stride');
  });

  it('6. statuses: identified → open, resolved → mitigated, not useful → not-applicable with a reason, unknown → open and reported', () => {
    const result = readTc(
      tc({
        threats: [
          threat('a', 1),
          threat('b', 2, { status: 'threatResolved' }),
          threat('c', 3, {
            status: 'threatResolvedNotUseful',
            metadata: [
              { key: 'STRIDE', value: ['S'] },
              { key: 'Comments', value: 'Internal tool only' },
            ],
          }),
          threat('d', 4, { status: 'threatResolvedNotUseful' }),
          threat('e', 5, { status: 'threatWhatever' }),
          threat('f', 6, { status: undefined }),
        ],
      }),
    );
    expect(threatsOf(result.model).map((t) => [t.status, t.reason])).toEqual([
      ['open', undefined],
      ['mitigated', undefined],
      ['not-applicable', 'Internal tool only'],
      ['not-applicable', 'resolved as not useful in Threat Composer'],
      ['open', undefined],
      ['open', undefined],
    ]);
    expect(findingSummary(result)).toContain('TA107 warning e#status');
    expect(schemaErrors(result)).toEqual([]);
  });

  it('7. mitigations and assumptions reach threats through the links, with statuses and assumptions of mitigations', () => {
    const result = readTc(
      tc({
        threats: [threat('t1', 1)],
        mitigations: [
          { id: 'm1', numericId: 3, content: 'Short-lived sessions', status: 'mitigationInProgress' },
        ],
        assumptions: [
          { id: 'a1', numericId: 1, content: 'Users log out' },
          { id: 'a2', numericId: 2, content: 'TLS everywhere' },
        ],
        mitigationLinks: [{ mitigationId: 'm1', linkedId: 't1' }],
        assumptionLinks: [
          { type: 'Threat', assumptionId: 'a1', linkedId: 't1' },
          { type: 'Mitigation', assumptionId: 'a2', linkedId: 'm1' },
        ],
      }),
    );
    expect(threatsOf(result.model)[0]?.description).toBe(
      [
        'An external threat actor with a stolen session cookie can place orders as the victim (t1)',
        'Mitigations (from Threat Composer):\n- M-0003 Short-lived sessions (in progress; assumes A-0002)',
        'Assumptions (from Threat Composer):\n- A-0001 Users log out',
      ].join('\n\n'),
    );
    expect(findingSummary(result)).toEqual(['TA107 warning components-and-flows']);
  });

  it('8. dangling links are reported once per list; unlinked mitigations and assumptions one by one', () => {
    const text = tc({
      threats: [threat('t1', 1)],
      mitigations: [{ id: 'm1', numericId: 1, content: 'WAF' }],
      assumptions: [{ id: 'a1', numericId: 1, content: 'Nobody cares' }],
      mitigationLinks: [
        { mitigationId: 'gone', linkedId: 't1' },
        { mitigationId: 'm1', linkedId: 'gone' },
      ],
      assumptionLinks: [{ type: 'Threat', assumptionId: 'a1', linkedId: 'gone' }],
    });
    const result = readTc(text);
    expect(findingSummary(result)).toEqual([
      'TA107 warning components-and-flows',
      'TA107 warning mitigationLinks#dangling',
      'TA107 warning assumptionLinks#dangling',
      'TA107 warning m1',
      'TA107 warning a1',
    ]);
    expect(result.findings[1]?.message).toBe(
      '2 of the 2 mitigationLinks point to a mitigation or a threat that the file does not have (at positions 0, 1): they are left out',
    );
    expect(result.findings[3]?.message).toMatch(/^mitigation M-0001 "WAF" is linked to no threat/);
    expect(line(result.findings[3])).toBe(lineOf(text, '"id": "m1"') - 1);
  });

  it('9. a threat without a statement gets one in Threat Composer grammar; "can can" is avoided', () => {
    const result = readTc(
      tc({ threats: [threat('a', 1, { statement: undefined, threatAction: 'can read the basket' })] }),
    );
    const read = threatsOf(result.model)[0]!;
    expect(read.title).toBe('An external threat actor can read the basket');
    expect(read.description).toBe(
      'An external threat actor with a stolen session cookie can read the basket, which leads to financial loss',
    );
  });

  it('10. __proto__ ids and keys pollute nothing', () => {
    const text = `{"schema":1,"applicationInfo":{"name":"__proto__","__proto__":{"polluted":true}},
      "threats":[{"id":"__proto__","numericId":1,"statement":"x","__proto__":{"status":"threatResolved"},
        "metadata":[{"key":"__proto__","value":"y"},{"key":"STRIDE","value":["T"]}]}],
      "mitigations":[{"id":"constructor","content":"c"}],
      "mitigationLinks":[{"mitigationId":"constructor","linkedId":"__proto__"}]}`;
    const result = readTc(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.model?.components[0]?.id).toBe('proto');
    expect(threatsOf(result.model)[0]).toMatchObject({ id: 'T-0001', status: 'open', stride: ['T'] });
    expect(threatsOf(result.model)[0]?.description).toContain('- M-1 c');
    expect(schemaErrors(result)).toEqual([]);
  });

  it('11. a huge statement: a short title, a description within the schema limit', () => {
    const huge = 'very '.repeat(40_000);
    const result = readTc(tc({ threats: [threat('a', 1, { statement: huge, threatSource: undefined })] }));
    const read = threatsOf(result.model)[0]!;
    expect(read.title.length).toBeLessThanOrEqual(120);
    expect(read.title.endsWith('…')).toBe(true);
    expect(read.description!.length).toBeLessThanOrEqual(100_000);
    expect(schemaErrors(result)).toEqual([]);
  });

  it('12. repeated numericIds and an application name that is also a threat id stay unique', () => {
    const result = readTc(
      tc({ applicationInfo: { name: 'T-0001' }, threats: [threat('a', 1), threat('b', 1)] }),
    );
    expect(result.model?.components[0]?.id).toBe('t-0001');
    expect(threatsOf(result.model).map((t) => t.id)).toEqual(['T-0001-2', 'T-0001-3']);
    expect(result.notes).toContainEqual({ pointer: '/threats/0/id', text: 'Threat Composer T-0001' });
  });

  it('13. Priority becomes severity; another schema version is noted', () => {
    const result = readTc(
      tc({
        schema: 2,
        threats: [
          threat('a', 1, {
            metadata: [
              { key: 'Priority', value: 'High' },
              { key: 'STRIDE', value: ['D'] },
            ],
          }),
        ],
      }),
    );
    expect(threatsOf(result.model)[0]).toMatchObject({ severity: 'high', stride: ['D'] });
    expect(result.notes).toContainEqual({
      pointer: '',
      text: 'the Threat Composer schema version 2 is not 1: the file is read as schema 1',
    });
  });

  it('14. reading a root that is not an object gives TA101, not an exception', () => {
    expect(findingSummary(threatComposerReader.read('x.tc.json', '[1, 2, 3]'))).toEqual(['TA101 error root']);
  });

  it('15. a small file converts and expands', async () => {
    const result = readTc(tc({ threats: [threat('a', 1), threat('b', 2, { status: 'threatResolved' })] }));
    const converted = await runOnConverted(result);
    expect(modelChecks(converted.analysis)).toEqual([]);
    expect(converted.analysis.expansion!.threats.map((t) => `${t.id} ${t.status}`)).toEqual([
      'T-0001 open',
      'T-0002 mitigated',
    ]);
    expect(converted.yaml).toContain('# inferred: Threat Composer has no components');
  });

  it('16. entries that are not objects are reported, the others read', () => {
    const result = readTc(tc({ threats: [threat('a', 1), 'oops'], mitigations: [null] }));
    expect(findingSummary(result)).toEqual([
      'TA107 warning components-and-flows',
      'TA107 warning /threats/1',
      'TA107 warning /mitigations/0',
    ]);
    expect(threatsOf(result.model)).toHaveLength(1);
  });
});
