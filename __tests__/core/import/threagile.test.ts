import { readFileSync } from 'node:fs';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import type { FileLocation, Finding } from '../../../src/core/findings/finding.js';
import { findReader } from '../../../src/core/import/readers.js';
import { threagileReader } from '../../../src/core/import/threagile.js';
import { loadModel } from '../../../src/core/import/load-model-file.js';
import { modelSchema } from '../../../src/core/model/model-schema.js';
import type { HandWrittenThreat, ThreatModel } from '../../../src/core/model/threat-model.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { importTestKb } from './import-helpers.js';
import { SourceIndex } from '../../../src/core/source/source-index.js';
import { validateDocument } from '../../../src/core/source/validate-document.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const stubText = readFileSync(
  new URL('../../../../shared/samples/threagile/stub.threagile.yaml', import.meta.url),
  'utf8',
);

const line = (finding: Finding | undefined): number => (finding?.location as FileLocation).line;
/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;
const summary = (findings: Finding[]): [string, string, number][] =>
  findings.map((f) => [f.check, f.subject, line(f)]);

/** Reads directly (with includes when given) and checks the model against the native schema. */
function read(text: string, includes?: Record<string, string>, file = 'threagile.yaml') {
  const result = threagileReader.read(file, text, includes === undefined ? undefined : { includes });
  if (result.model)
    expect(
      validateDocument(result.model, modelSchema, new SourceIndex(file, ''), {
        check: 'TA101',
        what: 'imported',
      }),
    ).toEqual([]);
  return result;
}

async function expand(text: string, file = 'threagile.yaml') {
  return runPipeline(
    { model: { file, content: text }, profile: 'full', knowledgeBase: importTestKb },
    nodeKbStore({ cwd: repoRoot }),
  );
}

/** A small shop: browser → web app → database, an API in a container, a pipeline, nested boundaries, tracked risks. */
const shop = `threagile_version: 1.0.0
title: Shop
author:
  name: Jane
data_assets:
  Customer Data:
    id: customer-data
    confidentiality: strictly-confidential
  Catalogue:
    id: catalogue
    confidentiality: public
technical_assets:
  Customer Browser:
    id: browser
    type: external-entity
    technology: browser
    used_as_client_by_human: true
    communication_links:
      Web Traffic:
        target: web
        protocol: https
        authentication: session-id
        data_assets_sent:
          - customer-data
  Web Shop:
    id: web
    type: process
    technology: web-application
    internet: true
    communication_links:
      Orders:
        target: orders-db
        protocol: jdbc
        authentication: credentials
        data_assets_sent:
          - customer-data
        data_assets_received:
          - catalogue
  Orders DB:
    id: orders-db
    type: datastore
    technology: database
    encryption: transparent
    data_assets_stored:
      - customer-data
  Session Store:
    id: sessions
    type: datastore
    technology: database
    description: MongoDB replica set
  Order API:
    id: api
    type: process
    technology: unknown-technology
    machine: container
  Worker:
    id: worker
    type: process
    technology: event-listener
    machine: container
  Build:
    id: build
    type: process
    technology: build-pipeline
trust_boundaries:
  Cloud:
    id: cloud
    type: network-cloud-provider
    technical_assets_inside:
      - api
    trust_boundaries_nested:
      - dmz
  DMZ:
    id: dmz
    type: network-cloud-security-group
    technical_assets_inside:
      - web
      - orders-db
security_requirements:
  Encrypt card data: Card data is encrypted at rest.
risk_tracking:
  sql-nosql-injection@orders-db@web>orders:
    status: mitigated
    justification: Prepared statements everywhere
    ticket: "#42"
  cross-site-scripting@*:
    status: in-progress
  missing-authentication@api:
    status: accepted
    justification: Internal only
    checked_by: Jane
    date: 2024-01-02
  unencrypted-communication@*:
    status: false-positive
  missing-vault@nowhere:
    status: mitigated
  some-unknown-category@web:
    status: mitigated
  code-backdooring@build:
    status: false-positive
`;

