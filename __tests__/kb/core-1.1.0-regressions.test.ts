import { join } from 'node:path';
import { expandModel } from '../../src/core/expand/expand-model.js';
import type { Profile } from '../../src/core/expand/expansion.js';
import { loadKnowledgeBase } from '../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base.js';
import { loadModel } from '../../src/core/import/load-model-file.js';
import { readFixtureFolder } from '../fakes/memory-kb-store.js';

/**
 * One small model per nonsense threat core@1.0.0 generated on real models (and per miss it had),
 * each of the same shape as the real one: the threat must now be absent there and present where it
 * belongs. Under core@1.0.0 the "absent" half of each case fails, which is what these guard.
 */
const repoRoot = new URL('../../', import.meta.url).pathname;
const load = (version: string) =>
  loadKnowledgeBase(readFixtureFolder(join(repoRoot, `kb/core/${version}`), `kb/core/${version}`)).loaded
    ?.kb as KnowledgeBase;
const core11 = load('1.1.0');
const core10 = load('1.0.0');

function threats(body: string, profile: Profile = 'full', kb = core11): Set<string> {
  const text = `schema: threat-align/v1\nsystem: { name: Case }\nknowledgeBase: { use: core@1.1.0, profile: ${profile} }\n${body}`;
  const loaded = loadModel('case.threatmodel.yaml', text);
  expect(loaded.findings).toEqual([]);
  return new Set(expandModel(loaded.model!, kb, profile).threats.map((t) => t.id));
}

/** Both halves: what 1.1.0 generates, and that 1.0.0 did generate the nonsense (so the case is real). */
function expectNarrowed(body: string, nonsense: string, sensible?: string): void {
  expect(threats(body, 'full', core10)).toContain(nonsense);
  const now = threats(body);
  expect(now).not.toContain(nonsense);
  if (sensible) expect(now).toContain(sensible);
}

