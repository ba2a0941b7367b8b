import { findReader } from '../../../src/core/import/readers.js';
import type { ImportResult } from '../../../src/core/import/model-reader.js';
import { importText, runOnSource, schemaErrors } from './import-helpers.js';
import { tm7 } from './tm7-builder.js';

/**
 * Regression tests for what every importer reads from names and descriptions (docs/importing.md,
 * "Read from names"), each on a small model of the shape that went wrong on a real one.
 */

type Json = Record<string, unknown>;
const shapes: Record<string, string> = { process: 'tm.Process', store: 'tm.Store', actor: 'tm.Actor' };

function dragon(cells: Json[]): string {
  return JSON.stringify({
    version: '2.2.0',
    summary: { title: 'Shop' },
    detail: { diagrams: [{ id: 0, title: 'Main', diagramType: 'STRIDE', cells }] },
  });
}
function element(shape: string, id: string, name: string, x: number, data: Json = {}): Json {
  return {
    shape,
    id,
    position: { x, y: 0 },
    size: { width: 100, height: 80 },
    data: { name, type: shapes[shape], ...data },
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

const typeOf = (result: ImportResult, id: string): string | undefined =>
  result.model?.components.find((c) => c.id === id)?.type;
const flowOf = (result: ImportResult, id: string) => result.model?.flows?.find((f) => f.id === id);

describe('client applications: browsers, game clients, desktop GUIs and scripts', () => {
  const result = importText(
    dragon([
      element('actor', 'u', 'Player', 0),
      element('process', 'b', 'Browser', 200),
      element('process', 'g', 'Game Client', 400),
      element('process', 'd', 'Desktop GUI', 600),
      element('process', 's', 'Export script', 800),
      element('process', 'x', 'Matchmaking', 1000),
      flow('f1', 'Plays', 'u', 'g'),
      flow('f2', 'Finds a match', 'g', 'x', { protocol: 'HTTPS' }),
    ]),
    'game.json',
    'threat-dragon-v2',
  );

  it('are typed client-app, not process; what names no client stays a process', () => {
    expect(
      ['browser', 'game-client', 'desktop-gui', 'export-script', 'matchmaking'].map((id) =>
        typeOf(result, id),
      ),
    ).toEqual(['client-app', 'client-app', 'client-app', 'client-app', 'process']);
    expect(schemaErrors(result)).toEqual([]);
  });

  it('a person using their own game client is no network hop (own-device); its call out is a request', () => {
    expect(flowOf(result, 'plays')?.role).toBe('own-device');
    expect(flowOf(result, 'finds-a-match')?.role).toBeUndefined();
  });

  it('under core@1.0.0 the game client gets no flooding threat (as a process called by a person it did)', async () => {
    const ids = (await runOnSource('game.json', dragonGame())).expansion?.threats.map((t) => t.id) ?? [];
    expect(ids).not.toContain('DOS-FLOOD@game-client');
    expect(ids.length).toBeGreaterThan(0);
  });

  function dragonGame(): string {
    return dragon([
      element('actor', 'u', 'Player', 0),
      element('process', 'g', 'Game Client', 400),
      flow('f1', 'Plays', 'u', 'g'),
    ]);
  }
});

describe('payment providers by name', () => {
  it('Stripe drawn as a process (Threat Dragon) is a payment provider that takes payments; our Stripe webhook handler is not', () => {
    const result = importText(
      dragon([
        element('process', 'p', 'Stripe', 0),
        element('process', 'h', 'Stripe webhook handler', 200),
        element('actor', 'a', 'Adyen', 400),
        element('store', 'q', 'PayPal payouts', 600),
      ]),
      'pay.json',
      'threat-dragon-v2',
    );
    expect(result.model?.components.map((c) => [c.id, c.type, c.properties?.handlesPayments])).toEqual([
      ['stripe', 'payment-provider', true],
      ['stripe-webhook-handler', 'process', undefined],
      ['adyen', 'payment-provider', true],
      ['paypal-payouts', 'data-store', undefined],
    ]);
    expect(result.notes).toContainEqual({
      pointer: '/components/0/type',
      text: 'payment-provider: "stripe" is a payment provider (was process)',
    });
  });

  it('a Threagile asset named Braintree with a REST technology is a payment provider, not an api', () => {
    const text = `threagile_version: 1.0.0
title: Shop
technical_assets:
  Braintree:
    id: braintree
    type: external-entity
    technology: web-service-rest
  Checkout:
    id: checkout
    type: process
    technology: web-service-rest
`;
    const result = importText(text, 'threagile.yaml', 'threagile');
    expect(result.model?.components.map((c) => [c.id, c.type])).toEqual([
      ['braintree', 'payment-provider'],
      ['checkout', 'api'],
    ]);
  });
});

describe('TLS read from flow names and descriptions', () => {
  const result = importText(
    dragon([
      element('process', 'a', 'App', 0),
      element('process', 'b', 'Ledger', 200),
      flow('f1', 'TCP+SSL', 'a', 'b'),
      flow('f2', 'Sync', 'a', 'b', { description: 'Pushes entries over HTTPS' }),
      flow('f3', 'Legacy feed', 'a', 'b', { description: 'plain HTTP, no TLS' }),
      flow('f4', 'Kafka over TLS', 'a', 'b', { protocol: 'kafka' }),
      flow('f5', 'Export', 'a', 'b'),
    ]),
    'tls.json',
    'threat-dragon-v2',
  );

  it('an empty protocol is read from the name (TCP+SSL → tls) and the flow counts as encrypted', () => {
    expect(flowOf(result, 'tcp-ssl')).toMatchObject({ protocol: 'tls' });
    expect(flowOf(result, 'sync')).toMatchObject({ protocol: 'https' });
    expect(flowOf(result, 'kafka-over-tls')).toMatchObject({
      protocol: 'kafka',
      properties: { encrypted: true },
    });
  });

  it('a denial is not read as TLS, and a flow that names nothing stays as it is', () => {
    expect(flowOf(result, 'legacy-feed')?.protocol).toBeUndefined();
    expect(flowOf(result, 'legacy-feed')?.properties).toBeUndefined();
    expect(flowOf(result, 'export')).toEqual({ id: 'export', name: 'Export', from: 'app', to: 'ledger' });
  });

  it('a TMT flow named "HTTPS" between generic elements is https', () => {
    const text = tm7({
      borders: [
        { guid: 'g-a', name: 'Phone', generic: 'GE.P', type: 'GE.P' },
        { guid: 'g-b', name: 'Server', generic: 'GE.P', type: 'GE.P' },
      ],
      lines: [{ guid: 'l-1', name: 'HTTPS', generic: 'GE.DF', type: 'GE.DF', source: 'g-a', target: 'g-b' }],
    });
    const read = findReader(text, 'model.tm7')!.read('model.tm7', text);
    expect(read.model?.flows?.[0]?.protocol).toBe('https');
  });
});

describe('responses and attackers', () => {
  const result = importText(
    dragon([
      element('process', 'w', 'Web', 0),
      element('store', 'd', 'Orders DB', 200),
      element('actor', 'x', 'Attacker', 400),
      flow('f1', 'Query', 'w', 'd'),
      flow('f2', 'Query results', 'd', 'w'),
      flow('f3', 'Results', 'w', 'x'),
    ]),
    'roles.json',
    'threat-dragon-v2',
  );

  it('a flow named as the answer to a flow drawn the other way is its response; alone, it is a request', () => {
    expect(flowOf(result, 'query-results')?.role).toBe('response');
    expect(flowOf(result, 'query')?.role).toBeUndefined();
    expect(flowOf(result, 'results')?.role).toBeUndefined();
  });

  it('an attacker drawn in the diagram says threatActor: true', () => {
    expect(result.model?.components.find((c) => c.id === 'attacker')?.properties).toEqual({
      threatActor: true,
    });
  });
});

describe('Threagile YAML merge keys', () => {
  it('<<: merges the shared block into each asset, and a key written beside it wins', () => {
    const text = `threagile_version: 1.0.0
title: Merged
data_assets:
  Cards:
    id: cards
    confidentiality: strictly-confidential
  Logs:
    id: logs
    confidentiality: internal
technical_assets:
  Api:
    id: api
    <<: &service
      type: process
      technology: web-service-rest
      internet: true
      encryption: none
      data_assets_processed: [cards]
  Worker:
    id: worker
    <<: *service
    internet: false
    data_assets_processed: [logs]
`;
    const result = importText(text, 'threagile.yaml', 'threagile');
    expect(result.findings).toEqual([]);
    expect(result.model?.components.map((c) => [c.id, c.type, c.properties, c.data])).toEqual([
      ['api', 'api', { internetFacing: true }, ['cards']],
      ['worker', 'api', undefined, ['logs']],
    ]);
    expect(result.model?.data?.map((d) => [d.id, d.classification])).toEqual([
      ['cards', 'restricted'],
      ['logs', 'internal'],
    ]);
  });
});
