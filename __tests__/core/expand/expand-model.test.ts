import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandModel } from '../../../src/core/expand/expand-model.js';
import { loadKnowledgeBase } from '../../../src/core/kb/load-kb.js';
import type { KnowledgeBase } from '../../../src/core/kb/knowledge-base.js';
import { loadModel } from '../../../src/core/import/load-model-file.js';
import type { ThreatModel } from '../../../src/core/model/threat-model.js';
import { fixturesRoot, miniShipped } from '../../fakes/memory-kb-store.js';

function miniKb(version = '1.0.0'): KnowledgeBase {
  const loaded = loadKnowledgeBase(miniShipped()[`mini@${version}`] ?? []);
  expect(loaded.findings).toEqual([]);
  return loaded.loaded!.kb;
}

function model(text?: string): ThreatModel {
  const file = join(fixturesRoot, 'kb/mini.threatmodel.yaml');
  const loaded = loadModel(file, text ?? readFileSync(file, 'utf8'));
  expect(loaded.findings).toEqual([]);
  return loaded.model!;
}

function threatsOf(type: string, m = model()): string[] {
  return expandModel(m, miniKb(), 'full')
    .threats.filter((t) => t.typeId === type)
    .map((t) => t.element);
}

describe('rule operators, each where it fires and where it must not', () => {
  it('typeIs follows inheritance, incoming/source reach through flows', () => {
    expect(threatsOf('SQLI')).toEqual(['orders-db']); // lonely-db has no incoming flow from a process
    expect(threatsOf('SPOOF-USER')).toEqual(['shop', 'back-office']); // administrator extends external-user
  });

  it('crossesBoundary and a property ne on the protocol field', () => {
    expect(threatsOf('SNIFF')).toEqual(['admin-login', 'store-order']); // https flows and publish (same zone) stay quiet
  });

  it('entersBoundary by kind, exitsBoundary through nesting', () => {
    expect(threatsOf('ENTER-DMZ')).toEqual(['browse']);
    // store-order goes from private into vault, which sits inside private: it leaves no boundary.
    expect(threatsOf('LEAVE-ZONE')).toEqual(['browse', 'admin-login', 'place-order']);
  });

  it('property in, ordered gte over a declared order, numeric gt, exists false, not', () => {
    expect(threatsOf('WEAK-AUTH')).toEqual(['back-office']);
    expect(threatsOf('HIGH-TIER')).toEqual(['shop', 'orders-api']);
    expect(threatsOf('MANY-REPLICAS')).toEqual(['orders-api']);
    expect(threatsOf('NO-AUTH-SAID')).toEqual(['orders-api']);
    expect(threatsOf('NOT-FACING')).toEqual(['back-office']);
  });

  it('data classification counts a component’s own data and its flows’ data', () => {
    expect(threatsOf('SENSITIVE')).toEqual(['orders-api', 'orders-db']);
  });

  it('any and outgoing/target', () => {
    expect(threatsOf('API-OR-QUEUE')).toEqual(['orders-api', 'events']);
    expect(threatsOf('QUEUE-WRITER')).toEqual(['orders-api']);
  });
});

describe('expandModel', () => {
  it('keeps only TOP threat types and TOP mitigations under the top profile', () => {
    const expansion = expandModel(model(), miniKb(), 'top');
    expect(expansion.threats.map((t) => [t.id, t.mitigations.map((m) => m.id)])).toEqual([
      ['SPOOF-USER@shop', ['M-MFA']],
      ['SPOOF-USER@back-office', ['M-MFA']],
      ['SQLI@orders-db', ['M-PARAM']],
    ]);
    expect(expansion.questions.map((q) => `${q.question.id}@${q.component}`)).toEqual([
      'Q-AUTHN@shop',
      'Q-AUTHN@back-office',
      'Q-AUTHN@orders-api',
    ]);
  });

  it('applies decisions, per-place exceptions, hand-written threats and answers', () => {
    const text = `${readFileSync(join(fixturesRoot, 'kb/mini.threatmodel.yaml'), 'utf8')}
threats:
  - { id: SQLI@orders-db, status: mitigated }
  - { id: T-BOTS, title: Scalper bots, stride: [D], target: shop, severity: high, mitigations: [M-MFA] }
mitigations:
  M-MFA: { status: planned, backlog: ["#3"], except: { back-office: { status: implemented } } }
answers:
  shop: { Q-AUTHN: OIDC with the corporate identity provider }
`;
    const expansion = expandModel(model(text), miniKb(), 'top');
    const byId = new Map(expansion.threats.map((t) => [t.id, t]));
    expect(byId.get('SQLI@orders-db')).toMatchObject({ status: 'mitigated', pointer: '/threats/0' });
    expect(byId.get('SPOOF-USER@shop')?.mitigations).toEqual([
      { id: 'M-MFA', strength: 'strong', top: true, status: 'planned', decided: true },
    ]);
    expect(byId.get('SPOOF-USER@back-office')?.mitigations[0]?.status).toBe('implemented');
    expect(byId.get('T-BOTS')).toMatchObject({
      origin: 'model',
      element: 'shop',
      severity: 'high',
      status: 'open',
    });
    const mfa = expansion.mitigations.find((m) => m.id === 'M-MFA');
    expect(mfa).toMatchObject({ status: 'planned', backlog: ['#3'], pointer: '/mitigations/M-MFA' });
    expect(mfa?.places.map((p) => [p.element, p.status])).toEqual([
      ['shop', 'planned'],
      ['back-office', 'implemented'],
    ]);
    expect(expansion.questions.find((q) => q.component === 'shop')?.answered).toBe(true);
    expect(expansion.questions.find((q) => q.component === 'back-office')?.answered).toBe(false);
  });

  it('is deterministic: the same inputs give the same expansion', () => {
    const a = JSON.stringify(expandModel(model(), miniKb(), 'full'));
    const b = JSON.stringify(expandModel(model(), miniKb(), 'full'));
    expect(a).toBe(b);
  });

  it('lists the threats of a flow named like a component with that component’s threats', () => {
    // TA102 reports the repeated id; every look-up by id finds the component, so its threats are listed there.
    const text = readFileSync(join(fixturesRoot, 'kb/mini.threatmodel.yaml'), 'utf8').replace(
      '{ id: admin-login,',
      '{ id: back-office,',
    );
    const elements = expandModel(model(text), miniKb(), 'full').threats.map((t) => t.element);
    const first = elements.indexOf('back-office');
    const run = elements.filter((e) => e === 'back-office').length;
    expect(elements.slice(first, first + run)).toEqual(Array<string>(run).fill('back-office'));
    const kinds = expandModel(model(text), miniKb(), 'full')
      .threats.filter((t) => t.element === 'back-office')
      .map((t) => t.elementKind);
    expect(new Set(kinds)).toEqual(new Set(['component', 'flow']));
  });

  it('gives components of a type the knowledge base lacks no threats, and names them', () => {
    const text = readFileSync(join(fixturesRoot, 'kb/mini.threatmodel.yaml'), 'utf8').replace(
      'type: api,',
      'type: graphql-api,',
    );
    const expansion = expandModel(model(text), miniKb(), 'full');
    expect(expansion.unknownTypes).toEqual([
      { component: 'orders-api', type: 'graphql-api', pointer: '/components/4/type' },
    ]);
    expect(
      expansion.threats.filter((t) => t.element === 'orders-api' && t.typeId === 'API-OR-QUEUE'),
    ).toEqual([]);
  });
});