describe('core@1.1.0 no longer generates the nonsense threats core@1.0.0 did', () => {
  it('TOKEN-FORGERY: not on a load balancer that forwards bearer tokens, still on the API that validates them', () => {
    expectNarrowed(
      `components:
  - { id: user, type: external-user }
  - { id: lb, type: load-balancer }
  - { id: api, type: api }
flows:
  - { id: f1, from: user, to: lb, protocol: https, properties: { authentication: token } }
  - { id: f2, from: lb, to: api, protocol: https, properties: { authentication: token } }
`,
      'TOKEN-FORGERY@lb',
      'TOKEN-FORGERY@api',
    );
  });

  it('CROSS-TENANT-ACCESS: not on a person marked multi-tenant, still on the multi-tenant service', () => {
    expectNarrowed(
      `components:
  - { id: customer, type: external-user, properties: { multiTenant: true } }
  - { id: saas, type: api, properties: { multiTenant: true } }
flows:
  - { id: f1, from: customer, to: saas, protocol: https }
`,
      'CROSS-TENANT-ACCESS@customer',
      'CROSS-TENANT-ACCESS@saas',
    );
  });

  it('EDGE-BYPASS: not for internal staff inside a private zone, still for an internet user going around the edge', () => {
    expectNarrowed(
      `boundaries:
  - { id: office, name: Office, kind: private }
  - { id: dc, name: Data centre, kind: private }
components:
  - { id: staff, type: external-user, boundary: office }
  - { id: outsider, type: external-user }
  - { id: intranet, type: web-app, boundary: dc }
flows:
  - { id: staff-to-intranet, from: staff, to: intranet, protocol: https }
  - { id: outsider-to-intranet, from: outsider, to: intranet, protocol: https }
`,
      'EDGE-BYPASS@staff-to-intranet',
      'EDGE-BYPASS@outsider-to-intranet',
    );
  });

  it('TRANSACTION-REPUDIATION: not on a marketing CMS, still on a checkout that takes payments', () => {
    expectNarrowed(
      `data:
  - { id: subscribers, name: Newsletter subscribers, classification: confidential }
components:
  - { id: visitor, type: external-user }
  - { id: cms, type: web-app, data: [subscribers], properties: { internetFacing: true } }
  - { id: checkout, type: web-app, properties: { internetFacing: true } }
  - { id: psp, type: payment-provider }
flows:
  - { id: f1, from: visitor, to: cms, protocol: https }
  - { id: f2, from: checkout, to: psp, protocol: https }
`,
      'TRANSACTION-REPUDIATION@cms',
      'TRANSACTION-REPUDIATION@checkout',
    );
  });

  it('BUCKET-PUBLIC-EXPOSURE: not on a private file share, still on a bucket served through the CDN', () => {
    expectNarrowed(
      `boundaries:
  - { id: lan, name: LAN, kind: private }
components:
  - { id: nfs, type: object-storage, boundary: lan }
  - { id: backup-job, type: batch-job, boundary: lan }
  - { id: cdn, type: cdn-waf, properties: { internetFacing: true } }
  - { id: assets, type: object-storage }
flows:
  - { id: f1, from: backup-job, to: nfs, protocol: https }
  - { id: f2, from: cdn, to: assets, protocol: https }
`,
      'BUCKET-PUBLIC-EXPOSURE@nfs',
      'BUCKET-PUBLIC-EXPOSURE@assets',
    );
  });

  it('BUSINESS-FLOW-ABUSE: not on an API that lists radio stations, still on one that sells', () => {
    expectNarrowed(
      `data:
  - { id: stations, name: Station list, classification: public }
components:
  - { id: listener, type: external-user }
  - { id: stations-api, type: api, data: [stations], properties: { internetFacing: true } }
  - { id: shop-api, type: api, properties: { internetFacing: true } }
  - { id: psp, type: payment-provider }
flows:
  - { id: f1, from: listener, to: stations-api, protocol: https, data: [stations] }
  - { id: f2, from: shop-api, to: psp, protocol: https }
`,
      'BUSINESS-FLOW-ABUSE@stations-api',
      'BUSINESS-FLOW-ABUSE@shop-api',
    );
  });

  it("TAMPER-IN-TRANSIT: not on an attacker's own flows, still on the device's real connection", () => {
    expectNarrowed(
      `boundaries:
  - { id: board, name: Board, kind: device }
  - { id: cloud, name: Cloud, kind: private }
components:
  - { id: attacker, type: external-entity, properties: { threatActor: true } }
  - { id: mcu, type: iot-device, boundary: board }
  - { id: backend, type: api, boundary: cloud }
flows:
  - { id: attack, from: attacker, to: mcu }
  - { id: upload, from: mcu, to: backend }
`,
      'TAMPER-IN-TRANSIT@attack',
      'TAMPER-IN-TRANSIT@upload',
    );
  });

  it('TAMPER-IN-TRANSIT and SNIFF-IN-TRANSIT: once per connection, not again on the response drawn as its own flow', () => {
    expectNarrowed(
      `data:
  - { id: orders, name: Orders, classification: confidential }
components:
  - { id: web, type: web-app }
  - { id: backend, type: api }
flows:
  - { id: request, from: web, to: backend, protocol: http, data: [orders] }
  - { id: reply, from: backend, to: web, protocol: http, data: [orders], role: response }
`,
      'TAMPER-IN-TRANSIT@reply',
      'TAMPER-IN-TRANSIT@request',
    );
    const now = threats(`components:
  - { id: web, type: web-app }
  - { id: backend, type: api }
flows:
  - { id: request, from: web, to: backend, protocol: http }
  - { id: reply, from: backend, to: web, protocol: http, role: response }
`);
    expect([...now].filter((id) => id.endsWith('@reply'))).toEqual([]);
  });

  it('SPOOF-SERVICE: not on a browser typed as a process receiving the payment provider’s responses, still on the webhook endpoint', () => {
    expectNarrowed(
      `boundaries:
  - { id: shop, name: Shop, kind: private }
components:
  - { id: browser, type: process }
  - { id: psp, type: payment-provider }
  - { id: webhooks, type: api, boundary: shop }
flows:
  - { id: psp-answer, from: psp, to: browser, protocol: https, role: response }
  - { id: psp-webhook, from: psp, to: webhooks, protocol: https }
`,
      'SPOOF-SERVICE@browser',
      'SPOOF-SERVICE@webhooks',
    );
  });

  it('SPOOF-SERVICE: not on a public server reached through the edge, since the gateway forwards users rather than calling as a service', () => {
    expectNarrowed(
      `boundaries:
  - { id: dmz, name: DMZ, kind: dmz }
  - { id: app, name: App, kind: private }
components:
  - { id: user, type: external-user }
  - { id: gw, type: api-gateway, boundary: dmz, properties: { internetFacing: true } }
  - { id: server, type: web-app, boundary: app }
flows:
  - { id: f1, from: user, to: gw, protocol: https }
  - { id: f2, from: gw, to: server, protocol: https }
`,
      'SPOOF-SERVICE@server',
      'SPOOF-USER@server',
    );
  });

  it('TLS and transit threats: never on a person using their own browser', () => {
    const now = threats(`components:
  - { id: person, type: external-user }
  - { id: browser, type: single-page-app }
  - { id: site, type: web-app }
flows:
  - { id: uses, from: person, to: browser, role: own-device }
  - { id: types, from: person, to: browser }
  - { id: calls, from: browser, to: site }
`);
    expect([...now].filter((id) => /@(uses|types)$/.test(id))).toEqual([]);
    expect(now).toContain('TAMPER-IN-TRANSIT@calls');
  });

  it('DOS-FLOOD: not on a desktop client or an application behind the edge, still on the entry point', () => {
    const now = threats(`components:
  - { id: player, type: external-user }
  - { id: game-client, type: mobile-app }
  - { id: cdn, type: cdn-waf, properties: { internetFacing: true } }
  - { id: game-api, type: api }
flows:
  - { id: f1, from: player, to: game-client, role: own-device }
  - { id: f2, from: game-client, to: cdn, protocol: https }
  - { id: f3, from: cdn, to: game-api, protocol: https }
`);
    expect(now).not.toContain('DOS-FLOOD@game-client');
    expect(now).not.toContain('DOS-FLOOD@game-api');
    expect(now).toContain('DOS-FLOOD@cdn');
  });

  it('PRIV-ESCALATION: no longer repeats BROKEN-ACCESS-CONTROL on a user-facing API without roles', () => {
    expectNarrowed(
      `components:
  - { id: user, type: external-user }
  - { id: api, type: api }
flows:
  - { id: f1, from: user, to: api, protocol: https }
`,
      'PRIV-ESCALATION@api',
      'BROKEN-ACCESS-CONTROL@api',
    );
  });
});

