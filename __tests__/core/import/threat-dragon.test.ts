import { readFileSync } from 'node:fs';
import { findReader } from '../../../src/core/import/readers.js';
import { keywordRules } from '../../../src/core/import/threat-dragon-element-types.js';
import { threatDragonV1Reader, threatDragonV2Reader } from '../../../src/core/import/threat-dragon.js';
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

describe('Threat Dragon samples', () => {
  describe('v2-threat-model.json (the demo model, Threat Dragon 2.0)', () => {
    const file = 'v2-threat-model.json';
    const text = sampleText(`threat-dragon/${file}`);
    const result = importText(text, file, 'threat-dragon-v2');
    const model = result.model!;

    it('maps every process, store and actor to a typed component', () => {
      expect(model.components.map((c) => `${c.id}: ${c.type}`)).toEqual([
        'worker-config: secrets-vault',
        'database: database',
        'web-application-config: secrets-vault',
        'message-queue: message-queue',
        'background-worker-process: batch-job',
        'web-application: web-app',
        'browser: external-user',
      ]);
      expect(model.data).toEqual([{ id: 'credentials', name: 'Credentials', classification: 'restricted' }]);
      expect(model.components.filter((c) => c.data?.includes('credentials')).map((c) => c.id)).toEqual([
        'worker-config',
        'web-application-config',
      ]);
      expect(model.components.find((c) => c.id === 'web-application')?.properties).toEqual({
        internetFacing: true,
      });
      expect(model.boundaries).toBeUndefined();
      expect(result.notes).toContainEqual({
        pointer: '/components/1/type',
        text: expect.stringMatching(
          /^database: from the word "database" in its name; isALog is set/,
        ) as string,
      });
    });

    it('resolves every flow through the cells it is attached to', () => {
      expect(model.flows?.map((f) => `${f.id}: ${f.from} -> ${f.to}`)).toEqual([
        'web-request: browser -> web-application',
        'put-message: web-application -> message-queue',
        'message: message-queue -> background-worker-process',
        'worker-query-results: database -> background-worker-process',
        'web-response: web-application -> browser',
        'read-web-app-config: web-application-config -> web-application',
        'read-worker-config: worker-config -> background-worker-process',
        'queries: web-application -> database',
        'web-app-query-results: database -> web-application',
        'worker-queries: background-worker-process -> database',
      ]);
      expect(model.flows?.[0]).toMatchObject({ protocol: 'https', properties: { encrypted: true } });
    });

    it('keeps the threats of data.threats, with their ids, statuses and STRIDE', () => {
      const threats = threatsOf(model);
      expect(threats).toHaveLength(14);
      expect(threats.filter((t) => t.status === 'mitigated').map((t) => t.id)).toEqual([
        '21fc4b20-ca29-4891-9691-d8f0331b2a11',
        'b917c6dd-e2d5-455c-8b81-61407126abfa',
        '79cbaf10-e5a2-4fd6-9818-7f180a113938',
        '2cba4931-e49c-4d4c-ad7c-d2de4875f15a',
      ]);
      expect(threats.filter((t) => t.status === 'open')).toHaveLength(10);
      expect(threats[5]).toMatchObject({
        title: 'Message tampering',
        stride: ['T'],
        severity: 'medium',
        target: 'message-queue',
      });
      expect(threats[0]?.description).toMatch(
        /\n\nMitigation \(from Threat Dragon\): Encrypt the DB credentials/,
      );
    });

    it('reports the three boundary lines (with the flows that cross them); carries the out-of-scope marks', () => {
      expect(findingSummary(result)).toEqual([
        'TA107 warning 0adc088b-ebb1-46be-af7b-36112c60c419',
        'TA107 warning 6767506f-3d7f-4a5f-bbe2-ea03689d30fc',
        'TA107 warning 4a7911c8-2493-46cc-960f-1b248b176d15',
      ]);
      expect(result.findings[0]?.message).toMatch(/on the drawing, web-request, web-response cross it$/);
      expect(result.findings[2]?.message).toMatch(
        /worker-query-results, queries, web-app-query-results, worker-queries cross it$/,
      );
      expect(line(result.findings[0])).toBe(lineOf(text, '"shape": "trust-boundary-curve"') - 1);
      // Threat Dragon's own out-of-scope marks: one store and two flows.
      expect(result.model?.components.filter((c) => c.outOfScope).map((c) => c.id)).toEqual([
        'web-application-config',
      ]);
      expect(result.model?.flows?.filter((f) => f.outOfScope).map((f) => f.id)).toEqual([
        'read-web-app-config',
        'read-worker-config',
      ]);
      // Flows named as the answers to flows drawn the other way are responses.
      expect(result.model?.flows?.filter((f) => f.role === 'response').map((f) => f.id)).toEqual([
        'worker-query-results',
        'web-response',
        'web-app-query-results',
      ]);
    });

    it('places native pointers on the source nodes they came from', () => {
      expect(line(result.index.locate('/components/0/id'))).toBe(lineOf(text, '"name": "Worker Config"'));
      expect(line(result.index.locate('/flows/0/from'))).toBe(
        lineOf(text, '"cell": "b394f9f7-07ca-42bc-b616-ad77c6fbfcce"', '"id": "2d84bfae'),
      );
      expect(line(result.index.locate('/threats/0/id'))).toBe(lineOf(text, '"id": "7df716cd'));
      expect(line(result.index.locate('/threats/0/status'))).toBe(lineOf(text, '"status": "Open"'));
    });

    it('expands against kb/core, and converts to a native model that validates', async () => {
      expect(schemaErrors(result)).toEqual([]);
      const analysis = await runOnSource(file, text);
      expect(modelChecks(analysis)).toEqual([]);
      const threats = analysis.expansion!.threats;
      expect(threats.filter((t) => t.origin === 'model')).toHaveLength(14);
      expect(threats.map((t) => t.id)).toEqual(
        expect.arrayContaining([
          'XSS@web-application',
          'CSRF@web-application',
          'DATA-STORE-DISCLOSURE@worker-config',
        ]),
      );
      // 13: the out-of-scope store and flows get none (14 while they were in scope).
      expect(threats.filter((t) => t.origin === 'knowledge-base')).toHaveLength(13);
      const outOfScope = new Set(['web-application-config', 'read-web-app-config', 'read-worker-config']);
      expect(threats.filter((t) => t.origin === 'knowledge-base' && outOfScope.has(t.element))).toEqual([]);
      const converted = await runOnConverted(result);
      expect(modelChecks(converted.analysis)).toEqual([]);
      expect(converted.analysis.expansion!.threats.map((t) => t.id)).toEqual(threats.map((t) => t.id));
    });
  });

  describe('v1-demo-threat-model.json (Threat Dragon 1.x)', () => {
    const file = 'v1-demo-threat-model.json';
    const text = sampleText(`threat-dragon/${file}`);
    const result = importText(text, file, 'threat-dragon-v1');
    const model = result.model!;

    it('reads the cells under diagramJson into the same model as v2', () => {
      expect(model.components.map((c) => c.id)).toEqual([
        'worker-config',
        'database',
        'web-application-config',
        'message-queue',
        'background-worker-process',
        'web-application',
        'browser',
      ]);
      expect(model.flows).toHaveLength(10);
      expect(model.flows?.find((f) => f.id === 'web-response')).toMatchObject({
        from: 'web-application',
        to: 'browser',
        protocol: 'https',
      });
    });

    it('makes threat ids from titles, since v1 threats have none, unique and in the native pattern', () => {
      const threats = threatsOf(model);
      expect(threats).toHaveLength(14);
      expect(threats.map((t) => t.id).filter((id) => id.startsWith('T-DATA-FLOW'))).toEqual([
        'T-DATA-FLOW-SHOULD-USE-HTTP-S',
        'T-DATA-FLOW-SHOULD-USE-HTTP-S-2',
        'T-DATA-FLOW-SHOULD-USE-HTTP-S-3',
        'T-DATA-FLOW-SHOULD-USE-HTTP-S-4',
      ]);
      expect(threats.filter((t) => t.status === 'mitigated')).toHaveLength(4);
      expect(result.notes).toContainEqual({
        pointer: '/threats/0/id',
        text: 'made from the title: the Threat Dragon threat has no id',
      });
    });

    it('reports the four boundary lines (tm.Boundary); the two out-of-scope flows are outOfScope', () => {
      expect(findingSummary(result).filter((s) => s.endsWith('#out-of-scope'))).toHaveLength(0);
      expect(result.model?.flows?.filter((f) => f.outOfScope === true)).toHaveLength(2);
      const lines = result.findings.filter((f) => !f.subject.includes('#'));
      expect(lines.map((f) => f.subject)).toEqual([
        '64d52ab0-9733-4ae9-af1b-a347cbc13186',
        '70a1b898-4131-462f-a26e-1adf9f2b2eda',
        'cc656830-4c72-4ede-8f3b-0daeaa399d16',
        'a61cbe16-7e3f-400c-a0ea-c0695253c6ad',
      ]);
      expect(lines[1]?.message).toMatch(/put-message crosses it$/);
    });

    it('expands and converts to a model that validates', async () => {
      expect(schemaErrors(result)).toEqual([]);
      const analysis = await runOnSource(file, text);
      expect(modelChecks(analysis)).toEqual([]);
      expect(analysis.expansion!.threats).toHaveLength(28);
      expect(modelChecks((await runOnConverted(result)).analysis)).toEqual([]);
    });
  });

  describe('three-tier-web-app.json (Threat Dragon 2.3, trust-boundary boxes)', () => {
    const file = 'three-tier-web-app.json';
    const text = sampleText(`threat-dragon/${file}`);
    const result = importText(text, file, 'threat-dragon-v2');
    const model = result.model!;

    it('derives boundary membership from the geometry of the boxes', () => {
      expect(model.boundaries).toEqual([
        { id: 'internet', name: 'Internet', kind: 'internet' },
        { id: 'public-cloud', name: 'Public Cloud', kind: 'private' },
      ]);
      expect(model.components.map((c) => `${c.id}: ${c.type} in ${c.boundary ?? '-'}`)).toEqual([
        'web-ui: single-page-app in internet',
        'web-service: api in public-cloud',
        'postgressql: sql-database in public-cloud',
      ]);
    });

    it('names unnamed flows after their ends and splits the bidirectional one in two', () => {
      expect(model.flows?.map((f) => `${f.id}: ${f.from} -> ${f.to}`)).toEqual([
        'web-ui-to-web-service: web-ui -> web-service',
        'web-service-to-web-ui: web-service -> web-ui',
        'web-service-to-postgressql: web-service -> postgressql',
        'postgressql-to-web-service: postgressql -> web-service',
      ]);
    });

    it('keeps the text block in the description and the scored threats, and maps everything', () => {
      expect(model.system.description).toMatch(
        /\n\nThree Tier Web Application provided by the OWASP Threat Model Cookbook/,
      );
      expect(threatsOf(model).map((t) => [t.id, t.status, t.severity])).toEqual([
        ['264eeb9a-f5b3-4224-93e7-ac0cb72f20de', 'mitigated', 'high'],
        ['b8bf0eca-5c7f-49a9-a8a3-fe9094aea72a', 'mitigated', 'medium'],
      ]);
      expect(threatsOf(model)[0]?.description).toMatch(/Score \(from Threat Dragon\): 7\.5$/);
      expect(result.findings).toEqual([]);
    });

    it('gets the threats of flows that cross boundaries, and converts to a model that validates', async () => {
      const analysis = await runOnSource(file, text);
      expect(modelChecks(analysis)).toEqual([]);
      expect(analysis.expansion!.threats.map((t) => t.id)).toEqual(
        expect.arrayContaining(['SQLI@postgressql', 'TAMPER-IN-TRANSIT@web-ui-to-web-service', 'XSS@web-ui']),
      );
      expect(modelChecks((await runOnConverted(result)).analysis)).toEqual([]);
    });
  });
});

