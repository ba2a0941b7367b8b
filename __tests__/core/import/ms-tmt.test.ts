import { readFileSync } from 'node:fs';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import type { FileLocation, Finding } from '../../../src/core/findings/finding.js';
import { msTmtReader } from '../../../src/core/import/ms-tmt.js';
import { findReader } from '../../../src/core/import/readers.js';
import { loadModel } from '../../../src/core/import/load-model-file.js';
import type { HandWrittenThreat, ThreatModel } from '../../../src/core/model/threat-model.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { importTestKb } from './import-helpers.js';
import { tm7, webSystem, type Tm7Parts } from './tm7-builder.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const sampleText = readFileSync(
  new URL('../../../../shared/samples/ms-tmt/test_model.tm7', import.meta.url),
  'utf8',
);

const at = (finding: Finding | undefined): { line: number; column: number } => {
  const { line, column } = finding?.location as FileLocation;
  return { line, column };
};
/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

function read(text: string, file = 'model.tm7') {
  return msTmtReader.read(file, text);
}

/** Reads through the loader, which validates the imported model like a written one. */
function load(text: string, file = 'model.tm7') {
  const loaded = loadModel(file, text);
  expect(loaded.importedFrom?.format).toBe('ms-tmt');
  return loaded;
}

describe('the Microsoft Threat Modeling Tool sample (custom template, 900 KB)', () => {
  const loaded = load(sampleText, 'test_model.tm7');
  const model = loaded.model as ThreatModel;

  it('is recognised by its content and yields a model that validates', () => {
    expect(findReader(sampleText, 'test_model.tm7')).toBe(msTmtReader);
    expect(findReader(sampleText, 'model.xml')).toBe(msTmtReader);
    expect(loaded.findings.filter((f) => f.check !== 'TA107')).toEqual([]);
    expect(model.system).toEqual({
      name: 'TestSystem',
      description: 'Test model to test out different electrical components',
      owner: 'Tyler M',
    });
  });

  it('types the stencils by the embedded template: by name where the table knows it, else the shape’s base', () => {
    expect(model.components.map((c) => [c.id, c.type, c.boundary])).toEqual([
      ['my-mcu', 'external-entity', 'soc-boundary'],
      ['sd-card', 'external-entity', 'device-physical-boundary'],
      ['phone', 'mobile-app', 'local-network-boundary'],
      ['server', 'server-app', 'company-internet-boundary'],
      ['attacker', 'external-entity', 'device-physical-boundary'],
    ]);
  });

  it('nests the border boundaries by geometry', () => {
    expect(model.boundaries).toEqual([
      { id: 'device-physical-boundary', name: 'Device Physical Boundary', parent: 'local-network-boundary' },
      { id: 'soc-boundary', name: 'SoC Boundary', parent: 'device-physical-boundary' },
      { id: 'local-network-boundary', name: 'Local Network Boundary' },
      { id: 'company-internet-boundary', name: 'Company Internet Boundary' },
    ]);
  });

  it('reads the 8 flows between the elements', () => {
    expect(model.flows?.map((f) => `${f.from}->${f.to}`)).toEqual([
      'my-mcu->sd-card',
      'sd-card->my-mcu',
      'phone->server',
      'server->phone',
      'my-mcu->phone',
      'phone->my-mcu',
      'attacker->my-mcu',
      'my-mcu->attacker',
    ]);
  });

  it('reads the 10 threat instances as threats on their flows, with STRIDE, severity and the mitigation text', () => {
    const threats = model.threats as HandWrittenThreat[];
    expect(threats).toHaveLength(10);
    expect(threats.map((t) => `${t.id} ${t.target} ${t.stride.join('')} ${t.severity} ${t.status}`)).toEqual([
      'TMT-10 https-out T critical open',
      'TMT-1 ble-out I critical open',
      'TMT-2 https-in T critical open',
      'TMT-3 https-in S critical open',
      'TMT-4 ble-in I critical open',
      'TMT-5 https-out S critical open',
      'TMT-6 ble-out T critical open',
      'TMT-7 ble-in T critical open',
      'TMT-8 https-out I critical open',
      'TMT-9 https-in I critical open',
    ]);
    expect(threats[0]?.title).toBe('Man-in-the-middle Attack');
    expect(threats[0]?.description).toContain('Mitigation (from the .tm7 file): Cert pinning');
  });

  it('reports the two custom stencils it cannot type (TA107), at their GUID, with the GUID as subject', () => {
    const unmapped = loaded.findings.filter((f) => f.check === 'TA107');
    expect(unmapped.map((f) => [f.subject, at(f), f.severity])).toEqual([
      ['294a595a-174d-452c-b38d-9c434f7f5bac', { line: 1, column: 1359 }, 'warning'],
      ['436f7fa6-8555-4b73-9346-679874c650e7', { line: 1, column: 4613 }, 'warning'],
    ]);
    expect(sampleText.split('\n')[0]?.slice(1358, 1401)).toBe('<a:Key>294a595a-174d-452c-b38d-9c434f7f5bac');
    expect(unmapped[0]?.message).toBe(
      'the stencil type "MCU" of "My_MCU" has no knowledge-base counterpart: imported as the generic external-entity',
    );
  });

  it('expands against kb/core: the imported threats plus generated ones, with no model error', async () => {
    const analysis = await runPipeline(
      { model: { file: 'test_model.tm7', content: sampleText }, profile: 'top', knowledgeBase: importTestKb },
      nodeKbStore({ cwd: repoRoot }),
    );
    expect(analysis.findings.filter((f) => ['TA101', 'TA102', 'TA103'].includes(f.check))).toEqual([]);
    const ids = analysis.expansion?.threats.map((t) => t.id) ?? [];
    expect(ids.filter((id) => id.startsWith('TMT-'))).toHaveLength(10);
    expect(ids.filter((id) => !id.startsWith('TMT-'))).toEqual([
      'SECRETS-EXPOSURE@phone',
      'SUPPLY-CHAIN@phone',
      'CMD-INJECTION@server',
      'DOS-FLOOD@server',
      'PRIV-ESCALATION@server',
      'SPOOF-USER@server',
      'SUPPLY-CHAIN@server',
      'NO-AUDIT-TRAIL@server',
      'TAMPER-IN-TRANSIT@sd-spi-out',
      'TAMPER-IN-TRANSIT@sd-spi-in',
      // https-out and https-in are HTTPS by their names: no tampering in transit there.
      'TAMPER-IN-TRANSIT@ble-out',
      'TAMPER-IN-TRANSIT@ble-in',
      'TAMPER-IN-TRANSIT@attacker-out',
      'TAMPER-IN-TRANSIT@attacker-in',
    ]);
  });
});