describe('the Threagile stub sample', () => {
  const result = read(stubText, undefined, 'stub.threagile.yaml');
  const model = result.model as ThreatModel;

  it('is recognised by its content', () => {
    expect(findReader(stubText, 'stub.threagile.yaml')).toBe(threagileReader);
    expect(findReader(stubText, 'model.txt')).toBe(threagileReader);
  });

  it('reads its assets, boundary, data, link, requirement and identified risk', () => {
    expect(model.system).toEqual({
      name: 'Model Stub',
      description: 'Some more demo text here and even images...',
      owner: 'John Doe',
    });
    expect(model.data).toEqual([
      {
        id: 'some-data',
        name: 'Some Data Asset',
        classification: 'confidential',
        description: 'Some Description',
      },
    ]);
    expect(model.components.map((c) => [c.id, c.type, c.boundary, c.data])).toEqual([
      ['some-component', 'api', 'some-network', ['some-data']],
      ['some-other-component', 'api', undefined, ['some-data']],
    ]);
    expect(model.boundaries).toEqual([
      { id: 'some-network', name: 'Some Trust Boundary', kind: 'private', description: 'Some Description' },
    ]);
    expect(model.flows).toEqual([
      {
        id: 'some-component.some-traffic',
        name: 'Some Traffic',
        from: 'some-component',
        to: 'some-other-component',
        description: 'Some Description',
        protocol: 'https',
        properties: { authentication: 'none', encrypted: true },
        data: ['some-data'],
      },
    ]);
    expect(model.requirements).toEqual([{ id: 'SR-1', text: 'Some Security Requirement: Some Description' }]);
    expect(model.threats).toEqual([
      {
        id: 'something-strange.some-component',
        title: 'Example Individual Risk at Some Technical Asset',
        stride: ['R'],
        target: 'some-component',
        description:
          'Some text describing the risk category...\n\nMitigation: Some text describing the mitigation...',
        severity: 'critical',
      },
    ]);
  });

  it('reports the sections the native model has no place for, at their line', () => {
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-section:shared_runtimes', 190],
      ['TA107', 'threagile-section:abuse_cases', 59],
      ['TA107', 'threagile-section:questions', 52],
    ]);
  });

  it('records where each native element came from', () => {
    expect(result.index.locate('/components/1').line).toBe(143);
    expect(result.index.locate('/flows/0/to').line).toBe(128);
    expect(result.index.locate('/components/0/boundary').line).toBe(184);
    expect(result.index.locate('/threats/0').line).toBe(222);
  });

  it('expands against kb/core into threats on both APIs, with no model error', async () => {
    const analysis = await expand(stubText, 'stub.threagile.yaml');
    expect(analysis.findings.filter((f) => ['TA101', 'TA102', 'TA103'].includes(f.check))).toEqual([]);
    expect(analysis.expansion?.threats.map((t) => t.id)).toEqual([
      'SUPPLY-CHAIN@some-component',
      'NO-AUDIT-TRAIL@some-component',
      'something-strange.some-component',
      'EXCESSIVE-DATA-EXPOSURE@some-component',
      'CMD-INJECTION@some-other-component',
      'MISSING-AUTHENTICATION@some-other-component',
      'SUPPLY-CHAIN@some-other-component',
      'NO-AUDIT-TRAIL@some-other-component',
      'SPOOF-SERVICE@some-other-component',
      'EXCESSIVE-DATA-EXPOSURE@some-other-component',
    ]);
  });
});