// ── Hand-written v2 files ──────────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;
const dataTypes: Record<string, string> = { process: 'tm.Process', store: 'tm.Store', actor: 'tm.Actor' };

function v2(cells: Json[], more: Json = {}): string {
  const diagrams = [{ id: 0, title: 'Main', diagramType: 'STRIDE', cells }];
  return JSON.stringify(
    { version: '2.2.0', summary: { title: 'Edge' }, detail: { diagrams }, ...more },
    null,
    2,
  );
}
function element(shape: string, id: string, name: string, x: number, y: number, data: Json = {}): Json {
  return {
    shape,
    id,
    position: { x, y },
    size: { width: 100, height: 80 },
    data: { name, type: dataTypes[shape] ?? 'tm.Process', ...data },
  };
}
function box(id: string, name: string, x: number, y: number, width: number, height: number): Json {
  return {
    shape: 'trust-boundary-box',
    id,
    position: { x, y },
    size: { width, height },
    attrs: { label: { text: name } },
    data: { type: 'tm.BoundaryBox' },
  };
}
function flow(id: string, name: string, from: string, to: string, data: Json = {}): Json {
  return {
    shape: 'flow',
    id,
    source: { cell: from },
    target: { cell: to },
    data: { name, type: 'tm.Flow', ...data },
  };
}
function curve(id: string, points: { x: number; y: number }[], shape = 'trust-boundary-curve'): Json {
  return {
    shape,
    id,
    source: points[0],
    target: points.at(-1),
    vertices: points.slice(1, -1),
    data: { type: 'tm.Boundary' },
  };
}
const readV2 = (text: string, file = 'edge.json') => importText(text, file, 'threat-dragon-v2');