describe('core@1.1.0 fills the misses core@1.0.0 had', () => {
  it('a bare process gets one threat per STRIDE category', () => {
    const now = threats(`components:
  - { id: caller, type: external-entity }
  - { id: engine, type: process }
flows:
  - { id: f1, from: caller, to: engine }
`);
    const stride = core11.threatTypes.filter((t) => now.has(`${t.id}@engine`)).flatMap((t) => t.stride);
    expect([...new Set(stride)].sort()).toEqual(['D', 'E', 'I', 'R', 'S', 'T']);
  });

  it('a Threat Composer model’s single process, with no flows at all, gets generated threats', () => {
    expect([...threats(`components:\n  - { id: app, type: process }\n`)].length).toBeGreaterThan(0);
  });

  it('an abstract database gets injection and disclosure, even without a data classification', () => {
    const now = threats(`components:
  - { id: app, type: process }
  - { id: db, type: database }
flows:
  - { id: f1, from: app, to: db }
`);
    expect(now).toContain('DATABASE-QUERY-INJECTION@db');
    expect(now).toContain('DATA-STORE-DISCLOSURE@db');
  });

  it('a server-side application of unknown kind gets BROKEN-ACCESS-CONTROL', () => {
    expect(threats(`components:\n  - { id: backend, type: server-app }\n`)).toContain(
      'BROKEN-ACCESS-CONTROL@backend',
    );
  });

  it('transit threats fire without drawn boundaries or a protocol, for flows to and from people and third parties', () => {
    const now = threats(`components:
  - { id: customer, type: external-user }
  - { id: site, type: web-app }
  - { id: partner, type: third-party-api }
flows:
  - { id: visit, from: customer, to: site }
  - { id: share, from: site, to: partner }
`);
    for (const place of ['SNIFF-IN-TRANSIT@visit', 'TAMPER-IN-TRANSIT@visit', 'SNIFF-IN-TRANSIT@share'])
      expect(now).toContain(place);
  });

  it('a card-data flow over https gets a TOP threat under the top profile, and so does the component that keeps it', () => {
    const now = threats(
      `data:
  - { id: card, name: Card details, classification: restricted, kinds: [card] }
components:
  - { id: shopper, type: external-user }
  - { id: checkout, type: web-app, properties: { internetFacing: true } }
  - { id: vault, type: sql-database, data: [card] }
flows:
  - { id: pay, from: shopper, to: checkout, protocol: https, data: [card] }
  - { id: keep, from: checkout, to: vault, protocol: sql, properties: { encrypted: true }, data: [card] }
`,
      'top',
    );
    expect(now).toContain('CARD-DATA-IN-TRANSIT@pay');
    expect(now).toContain('CARD-DATA-COMPROMISE@vault');
  });

  it('under top an LLM service gets an LLM threat, a pipeline gets PIPELINE-POISONING, a clear-text password flow CLEARTEXT-CREDENTIALS', () => {
    const now = threats(
      `components:
  - { id: app, type: api }
  - { id: llm, type: llm-service }
  - { id: ci, type: ci-cd-pipeline }
  - { id: ldap, type: database }
flows:
  - { id: ask, from: app, to: llm, protocol: https }
  - { id: bind, from: app, to: ldap, protocol: ldap, properties: { authentication: password } }
`,
      'top',
    );
    expect(now).toContain('PROMPT-INJECTION@llm');
    expect(now).toContain('PIPELINE-POISONING@ci');
    expect(now).toContain('CLEARTEXT-CREDENTIALS@bind');
  });

  it('under top, M-BACKUPS shows through DATA-LOSS on a store of confidential data', () => {
    const loaded = loadModel(
      'case.threatmodel.yaml',
      `schema: threat-align/v1
system: { name: Case }
knowledgeBase: { use: core@1.1.0, profile: top }
data:
  - { id: orders, name: Orders, classification: confidential }
components:
  - { id: db, type: sql-database, data: [orders] }
`,
    );
    const expansion = expandModel(loaded.model!, core11, 'top');
    const loss = expansion.threats.find((t) => t.id === 'DATA-LOSS@db');
    expect(loss?.mitigations.map((m) => m.id)).toContain('M-BACKUPS');
  });

  it('the new threat classes fire on the facts that call for them', () => {
    const now = threats(`components:
  - { id: directory-app, type: web-app, properties: { queryLanguage: [ldap], parsesXml: true } }
  - { id: firmware, type: iot-device, properties: { memoryUnsafe: true } }
  - { id: agent, type: llm-service, properties: { llmTools: true, trainsOnUserData: true } }
  - { id: ci, type: ci-cd-pipeline }
  - { id: debug-api, type: api, properties: { debugInterfaces: true } }
  - { id: app, type: single-page-app }
  - { id: api, type: api, data: [orders] }
  - { id: partner, type: third-party-api }
data:
  - { id: orders, name: Orders, classification: confidential }
flows:
  - { id: f1, from: app, to: api, protocol: https, data: [orders] }
  - { id: f2, from: firmware, to: api, protocol: mqtt }
  - { id: f3, from: api, to: agent, protocol: https }
  - { id: f4, from: api, to: partner, protocol: https }
`);
    for (const place of [
      'LDAP-INJECTION@directory-app',
      'XXE@directory-app',
      'XML-ENTITY-EXPANSION@directory-app',
      'DTD-MANIPULATION@directory-app',
      'DEVICE-PHYSICAL-TAMPERING@firmware',
      'FIRMWARE-TAMPERING@firmware',
      'MEMORY-CORRUPTION@firmware',
      'FORMAT-STRING@firmware',
      'LLM-EXCESSIVE-AGENCY@agent',
      'LLM-TOOL-MISUSE@agent',
      'LLM-DATA-POISONING@agent',
      'LLM-JAILBREAK@agent',
      'SECRETS-IN-REPOSITORY@ci',
      'EXPOSED-TEST-INTERFACE@debug-api',
      'FLOW-DOS@f2',
      'MALICIOUS-SERVER@app',
      'JSON-HIJACKING@api',
      'SECURITY-MISCONFIGURATION@api',
      'HTTP-HEADER-SPLITTING@api',
    ])
      expect(now).toContain(place);
  });
});