describe('a fuller Threagile model', () => {
  const result = read(shop);
  const model = result.model as ThreatModel;

  it('types assets by technology, who uses them, their name and their machine', () => {
    expect(model.components.map((c) => [c.id, c.type, c.properties])).toEqual([
      ['browser', 'client-app', undefined],
      ['web', 'web-app', { internetFacing: true }],
      ['orders-db', 'sql-database', { encryptedAtRest: true }],
      ['sessions', 'nosql-database', undefined],
      ['api', 'process', undefined],
      ['worker', 'container-workload', undefined],
      ['build', 'ci-cd-pipeline', undefined],
    ]);
    expect(model.data?.map((d) => [d.id, d.classification])).toEqual([
      ['customer-data', 'restricted'],
      ['catalogue', 'public'],
    ]);
  });

  it('nests boundaries and maps links with protocol, authentication and both directions of data', () => {
    expect(model.boundaries?.map((b) => [b.id, b.kind, b.parent])).toEqual([
      ['cloud', 'private', undefined],
      ['dmz', 'private', 'cloud'],
    ]);
    expect(model.flows?.map((f) => [f.id, f.protocol, f.properties, f.data])).toEqual([
      ['browser.web-traffic', 'https', { authentication: 'token', encrypted: true }, ['customer-data']],
      ['web.orders', 'sql', { authentication: 'password' }, ['customer-data', 'catalogue']],
    ]);
  });

  it('decides generated threats where a tracked risk certainly is one, wildcards included', () => {
    const threats = model.threats ?? [];
    expect(threats.filter((t) => t.id.includes('@'))).toEqual([
      {
        id: 'SQLI@orders-db',
        status: 'mitigated',
        reason: 'Prepared statements everywhere',
        backlog: ['#42'],
      },
      {
        id: 'PIPELINE-POISONING@build',
        status: 'not-applicable',
        reason: "Marked false-positive in Threagile's risk tracking, with no justification.",
      },
      // The browser is the user's own client app, where no XSS threat type applies: only the web app's XSS is decided.
      { id: 'XSS@web', status: 'open' },
    ]);
  });

  it('writes other tracked built-in risks as threats by hand with their status', () => {
    const handWritten = (model.threats ?? []).filter((t) => !t.id.includes('@')) as HandWrittenThreat[];
    expect(handWritten).toEqual([
      {
        id: 'missing-authentication.api',
        title: 'Missing authentication at Order API',
        description: 'Threagile risk missing-authentication@api, tracked in the Threagile model.',
        stride: ['E'],
        target: 'api',
        status: 'accepted-risk',
        reason: 'Internal only (checked by Jane on 2024-01-02)',
      },
    ]);
  });

  it('reports the unknown technology, the unresolvable wildcard and the tracked risks it cannot place, at their lines', () => {
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-technology:Order API', lineOf(shop, 'unknown-technology')],
      ['TA107', 'threagile-risk:missing-vault@nowhere', lineOf(shop, 'missing-vault@nowhere')],
      ['TA107', 'threagile-risk:some-unknown-category@web', lineOf(shop, 'some-unknown-category@web')],
      ['TA107', 'threagile-risk:unencrypted-communication@*', lineOf(shop, 'unencrypted-communication@*')],
    ]);
    expect(result.findings[3]?.message).toContain(
      "its wildcard stands for risks that only Threagile's rules compute",
    );
  });

  it('yields decisions the knowledge base agrees with: no TA102 when expanded against kb/core', async () => {
    const analysis = await expand(shop);
    expect(analysis.findings.filter((f) => ['TA101', 'TA102', 'TA103'].includes(f.check))).toEqual([]);
    const statuses = new Map(analysis.expansion?.threats.map((t) => [t.id, t.status]));
    expect(statuses.get('SQLI@orders-db')).toBe('mitigated');
    expect(statuses.get('XSS@web')).toBe('open');
    expect(statuses.get('PIPELINE-POISONING@build')).toBe('not-applicable');
    expect(statuses.get('missing-authentication.api')).toBe('accepted-risk');
    expect(statuses.get('SNIFF-IN-TRANSIT@web.orders')).toBe('open');
  });
});