describe('Threat Dragon v2: hand-written edge cases', () => {
  it('1. a file without diagrams yields no model: TA101 at detail', () => {
    const text = JSON.stringify(
      { version: '2.2.0', summary: { title: 'x' }, detail: { contributors: [] } },
      null,
      2,
    );
    const result = readV2(text);
    expect(result.model).toBeUndefined();
    expect(findingSummary(result)).toEqual(['TA101 error diagrams']);
    expect(result.findings[0]?.message).toBe(
      'the Threat Dragon file has no elements: it has no detail.diagrams list',
    );
    expect(line(result.findings[0])).toBe(lineOf(text, '"detail"'));
  });

  it('2. an empty list of diagrams, or diagrams with no element, yield no model either', () => {
    expect(
      findingSummary(readV2(JSON.stringify({ version: '2.0', summary: {}, detail: { diagrams: [] } }))),
    ).toEqual(['TA101 error diagrams']);
    const onlyText = v2([
      { shape: 'td-text-block', id: 't', attrs: { text: { text: 'hello' } }, data: { type: 'tm.Text' } },
    ]);
    expect(findingSummary(readV2(onlyText))).toEqual(['TA101 error components']);
  });

  it('3. a flow with a loose end is reported at that end, with its threats, and left out', () => {
    const text = v2([
      element('actor', 'a', 'User', 0, 0),
      {
        ...flow('f', 'Upload', 'a', 'nowhere'),
        target: { x: 400, y: 50 },
        data: { name: 'Upload', threats: [{ title: 't', type: 'Tampering' }] },
      },
      flow('g', 'To boundary', 'a', 'b'),
      box('b', 'Zone', 500, 0, 200, 200),
    ]);
    const result = readV2(text);
    expect(result.model?.flows).toBeUndefined();
    expect(findingSummary(result)).toEqual(['TA107 warning f', 'TA107 warning g']);
    expect(result.findings[0]?.message).toBe(
      'flow "Upload" (cell f) cannot be imported: its target is a loose point on the canvas. Its 1 threat(s) are not imported either.',
    );
    expect(line(result.findings[0])).toBe(lineOf(text, '"target"', '"id": "f"'));
    expect(result.findings[1]?.message).toMatch(
      /its target is attached to the trust boundary zone, not to a process, store or actor/,
    );
  });

  it('4. nested boxes nest (parent), and a component belongs to the innermost box around it', () => {
    const text = v2([
      box('outer', 'Corporate network', 0, 0, 1000, 800),
      box('inner', 'Data zone', 100, 100, 400, 300),
      element('store', 'db', 'Orders DB', 200, 200),
      element('process', 'svc', 'Orders API', 700, 500),
      element('actor', 'user', 'Customer', 1200, 100),
    ]);
    const model = readV2(text).model!;
    expect(model.boundaries).toEqual([
      { id: 'corporate-network', name: 'Corporate network', kind: 'private' },
      { id: 'data-zone', name: 'Data zone', parent: 'corporate-network' },
    ]);
    expect(model.components.map((c) => [c.id, c.boundary])).toEqual([
      ['orders-db', 'data-zone'],
      ['orders-api', 'corporate-network'],
      ['customer', undefined],
    ]);
  });

  it('5. overlapping boxes are reported; a component in the overlap goes to the smaller one', () => {
    const result = readV2(
      v2([
        box('a', 'Zone A', 0, 0, 300, 300),
        box('b', 'Zone B', 200, 0, 200, 300),
        element('process', 'p', 'Worker', 210, 100),
      ]),
    );
    expect(result.model?.components[0]?.boundary).toBe('zone-b');
    expect(result.model?.boundaries?.map((b) => b.parent)).toEqual([undefined, undefined]);
    expect(findingSummary(result)).toEqual(['TA107 warning b#overlaps:a']);
    expect(result.notes).toContainEqual({
      pointer: '/components/0/boundary',
      text: 'drawn inside the trust-boundary box zone-b; it also lies in zone-a, which overlaps: the smaller one decided',
    });
  });

  it('6. duplicate names get distinct ids, and ids are shared with boundaries and flows', () => {
    const result = readV2(
      v2([
        element('store', 's1', 'Database', 0, 0),
        element('store', 's2', 'database', 0, 200),
        box('b', 'Database', 500, 500, 10, 10),
        flow('f', 'Database', 's1', 's2'),
      ]),
    );
    const model = result.model!;
    expect(model.components.map((c) => c.id)).toEqual(['database', 'database-2']);
    expect(model.boundaries?.[0]?.id).toBe('database-3');
    expect(model.flows?.[0]?.id).toBe('database-4');
    expect(result.notes).toContainEqual({
      pointer: '/components/1/id',
      text: 'another element is also called "database": database-2 keeps them apart',
    });
  });

  it('7. threat ids: id or threatId, numbers prefixed, other characters replaced, none made from the title', () => {
    const threats = [
      { threatId: 'TD-1', title: 'a', type: 'Spoofing' },
      { id: 7, title: 'b', type: 'Spoofing' },
      { id: 'has space/and:colon', title: 'c', type: 'Spoofing' },
      { title: 'Weak session handling!', type: 'Spoofing' },
    ];
    const result = readV2(v2([element('process', 'p', 'App', 0, 0, { threats })]));
    expect(threatsOf(result.model).map((t) => t.id)).toEqual([
      'TD-1',
      'T-7',
      'has-space-and-colon',
      'T-WEAK-SESSION-HANDLING',
    ]);
    expect(result.notes).toContainEqual({
      pointer: '/threats/2/id',
      text: 'Threat Dragon id "has space/and:colon"',
    });
    expect(schemaErrors(result)).toEqual([]);
  });

  it('8. threats under cell.threats (the published schema) are read as well as data.threats, once each', () => {
    const shared = { id: 'x1', title: 'Shared', type: 'Tampering' };
    const cells = [
      {
        ...element('process', 'p', 'App', 0, 0),
        threats: [{ id: 'c1', title: 'Cell only', type: 'Repudiation' }],
      },
      {
        ...element('store', 's', 'Files', 300, 0, {
          threats: [shared, { id: 'd1', title: 'Data only', type: 'Tampering' }],
        }),
        threats: [shared],
      },
    ];
    expect(threatsOf(readV2(v2(cells)).model).map((t) => `${t.id}@${t.target}`)).toEqual([
      'c1@app',
      'x1@files',
      'd1@files',
    ]);
  });

  it('9. shapes: the real misspelling trust-broundary-curve and near misses are read, unknown shapes reported', () => {
    const result = readV2(
      v2([
        { ...element('proces', 'p', 'Checkout', 0, 0), data: { name: 'Checkout' } },
        { ...element('stor', 's', 'Ledger', 300, 0), data: { name: 'Ledger' } },
        curve(
          'c',
          [
            { x: 0, y: 500 },
            { x: 100, y: 500 },
          ],
          'trust-broundary-curve',
        ),
        {
          shape: 'cloud-thing',
          id: 'u',
          position: { x: 0, y: 0 },
          size: { width: 1, height: 1 },
          data: { name: 'Mystery' },
        },
      ]),
    );
    expect(result.model?.components.map((c) => `${c.id}: ${c.type}`)).toEqual([
      'checkout: process',
      'ledger: data-store',
    ]);
    expect(result.notes).toContainEqual({
      pointer: '/components/0/type',
      text: 'the shape "proces" is read as a process',
    });
    expect(findingSummary(result)).toEqual(['TA107 warning c', 'TA107 warning u']);
    expect(result.findings[1]?.message).toBe(
      'cell "Mystery" (cell u) has the shape "cloud-thing", which is no Threat Dragon element: it is not imported',
    );
  });

  it('10. an empty file and invalid JSON are not Threat Dragon by content; read anyway, they give TA101 at the error', () => {
    expect(findReader('', 'model.json')).toBeUndefined();
    expect(findingSummary(threatDragonV2Reader.read('model.json', ''))).toEqual(['TA101 error empty']);
    const broken = '{\n  "version": "2.2.0",\n  "detail": { "diagrams": [ ,] }\n}\n';
    expect(findReader(broken, 'model.json')).toBeUndefined();
    const result = threatDragonV2Reader.read('model.json', broken);
    expect(result.model).toBeUndefined();
    expect(result.findings.map((f) => [f.check, line(f)])).toEqual([['TA101', 3]]);
  });

  it('11. a huge label is cut for the name and the id, and the model still validates', () => {
    const huge = `Payment ${'gateway '.repeat(30_000)}`;
    const result = readV2(
      v2([
        element('process', 'p', huge, 0, 0, {
          threats: [{ title: huge, type: 'Spoofing', description: huge }],
        }),
        flow('f', huge, 'p', 'p'),
      ]),
    );
    const component = result.model!.components[0]!;
    expect(component.id.length).toBeLessThanOrEqual(100);
    expect(component.name?.length).toBeLessThanOrEqual(200);
    expect(threatsOf(result.model)[0]?.title.length).toBeLessThanOrEqual(200);
    expect(schemaErrors(result)).toEqual([]);
  });

  it('12. __proto__ keys and ids pollute nothing and yield a valid model', () => {
    const text = `{"version":"2.2.0","summary":{"title":"p"},"detail":{"diagrams":[{"cells":[
      {"shape":"store","id":"__proto__","position":{"x":0,"y":0},"size":{"width":10,"height":10},
       "data":{"name":"__proto__","__proto__":{"isALog":true},"threats":[{"__proto__":{"status":"Mitigated"},"title":"t","type":"Tampering"}]}},
      {"shape":"actor","id":"constructor","position":{"x":50,"y":0},"size":{"width":10,"height":10},"data":{"name":"constructor"}},
      {"shape":"flow","id":"f","source":{"cell":"constructor"},"target":{"cell":"__proto__"},"data":{"name":"toString"}}]}]}}`;
    const result = readV2(text);
    expect(({} as Record<string, unknown>).isALog).toBeUndefined();
    expect(result.model?.components.map((c) => `${c.id}: ${c.type}`)).toEqual([
      'proto: data-store',
      'constructor: external-entity',
    ]);
    expect(result.model?.flows?.[0]).toMatchObject({ id: 'tostring', from: 'constructor', to: 'proto' });
    expect(threatsOf(result.model)[0]?.status).toBe('open');
    expect(schemaErrors(result)).toEqual([]);
  });

  it('13. statuses and threat types: NotApplicable with a reason, CIA and LINDDUN types, unknown values reported', () => {
    const threats = [
      {
        id: 'a',
        title: 'A',
        type: 'Spoofing',
        status: 'NotApplicable',
        mitigation: 'No login at all',
        severity: 'Critical',
      },
      {
        id: 'b',
        title: 'B',
        type: 'Confidentiality',
        status: 'N/A',
        description: 'Public data only',
        severity: 'TBD',
      },
      { id: 'c', title: 'C', type: 'Unawareness', status: 'Pending' },
      { id: 'd', title: 'D', type: 'Elevation of privilege', status: 'Mitigated' },
    ];
    const result = readV2(v2([element('process', 'p', 'App', 0, 0, { threats })]));
    expect(
      threatsOf(result.model).map((t) => [t.id, t.status, t.stride.join(''), t.severity, t.reason]),
    ).toEqual([
      ['a', 'not-applicable', 'S', 'critical', 'No login at all'],
      ['b', 'not-applicable', 'I', undefined, 'Public data only'],
      ['c', 'open', 'STRIDE', undefined, undefined],
      ['d', 'mitigated', 'E', undefined, undefined],
    ]);
    expect(findingSummary(result)).toEqual([
      'TA107 warning p#threat-3:stride',
      'TA107 warning p#threat-3:status',
    ]);
    expect(schemaErrors(result)).toEqual([]);
  });

  it('14. flow properties: protocol normalised, encryption, public network, both ways', () => {
    const result = readV2(
      v2([
        box('z', 'Zone 1', 0, 0, 300, 300),
        element('actor', 'u', 'Customer', 50, 50),
        element('process', 's', 'Shop', 600, 50),
        flow('f', 'Browse', 'u', 's', {
          protocol: 'HTTP(S)',
          isEncrypted: true,
          isPublicNetwork: true,
          isBidirectional: true,
        }),
      ]),
    );
    const model = result.model!;
    expect(model.flows).toEqual([
      {
        id: 'browse',
        name: 'Browse',
        from: 'customer',
        to: 'shop',
        protocol: 'https',
        properties: { encrypted: true },
      },
      {
        id: 'browse-reverse',
        name: 'Browse',
        from: 'shop',
        to: 'customer',
        protocol: 'https',
        properties: { encrypted: true },
        role: 'response',
      },
    ]);
    expect(model.components.find((c) => c.id === 'shop')?.properties).toEqual({ internetFacing: true });
    expect(model.boundaries?.[0]).toEqual({ id: 'zone-1', name: 'Zone 1', kind: 'internet' });
    expect(result.notes).toContainEqual({
      pointer: '/flows/0/protocol',
      text: 'Threat Dragon says "HTTP(S)"',
    });
  });

  it('15. a boundary line: the flows that cross it are named, and get a note when their ends share a zone', () => {
    const result = readV2(
      v2([
        element('actor', 'u', 'User', 0, 0),
        element('process', 'a', 'Api', 400, 0),
        element('store', 'd', 'Db', 0, 400),
        flow('f1', 'Call', 'u', 'a'),
        flow('f2', 'Save', 'u', 'd'),
        curve('line', [
          { x: 250, y: -100 },
          { x: 250, y: 300 },
        ]),
      ]),
    );
    expect(result.findings[0]?.message).toBe(
      'trust-boundary line (cell line) cannot be represented: native trust boundaries are zones that components sit in, not lines; on the drawing, call crosses it',
    );
    expect(result.notes.filter((n) => n.pointer.startsWith('/flows/')).map((n) => n.pointer)).toEqual([
      '/flows/0',
      '/flows/1',
      '/flows/0',
    ]);
  });

  it('16. boxes hold only the components of their own diagram', () => {
    const text = JSON.stringify({
      version: '2.2.0',
      summary: { title: 'two diagrams' },
      detail: {
        diagrams: [
          {
            id: 0,
            title: 'One',
            cells: [box('b', 'Cloud', 0, 0, 500, 500), element('process', 'p', 'Api', 10, 10)],
          },
          { id: 1, title: 'Two', cells: [element('process', 'q', 'Job', 10, 10)] },
        ],
      },
    });
    expect(readV2(text).model?.components.map((c) => [c.id, c.boundary])).toEqual([
      ['api', 'cloud'],
      ['job', undefined],
    ]);
  });

  it('17. detection goes by content: a v2 file named .yaml or .tc.json is still Threat Dragon v2', () => {
    const text = v2([element('process', 'p', 'App', 0, 0)]);
    for (const file of ['model.yaml', 'model.tc.json', 'model'])
      expect(findReader(text, file)?.format).toBe('threat-dragon-v2');
    expect(
      findReader(JSON.stringify({ summary: {}, detail: { diagrams: [{ cells: [] }] } }), 'x.json')?.format,
    ).toBe('threat-dragon-v2');
  });

  it('18. flags pick types and data when no word of the name does; a conflicting flag is noted', () => {
    const model = readV2(
      v2([
        element('process', 'p', 'Server', 0, 0, { isWebApplication: true, handlesCardPayment: true }),
        element('actor', 'a', 'Corporate directory', 300, 0, { providesAuthentication: true }),
        element('store', 's', 'Audit trail', 600, 0, { isEncrypted: true }),
        element('store', 'q', 'Jobs queue', 900, 0, { isALog: true }),
      ]),
    ).model!;
    expect(model.components.map((c) => [c.id, c.type, c.data, c.properties])).toEqual([
      ['server', 'web-app', ['card-data'], undefined],
      ['corporate-directory', 'identity-provider', undefined, undefined],
      ['audit-trail', 'logging-monitoring', undefined, { encryptedAtRest: true }],
      ['jobs-queue', 'message-queue', undefined, undefined],
    ]);
    expect(model.data).toEqual([
      { id: 'card-data', name: 'Payment card data', classification: 'restricted' },
    ]);
  });
});