describe('Microsoft Threat Modeling Tool files written with Microsoft’s own template', () => {
  const text = tm7({
    ...webSystem,
    threats: [
      { id: '1', flow: 'f-sql', state: 'Mitigated', title: 'SQL injection', category: 'Tampering' },
      {
        id: '2',
        flow: 'f-req',
        state: 'NotApplicable',
        justification: 'TLS terminates at the CDN',
        category: 'Information Disclosure',
        priority: 'Low',
      },
      {
        id: '3',
        flow: 'f-req',
        state: 'NeedsInvestigation',
        category: 'Spoofing',
        priority: 'Medium',
        mitigation: 'Use OIDC',
      },
      { id: '4', flow: 'f-req', state: 'NotApplicable', category: 'Repudiation' },
    ],
  });
  const loaded = load(text);
  const model = loaded.model as ThreatModel;

  it('maps the TMCore type ids and the flow protocol, and puts the boxed elements in the border boundary', () => {
    expect(loaded.findings).toEqual([]);
    expect(model.components.map((c) => [c.id, c.type, c.boundary])).toEqual([
      ['browser', 'external-user', undefined],
      ['shop-front', 'web-app', 'corpnet'],
      ['orders-db', 'sql-database', 'corpnet'],
    ]);
    expect(model.boundaries).toEqual([{ id: 'corpnet', name: 'CorpNet', kind: 'private' }]);
    expect(model.flows?.map((f) => [f.id, f.protocol])).toEqual([
      ['request', 'https'],
      ['query', undefined],
    ]);
  });

  it('maps the threat states: Mitigated, NotApplicable with its justification, NeedsInvestigation → open', () => {
    const threats = model.threats as HandWrittenThreat[];
    expect(threats.map((t) => [t.id, t.status, t.reason, t.severity, t.stride])).toEqual([
      ['TMT-1', 'mitigated', undefined, 'high', ['T']],
      ['TMT-2', 'not-applicable', 'TLS terminates at the CDN', 'low', ['I']],
      ['TMT-3', 'open', undefined, 'medium', ['S']],
      [
        'TMT-4',
        'not-applicable',
        'Marked Not Applicable in the Microsoft Threat Modeling Tool, with no justification.',
        'high',
        ['R'],
      ],
    ]);
    expect(threats[2]?.description).toBe('What can go wrong.\n\nMitigation (from the .tm7 file): Use OIDC');
  });

  it('points findings on the imported model into the .tm7 (the flow’s element, the threat’s entry)', () => {
    expect(loaded.index.locate('/flows/1/to').line).toBe(
      lineOf(
        text,
        '<TargetGuid xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model.Abstracts">g-db',
      ),
    );
    expect(loaded.index.locate('/threats/1').line).toBe(lineOf(text, '<a:Key>T2f-req</a:Key>') - 1);
    expect(loaded.index.locate('/components/1/type').line).toBe(lineOf(text, 'SE.P.TMCore.WebApp'));
  });

  it('expands the generated threats of the mapped types, and keeps the decisions of the file', async () => {
    const analysis = await runPipeline(
      { model: { file: 'model.tm7', content: text }, profile: 'top', knowledgeBase: importTestKb },
      nodeKbStore({ cwd: repoRoot }),
    );
    const ids = analysis.expansion?.threats.map((t) => `${t.id}:${t.status}`) ?? [];
    expect(ids).toEqual(
      expect.arrayContaining([
        'SQLI@orders-db:open',
        'XSS@shop-front:open',
        'CSRF@shop-front:open',
        'TMT-1:mitigated',
        'TMT-2:not-applicable',
      ]),
    );
    expect(analysis.findings.filter((f) => ['TA101', 'TA102', 'TA103', 'TA107'].includes(f.check))).toEqual(
      [],
    );
  });
});