describe('Threagile includes', () => {
  const main = `threagile_version: 1.0.0
title: Split model
includes:
  - parts/assets.yaml
  - parts/missing.yaml
technical_assets:
  Web:
    id: web
    technology: web-server
    communication_links:
      Calls:
        target: billing
        protocol: https
`;
  const assets = `technical_assets:
  Billing:
    id: billing
    technology: web-service-rest
  Web:
    id: web-again
    technology: web-server
includes:
  - ../parts/./more.yaml
`;
  const more = `data_assets:
  Invoices:
    id: invoices
    confidentiality: confidential
includes:
  - assets.yaml
`;

  it('merges included files that are given, and places their elements at the include line', () => {
    const result = read(main, { 'parts/assets.yaml': assets, 'parts/more.yaml': more });
    expect(result.model?.components.map((c) => c.id)).toEqual(['web', 'billing']);
    expect(result.model?.data?.map((d) => d.id)).toEqual(['invoices']);
    expect(result.model?.flows?.map((f) => `${f.from}->${f.to}`)).toEqual(['web->billing']);
    expect(result.index.locate('/components/1').line).toBe(4);
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-duplicate:technical_assets/Web', 4],
      ['TA107', 'threagile-include-cycle:parts/assets.yaml', 4],
      ['TA107', 'threagile-include:parts/missing.yaml', 5],
    ]);
  });

  it('reports every include as not read when none is given, and the link into it as dangling', () => {
    const result = read(main);
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-include:parts/assets.yaml', 4],
      ['TA107', 'threagile-include:parts/missing.yaml', 5],
      ['TA107', 'threagile-link-target:web/Calls', lineOf(main, 'target: billing')],
    ]);
    expect(result.findings[0]?.message).toBe(
      'the included file parts/assets.yaml was not read: the assets, boundaries and risk tracking it holds are missing from the imported model',
    );
  });

  it('reports an included file that is no valid YAML as TA101 at the include line', () => {
    const result = read(main, {
      'parts/assets.yaml': 'technical_assets: [unclosed',
      'parts/missing.yaml': 'title: x\n',
    });
    expect(summary(result.findings).slice(0, 1)).toEqual([
      ['TA101', 'threagile-include:parts/assets.yaml', 4],
    ]);
    expect(result.findings[0]?.message).toMatch(
      /^the included file parts\/assets.yaml cannot be read at line 1:/,
    );
  });
});