describe('Threat Dragon v2: repeated cell ids', () => {
  it('20. a cell id used twice keeps both elements and their threats; flows join cells of their own diagram', () => {
    const t = (title: string): Json[] => [{ title, type: 'Tampering' }];
    const text = JSON.stringify({
      version: '2.2.0',
      summary: { title: 'copies' },
      detail: {
        diagrams: [
          {
            cells: [
              element('process', 'p', 'First', 0, 0, { threats: t('one') }),
              element('store', 'p', 'Second', 300, 0, { threats: t('two') }),
              element('actor', 'u', 'User', 600, 0),
              flow('f', 'Use', 'u', 'p'),
            ],
          },
          {
            cells: [
              element('process', 'p', 'Elsewhere', 0, 0),
              element('actor', 'u', 'Admin', 300, 0),
              flow('g', 'Manage', 'u', 'p'),
            ],
          },
        ],
      },
    });
    const result = readV2(text);
    expect(result.model?.components.map((c) => c.id)).toEqual([
      'first',
      'second',
      'user',
      'elsewhere',
      'admin',
    ]);
    expect(result.model?.flows?.map((f) => `${f.from} -> ${f.to}`)).toEqual([
      'user -> first',
      'admin -> elsewhere',
    ]);
    expect(threatsOf(result.model).map((x) => `${x.title}@${x.target}`)).toEqual(['one@first', 'two@second']);
    expect(result.notes).toContainEqual({
      pointer: '/components/1',
      text: 'its cell id p is also the id of an earlier cell: flows attached to that id go to the earlier one',
    });
  });
});