describe('hostile and broken XML', () => {
  const minimal = tm7(webSystem);

  it('refuses a DOCTYPE with TA101 at its line, before reading anything', () => {
    const text = minimal.replace('<ThreatModel', '<!DOCTYPE ThreatModel>\n<ThreatModel');
    expect(findReader(text, 'model.tm7')).toBe(msTmtReader);
    const result = read(text);
    expect(result.model).toBeUndefined();
    expect(result.findings.map((f) => [f.check, f.subject, at(f)])).toEqual([
      ['TA101', 'doctype', { line: 1, column: 1 }],
    ]);
    expect(result.findings[0]?.message).toMatch(/<!DOCTYPE> declaration, which threat-align refuses/);
  });

  it('never resolves an external entity', () => {
    const text = minimal
      .replace(
        '<ThreatModel',
        '<?xml version="1.0"?>\n<!DOCTYPE ThreatModel [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<ThreatModel',
      )
      .replace('Test system', '&xxe;');
    const result = read(text);
    expect(result.model).toBeUndefined();
    expect(result.findings.map((f) => [f.check, f.subject, at(f).line])).toEqual([['TA101', 'doctype', 2]]);
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('stops a billion-laughs file at its DOCTYPE with a clear message', () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i += 1)
      entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE ThreatModel [\n${entities.join('\n')}\n]>\n<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">&lol9;</ThreatModel>\n`;
    expect(findReader(bomb, 'bomb.tm7')).toBe(msTmtReader);
    const result = read(bomb, 'bomb.tm7');
    expect(result.model).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.message).toContain('DOCTYPE');
    expect(result.findings[0]?.hint).toBe(
      'Remove the <!DOCTYPE …> declaration: files written by threat-modeling tools never need one.',
    );
  });

  it('refuses an undeclared entity even without a DTD', () => {
    const result = read(minimal.replace('Test system', '&lol9;'));
    expect(result.findings.map((f) => [f.check, f.message])).toEqual([
      ['TA101', 'invalid XML: undefined entity'],
    ]);
  });

  it('reports truncated XML at the place where it stops', () => {
    const text = minimal.slice(0, minimal.indexOf('</Borders>'));
    const result = read(text);
    expect(result.model).toBeUndefined();
    expect(result.findings.map((f) => f.check)).toEqual(['TA101']);
    expect(result.findings[0]?.message).toMatch(/^invalid XML: unclosed tag/);
    expect(at(result.findings[0]).line).toBe(text.split('\n').length);
  });

  it('reports an unbound namespace prefix', () => {
    const result = read(minimal.replace('<MetaInformation>', '<MetaInformation><q:Note/>'));
    expect(result.findings[0]?.message).toBe('invalid XML: unbound namespace prefix: "q"');
  });

  it('refuses a .tm7 whose root is not ThreatModel', () => {
    const text = '<?xml version="1.0"?>\n<Model xmlns="urn:x"><a/></Model>\n';
    expect(findReader(text, 'other.xml')).toBeUndefined();
    expect(findReader(text, 'other.tm7')).toBe(msTmtReader);
    expect(read(text, 'other.tm7').findings.map((f) => [f.check, f.subject, f.message])).toEqual([
      [
        'TA101',
        'root',
        'the root element is <Model>, not the <ThreatModel> of a Microsoft Threat Modeling Tool file',
      ],
    ]);
  });

  it('does not take another XML document, nor a ThreatModel in another namespace, for a .tm7', () => {
    expect(msTmtReader.detect('<ThreatModel xmlns="urn:other"/>', 'model.xml')).toBe(false);
    expect(
      msTmtReader.detect(
        '<!-- c --><a:ThreatModel xmlns:a="http://schemas.datacontract.org/2004/07/ThreatModeling.Model"/>',
        'x',
      ),
    ).toBe(true);
    expect(msTmtReader.detect('schema: threat-align/v1', 'model.yaml')).toBe(false);
    expect(msTmtReader.detect('', 'model.tm7')).toBe(false);
  });

  it('reports a file without any element as unreadable (a model needs a component)', () => {
    const result = read(tm7({ borders: [], lines: [] }));
    expect(result.model).toBeUndefined();
    expect(result.findings.map((f) => [f.check, f.subject])).toEqual([['TA101', 'no-components']]);
  });

  it('is not slowed or broken by deep nesting: it stops at 128 levels', () => {
    const deep = `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`;
    const result = read(minimal.replace('<MetaInformation>', `<MetaInformation>${deep}`));
    expect(result.findings.map((f) => [f.check, f.subject])).toEqual([['TA101', 'nesting']]);
  });
});