describe('Threagile edge cases', () => {
  const base = `threagile_version: 1.0.0
title: Edge
technical_assets:
  App:
    id: app
    technology: web-service-rest
`;

  it('reports a trust-boundary nesting cycle and keeps the nesting loop-free', async () => {
    const text = `${base}trust_boundaries:
  A:
    id: a
    type: network-on-prem
    trust_boundaries_nested: [b]
  B:
    id: b
    type: execution-environment
    technical_assets_inside: [app]
    trust_boundaries_nested: [a]
`;
    const result = read(text);
    expect(result.model?.boundaries).toEqual([
      { id: 'a', name: 'A', kind: 'private' },
      { id: 'b', name: 'B', kind: 'execution-environment', parent: 'a' },
    ]);
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-nested-cycle:B/a', lineOf(text, 'trust_boundaries_nested: [a]')],
    ]);
    const analysis = await expand(text);
    expect(analysis.findings.filter((f) => f.check === 'TA102')).toEqual([]);
  });

  it('leaves out a link to an unknown asset, at its target line', () => {
    const text = `${base}    communication_links:
      Lost:
        target: ghost
        protocol: http
`;
    const result = read(text);
    expect(result.model?.flows).toBeUndefined();
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-link-target:app/Lost', lineOf(text, 'target: ghost')],
    ]);
  });

  it('reads __proto__ keys as plain titles, without touching any prototype', () => {
    const text = `threagile_version: 1.0.0
title: __proto__
data_assets:
  __proto__:
    id: __proto__
    confidentiality: internal
technical_assets:
  __proto__:
    id: constructor
    technology: web-server
    data_assets_processed: [__proto__]
    communication_links:
      __proto__:
        target: constructor
        protocol: https
risk_tracking:
  __proto__:
    status: mitigated
`;
    const result = read(text);
    expect(result.model?.data).toEqual([{ id: 'proto', name: '__proto__', classification: 'internal' }]);
    expect(result.model?.components.map((c) => [c.id, c.name, c.data])).toEqual([
      ['constructor', '__proto__', ['proto']],
    ]);
    expect(result.model?.flows?.map((f) => f.id)).toEqual(['constructor.proto']);
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-risk:__proto__', lineOf(text, '  __proto__:\n    status')],
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('reports an empty file as unreadable (TA101)', () => {
    const result = read('');
    expect(result.model).toBeUndefined();
    expect(result.findings.map((f) => [f.check, f.subject])).toEqual([['TA101', 'empty']]);
  });

  it('reports a model without technical assets as unreadable (TA101)', () => {
    const result = read('threagile_version: 1.0.0\ntitle: Nothing\ntechnical_assets:\n');
    expect(result.findings.map((f) => [f.check, f.subject, line(f)])).toEqual([
      ['TA101', 'no-components', 1],
    ]);
  });

  it('reports syntax errors (TA101) and duplicate keys (TA103) at their line', () => {
    expect(read(`${base}  App:\n    id: again\n`).findings.map((f) => [f.check, line(f)])).toEqual([
      ['TA103', 7],
    ]);
    expect(read(`${base}    tags: [open\n`).findings.map((f) => [f.check, line(f)])).toEqual([['TA101', 7]]);
  });

  it('reports an unknown tracking status and confidentiality, and reads them conservatively', () => {
    const text = `${base}    data_assets_processed: [cards, nope]
data_assets:
  Cards:
    id: cards
    confidentiality: top-secret
risk_tracking:
  missing-waf@app:
    status: parked
`;
    const result = read(text);
    expect(result.model?.data).toEqual([{ id: 'cards', name: 'Cards', classification: 'internal' }]);
    expect((result.model?.threats as HandWrittenThreat[]).map((t) => [t.id, t.status, t.stride])).toEqual([
      ['missing-waf.app', 'open', ['T']],
    ]);
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-confidentiality:Cards', lineOf(text, 'top-secret')],
      ['TA107', 'threagile-data:App/nope', lineOf(text, 'data_assets_processed')],
      ['TA107', 'threagile-status:missing-waf@app', lineOf(text, 'parked')],
    ]);
  });

  it('reports an asset placed in two boundaries; carries an out-of-scope asset into outOfScope', () => {
    const text = `${base}    out_of_scope: true
    justification_out_of_scope: legacy
trust_boundaries:
  One:
    id: one
    technical_assets_inside: [app]
  Two:
    id: two
    technical_assets_inside: [app]
`;
    const result = read(text);
    expect(result.model?.components[0]?.boundary).toBe('one');
    expect(result.model?.components[0]?.outOfScope).toBe(true);
    expect(result.notes).toContainEqual({
      pointer: '/components/0/outOfScope',
      text: 'out of scope in Threagile (legacy)',
    });
    expect(summary(result.findings)).toEqual([
      ['TA107', 'threagile-boundary-twice:app', text.slice(0, text.lastIndexOf('[app]')).split('\n').length],
    ]);
  });

  it('applies a wildcard over identified risks to each of them', () => {
    const text = `${base}  Db:
    id: db
    technology: database
individual_risk_categories:
  Weak Backups:
    id: weak-backups
    stride: denial-of-service
    risks_identified:
      Backups of App:
        severity: elevated
        most_relevant_technical_asset: app
      Backups of Db:
        severity: low
        most_relevant_technical_asset: db
risk_tracking:
  weak-backups@*:
    status: mitigated
`;
    const result = read(text);
    expect(
      (result.model?.threats as HandWrittenThreat[]).map((t) => [
        t.id,
        t.target,
        t.stride,
        t.severity,
        t.status,
      ]),
    ).toEqual([
      ['weak-backups.app', 'app', ['D'], 'high', 'mitigated'],
      ['weak-backups.db', 'db', ['D'], 'low', 'mitigated'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('is detected by threagile_version and technical_assets, whatever the file is called', () => {
    expect(threagileReader.detect(base, 'model.yaml')).toBe(true);
    expect(threagileReader.detect('{"threagile_version": "1.0.0", "technical_assets": {}}', 'x.json')).toBe(
      true,
    );
    expect(threagileReader.detect('threagile_version: 1.0.0\ntitle: x\n', 'threagile.yaml')).toBe(false);
    expect(threagileReader.detect('schema: threat-align/v1\ncomponents: []\n', 'threagile.yaml')).toBe(false);
    expect(loadModel('m.yaml', base).importedFrom?.format).toBe('threagile');
  });
});