describe('Threat Dragon v2: malformed entries', () => {
  it('19. cells and threats that are not objects are reported at their place, never dropped silently', () => {
    const text = v2([
      null,
      element('process', 'p', 'App', 0, 0, { threats: ['just a string', { title: 'ok', type: 'Spoofing' }] }),
      42,
    ] as Json[]);
    const result = readV2(text);
    expect(findingSummary(result)).toEqual([
      'TA107 warning /detail/diagrams/0/cells/0',
      'TA107 warning /detail/diagrams/0/cells/1/data/threats/0',
      'TA107 warning /detail/diagrams/0/cells/2',
    ]);
    expect(result.findings[1]?.message).toBe(
      'detail.diagrams[0].cells[1].data.threats[0] is a threat that is not an object: it is not imported',
    );
    expect(threatsOf(result.model).map((t) => t.title)).toEqual(['ok']);
  });
});

// ── Hand-written v1 files ──────────────────────────────────────────────────────────────────────

function v1(cells: Json[]): string {
  const diagrams = [{ title: 'Main', id: 0, diagramType: 'STRIDE', diagramJson: { cells } }];
  return JSON.stringify(
    { summary: { title: 'Edge v1', owner: 'me' }, detail: { contributors: [], diagrams } },
    null,
    2,
  );
}
function node(type: string, id: string | number, name: string, x: number, y: number, more: Json = {}): Json {
  return {
    type,
    id,
    position: { x, y },
    size: { width: 100, height: 80 },
    attrs: { text: { text: name } },
    ...more,
  };
}
function link(
  id: string | number,
  name: string,
  from: string | number,
  to: string | number,
  more: Json = {},
): Json {
  return {
    type: 'tm.Flow',
    id,
    source: { id: from },
    target: { id: to },
    labels: [{ position: 0.5, attrs: { text: { text: name } } }],
    ...more,
  };
}
function line1(id: string, points: { x: number; y: number }[]): Json {
  return {
    type: 'tm.Boundary',
    id,
    source: points[0],
    target: points.at(-1),
    vertices: points.slice(1, -1),
    attrs: {},
  };
}
const readV1 = (text: string, file = 'edge-v1.json') => importText(text, file, 'threat-dragon-v1');