describe('diagrams the native model cannot fully express', () => {
  it('reads a file without Lines: the elements, no flows, and threats on missing flows reported', () => {
    const parts: Tm7Parts = { borders: webSystem.borders, threats: [{ id: '7', flow: 'f-gone' }] };
    const text = tm7(parts);
    const loaded = load(text);
    expect(loaded.model?.components).toHaveLength(3);
    expect(loaded.model?.flows).toBeUndefined();
    expect(loaded.findings.map((f) => [f.check, f.subject, at(f).line])).toEqual([
      ['TA107', 'tmt-threat:7', lineOf(text, '<a:KeyValueOfstringThreatpc_P0_PhOB>')],
    ]);
  });

  it('leaves out a flow to an unknown GUID, at the flow’s key', () => {
    const text = tm7({
      ...webSystem,
      lines: [{ guid: 'f-lost', name: 'Lost', source: 'g-web', target: 'nowhere' }],
    });
    const loaded = load(text);
    expect(loaded.model?.flows).toBeUndefined();
    expect(loaded.findings.map((f) => [f.check, f.subject, at(f)])).toEqual([
      ['TA107', 'f-lost', { line: lineOf(text, '<a:Key>f-lost'), column: 1 }],
    ]);
    expect(loaded.findings[0]?.message).toContain('connects to nowhere');
  });

  it('imports an unknown stencil type as its generic base, with TA107 at its GUID', () => {
    const text = tm7({
      borders: [
        ...webSystem.borders,
        {
          guid: 'g-fridge',
          name: 'Smart fridge',
          generic: 'GE.P',
          type: 'SE.P.Custom.Fridge',
          typeLabel: 'Fridge',
        },
      ],
    });
    const loaded = load(text);
    expect(loaded.model?.components.find((c) => c.id === 'smart-fridge')?.type).toBe('process');
    expect(loaded.findings.map((f) => [f.check, f.subject, at(f).line, f.message])).toEqual([
      [
        'TA107',
        'g-fridge',
        lineOf(text, '<a:Key>g-fridge'),
        'the stencil type "Fridge" of "Smart fridge" has no knowledge-base counterpart: imported as the generic process',
      ],
    ]);
  });

  it('reads i:nil values as absent: a nameless element is named after its type', () => {
    const text = tm7({
      borders: [
        {
          guid: 'g-1',
          name: null,
          generic: 'GE.DS',
          type: 'SE.DS.TMCore.Cache',
          typeLabel: 'Cache',
          shape: 'StencilParallelLines',
        },
      ],
    });
    const model = load(text).model;
    expect(model?.components).toEqual([{ id: 'cache', type: 'cache' }]);
  });

  it('clips huge names to what the schema takes, and keeps ids short', () => {
    const huge = 'N'.repeat(250_000);
    const text = tm7({ name: huge, borders: [{ guid: 'g-1', name: huge, generic: 'GE.P', type: 'GE.P' }] });
    const loaded = load(text);
    expect(loaded.findings).toEqual([]);
    expect(loaded.model?.system.name).toHaveLength(100_000);
    expect(loaded.model?.components[0]?.name).toHaveLength(100_000);
    expect(loaded.model?.components[0]?.id.length).toBeLessThanOrEqual(60);
  });

  it('takes __proto__ and constructor as plain names', () => {
    const text = tm7({
      name: '__proto__',
      borders: [
        { guid: '__proto__', name: '__proto__', generic: 'GE.P', type: 'GE.P' },
        { guid: 'constructor', name: 'constructor', generic: 'GE.P', type: '__proto__' },
      ],
      lines: [{ guid: 'toString', name: '__proto__', source: '__proto__', target: 'constructor' }],
    });
    const loaded = load(text);
    expect(loaded.model?.components.map((c) => c.id)).toEqual(['proto', 'constructor']);
    expect(loaded.model?.flows?.map((f) => [f.id, f.from, f.to])).toEqual([
      ['proto-2', 'proto', 'constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('marks the flows a line boundary crosses, and reports the line boundary (it is no zone)', () => {
    const text = tm7({
      ...webSystem,
      lines: [
        ...(webSystem.lines ?? []),
        {
          guid: 'b-inet',
          name: 'Internet Boundary',
          generic: 'GE.TB.L',
          type: 'SE.TB.L.TMCore.Internet',
          shape: 'LineBoundary',
          points: [200, -100, 200, 50, 200, 200],
        },
      ],
    });
    const loaded = load(text);
    expect(loaded.model?.flows?.map((f) => [f.id, f.properties])).toEqual([
      ['request', { crossesLineBoundary: true }],
      ['query', undefined],
    ]);
    expect(loaded.findings.map((f) => [f.check, f.subject, at(f).line])).toEqual([
      ['TA107', 'b-inet', lineOf(text, '<a:Key>b-inet')],
    ]);
    expect(loaded.findings[0]?.message).toContain(
      'the flows it crosses (request) are marked crossesLineBoundary: true',
    );
    expect(loaded.importedFrom?.notes).toContainEqual({
      pointer: '/flows/0/properties/crossesLineBoundary',
      text: 'crosses the line boundary "Internet Boundary" on the diagram',
    });
  });

  it('reports threat states and categories it does not know, and still imports the threat', () => {
    const text = tm7({
      ...webSystem,
      threats: [{ id: '5', flow: 'f-req', state: 'Parked', category: 'Bogus' }],
    });
    const loaded = load(text);
    expect((loaded.model?.threats as HandWrittenThreat[]).map((t) => [t.status, t.stride])).toEqual([
      ['open', ['T', 'I', 'D']],
    ]);
    expect(loaded.findings.map((f) => f.subject)).toEqual(['tmt-threat-category:5', 'tmt-threat-state:5']);
  });

  it('reads a GUID used twice once, and says so', () => {
    const text = tm7({
      borders: [...webSystem.borders, { guid: 'g-web', name: 'Copy', generic: 'GE.P', type: 'GE.P' }],
    });
    const loaded = load(text);
    expect(loaded.model?.components).toHaveLength(3);
    expect(loaded.findings.map((f) => f.subject)).toEqual(['duplicate:g-web']);
  });

  it('carries the tool’s out-of-scope mark into outOfScope, with its reason in a note', () => {
    const text = tm7({
      borders: [
        {
          guid: 'g-1',
          name: 'Legacy',
          generic: 'GE.P',
          type: 'GE.P',
          properties: { 'Out Of Scope': 'true', 'Reason For Out Of Scope': 'retired next year' },
        },
        { guid: 'g-2', name: 'Current', generic: 'GE.P', type: 'GE.P' },
      ],
    });
    const loaded = load(text);
    expect(loaded.findings).toEqual([]);
    expect(loaded.model?.components.map((c) => [c.id, c.outOfScope])).toEqual([
      ['legacy', true],
      ['current', undefined],
    ]);
    const result = msTmtReader.read('model.tm7', text);
    expect(result.notes).toContainEqual({
      pointer: '/components/0/outOfScope',
      text: 'out of scope in the Microsoft Threat Modeling Tool (retired next year)',
    });
  });
});