describe('Threat Dragon v1: hand-written edge cases', () => {
  it('1. summary and detail without diagrams is v1 with no model: TA101', () => {
    const result = readV1(JSON.stringify({ summary: { title: 'x' }, detail: { contributors: [] } }));
    expect(findingSummary(result)).toEqual(['TA101 error diagrams']);
  });

  it('2. a diagram whose diagramJson has no cells yields no model', () => {
    const text = JSON.stringify({
      summary: { title: 'x' },
      detail: { diagrams: [{ title: 'Empty', diagramJson: {} }] },
    });
    expect(findingSummary(readV1(text))).toEqual(['TA101 error components']);
  });

  it('3. a flow whose target is a point, and one attached to a boundary line, are reported and left out', () => {
    const result = readV1(
      v1([
        node('tm.Actor', 'a', 'User', 0, 0),
        { ...link('f', 'Drag', 'a', 'x'), target: { x: 10, y: 10 } },
        line1('l', [
          { x: 0, y: 0 },
          { x: 5, y: 5 },
        ]),
        link('g', 'To line', 'a', 'l'),
      ]),
    );
    expect(result.model?.flows).toBeUndefined();
    expect(findingSummary(result)).toEqual(['TA107 warning f', 'TA107 warning g', 'TA107 warning l']);
    expect(result.findings[1]?.message).toMatch(
      /its target is attached to the cell l, which is no process, store or actor of the file/,
    );
  });

  it('4. duplicate names and numeric cell ids', () => {
    const model = readV1(
      v1([
        node('tm.Process', 1, 'Worker', 0, 0),
        node('tm.Process', 2, 'Worker', 200, 0),
        link(3, 'Hand-off', 1, 2),
      ]),
    ).model!;
    expect(model.components.map((c) => c.id)).toEqual(['worker', 'worker-2']);
    expect(model.flows).toEqual([{ id: 'hand-off', name: 'Hand-off', from: 'worker', to: 'worker-2' }]);
  });

  it('5. threatId, N/A and the mitigation as the reason', () => {
    const threats = [
      {
        threatId: 'T1',
        title: 'Replay',
        type: 'Repudiation',
        status: 'N/A',
        mitigation: 'Idempotent API',
        severity: 'Low',
      },
    ];
    const threat = threatsOf(readV1(v1([node('tm.Process', 'p', 'Api', 0, 0, { threats })])).model)[0];
    expect(threat).toEqual({
      id: 'T1',
      title: 'Replay',
      stride: ['R'],
      target: 'api',
      severity: 'low',
      description: 'Mitigation (from Threat Dragon): Idempotent API',
      status: 'not-applicable',
      reason: 'Idempotent API',
    });
  });

  it('6. a misspelt type is read, with a note; an unknown one is reported with its threats', () => {
    const result = readV1(
      v1([
        node('tm.Proccess', 'p', 'Batch', 0, 0),
        node('tm.Note', 'n', 'Remember', 200, 0, { threats: [{ title: 'x', type: 'Spoofing' }] }),
      ]),
    );
    expect(result.model?.components.map((c) => `${c.id}: ${c.type}`)).toEqual(['batch: batch-job']);
    expect(result.notes).toContainEqual({
      pointer: '/components/0/type',
      text: 'the shape "tm.Proccess" is read as a process',
    });
    expect(findingSummary(result)).toEqual(['TA107 warning n']);
    expect(result.findings[0]?.message).toMatch(
      /has the shape "tm.Note", which is no Threat Dragon element: it is not imported, nor are its 1 threat\(s\)$/,
    );
  });

  it('7. boundary lines are reported with the flows that cross them', () => {
    const result = readV1(
      v1([
        node('tm.Actor', 'u', 'User', 0, 0),
        node('tm.Process', 'w', 'Web', 400, 0),
        link('f', 'Req', 'u', 'w'),
        line1('l', [
          { x: 250, y: -50 },
          { x: 260, y: 40 },
          { x: 250, y: 200 },
        ]),
      ]),
    );
    expect(result.findings.map((f) => f.message)).toEqual([
      'trust-boundary line (cell l) cannot be represented: native trust boundaries are zones that components sit in, not lines; on the drawing, req crosses it',
    ]);
  });

  it('8. a huge label and a huge threat keep the model valid', () => {
    const huge = 'x'.repeat(300_000);
    const result = readV1(
      v1([
        node('tm.Store', 's', huge, 0, 0, {
          threats: [{ title: huge, description: huge, mitigation: huge, type: 'Tampering' }],
        }),
      ]),
    );
    expect(result.model?.components[0]?.id).toHaveLength(60);
    expect(threatsOf(result.model)[0]?.description?.length).toBeLessThanOrEqual(100_000);
    expect(schemaErrors(result)).toEqual([]);
  });

  it('9. __proto__ as a cell id, a property and a threat key', () => {
    const text = `{"summary":{"title":"p"},"detail":{"diagrams":[{"diagramJson":{"cells":[
      {"type":"tm.Process","id":"__proto__","__proto__":{"isWebApplication":true},"attrs":{"text":{"text":"Proto"}},
       "threats":[{"__proto__":{"title":"evil"},"type":"Spoofing"}]}]}}]}}`;
    const result = readV1(text);
    expect(result.model?.components).toEqual([{ id: 'proto', name: 'Proto', type: 'process' }]);
    expect(threatsOf(result.model)[0]).toMatchObject({ title: 'Spoofing', target: 'proto' });
    expect(({} as Record<string, unknown>).isWebApplication).toBeUndefined();
  });

  it('10. invalid JSON and an empty file are not detected; read directly they give TA101', () => {
    const broken =
      '{\n  "summary": {"title": "x"},\n  "detail": {"diagrams": [{"diagramJson": {"cells": [}}]}\n}';
    expect(findReader(broken, 'demo.json')).toBeUndefined();
    expect(threatDragonV1Reader.read('demo.json', broken).findings.map((f) => [f.check, line(f)])).toEqual([
      ['TA101', 3],
    ]);
    expect(findReader('   \n', 'demo.json')).toBeUndefined();
    expect(findingSummary(threatDragonV1Reader.read('demo.json', '   \n'))).toEqual(['TA101 error empty']);
  });

  it('11. a v1 file converts and expands like any model', async () => {
    const text = v1([
      node('tm.Actor', 'u', 'Browser', 0, 0),
      node('tm.Process', 'w', 'Web Application', 300, 0),
      node('tm.Store', 'd', 'Orders SQL', 300, 300),
      link('f1', 'Request', 'u', 'w', { protocol: 'HTTP', isPublicNetwork: true }),
      link('f2', 'Query', 'w', 'd'),
    ]);
    const result = readV1(text);
    expect(result.model?.components.map((c) => c.type)).toEqual(['external-user', 'web-app', 'sql-database']);
    const analysis = await runOnSource('edge-v1.json', text);
    expect(modelChecks(analysis)).toEqual([]);
    expect(analysis.expansion!.threats.map((t) => t.id)).toEqual(
      expect.arrayContaining(['SQLI@orders-sql', 'XSS@web-application', 'SPOOF-USER@web-application']),
    );
    expect(modelChecks((await runOnConverted(result)).analysis)).toEqual([]);
  });
});

describe('docs/importing.md', () => {
  it('lists the element-type table exactly as the reader applies it, in order', () => {
    const docs = readFileSync(new URL('../../../docs/importing.md', import.meta.url), 'utf8');
    const table = docs.slice(
      docs.indexOf('### Threat Dragon element types'),
      docs.indexOf('### Boundary kinds'),
    );
    const rows = [...table.matchAll(/^\| `([a-z-]+)`(?: \(abstract\))? +\| ([a-z, ]+?) +\|/gm)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
    expect(rows).toEqual(keywordRules.map((rule) => `${rule.type}: ${rule.on.join(', ')}`));
  });
});
