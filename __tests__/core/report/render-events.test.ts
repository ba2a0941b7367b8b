import { Ajv } from 'ajv';
import type { Analysis } from '../../../src/core/analyse.js';
import { eventsSchema } from '../../../src/core/report/events-schema.js';
import {
  buildDetectionCatalogue,
  renderEventsJson,
  renderEventsMarkdown,
} from '../../../src/core/report/render-events.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { item, miniModelText } from '../../fakes/build-context.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';
import { expectGolden } from './expect-golden.js';

const validate = new Ajv({ allErrors: true, strict: true }).compile(eventsSchema);

/**
 * The mini model (full profile) with the decisions a team records: an event planned with its item,
 * a threat ruled out, and a threat written by hand that raises a known and an unknown event.
 */
const modelText = `${miniModelText}
threats:
  - { id: SPOOF-USER@back-office, status: not-applicable, reason: Reached only through the VPN }
  - id: T-COUPON-ABUSE
    title: "Coupon | abuse <b>x</b> *star* [link](https://evil.example)"
    stride: [T]
    target: shop
    severity: medium
    mitigations: [M-VALIDATE, M-NOPE]
    events: [EV-LOGIN-FAIL, EV-NOPE]
mitigations:
  M-PARAM: { status: implemented }
events:
  EV-INPUT-FAIL: { status: planned, backlog: ["#7"] }
`;

async function analyseMini(text = modelText): Promise<Analysis> {
  const backlog = {
    source: 'file:backlog.json',
    aliases: [],
    items: [
      item('#7', { title: 'Raise input_validation_fail events' }),
      item('#8', { title: 'Alert on failed logins', labels: ['event:EV-LOGIN-FAIL'] }),
    ],
  };
  return runPipeline(
    { model: { file: 'threatmodel.yaml', content: text }, backlog },
    memoryKbStore(miniShipped()),
  );
}

describe('the detection catalogue', () => {
  it('matches its golden files, and the JSON matches its schema', async () => {
    const analysis = await analyseMini();
    const json = renderEventsJson(analysis);
    expect(validate(JSON.parse(json))).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    expectGolden('render-events/mini.json', json);
    expectGolden('render-events/mini.md', renderEventsMarkdown(analysis));
  });

  it('lists per threat in scope its events, thresholds and watched mitigations', async () => {
    const catalogue = buildDetectionCatalogue(await analyseMini());
    expect(catalogue.threats.map((t) => [t.id, t.events.map((e) => e.id)])).toEqual([
      ['SPOOF-USER@shop', ['EV-LOGIN-FAIL']],
      ['T-COUPON-ABUSE', ['EV-LOGIN-FAIL']],
      ['SQLI@orders-db', ['EV-INPUT-FAIL']],
    ]);
    const sqli = catalogue.threats.find((t) => t.id === 'SQLI@orders-db');
    expect(sqli?.events[0]).toEqual({
      id: 'EV-INPUT-FAIL',
      name: 'input_validation_fail',
      level: 'WARN',
      description: 'Input was rejected.',
      threshold: { count: 10, window: '5m', per: 'source-ip' },
      status: 'planned',
      backlog: ['#7'],
    });
    expect(sqli?.mitigations).toEqual([
      { id: 'M-PARAM', name: 'Parameterized queries', control: 'preventive', status: 'implemented' },
      { id: 'M-VALIDATE', name: 'Input validation', control: 'preventive', status: 'proposed' },
    ]);
    expect(catalogue.events.map((e) => [e.id, e.backlog, e.threats])).toEqual([
      ['EV-INPUT-FAIL', ['#7'], ['SQLI@orders-db']],
      ['EV-LOGIN-FAIL', ['#8'], ['SPOOF-USER@shop', 'T-COUPON-ABUSE']],
    ]);
  });

  it('leaves out events the model rules out, and threats left with none', async () => {
    const text = modelText.replace(
      'EV-INPUT-FAIL: { status: planned, backlog: ["#7"] }',
      'EV-INPUT-FAIL: { status: not-applicable, reason: No user input reaches the store }',
    );
    const catalogue = buildDetectionCatalogue(await analyseMini(text));
    expect(catalogue.threats.map((t) => t.id)).toEqual(['SPOOF-USER@shop', 'T-COUPON-ABUSE']);
    expect(catalogue.events.map((e) => e.id)).toEqual(['EV-LOGIN-FAIL']);
  });

  it('says so when no knowledge base loaded', async () => {
    const analysis = await analyseMini(miniModelText.replace('mini@1.0.0', 'mini@9.0.0'));
    expect(JSON.parse(renderEventsJson(analysis))).toEqual({ threats: [], events: [] });
    expect(validate(JSON.parse(renderEventsJson(analysis)))).toBe(true);
    expect(renderEventsMarkdown(analysis)).toMatch(/^# Detection catalogue\n\nNo knowledge base was loaded/);
  });

  it('keeps model text inert in Markdown', async () => {
    const markdown = renderEventsMarkdown(await analyseMini());
    expect(markdown).toContain(
      '### `T-COUPON-ABUSE` Coupon \\| abuse \\<b\\>x\\</b\\> \\*star\\* \\[link\\](https://evil.example)',
    );
    expect(markdown).not.toMatch(/<b>/);
  });

  it('has a schema that rejects what it should', () => {
    expect(validate({ threats: [], events: [], extra: 1 })).toBe(false);
    expect(
      validate({
        threats: [],
        events: [
          {
            id: 'EV-X',
            name: 'x',
            level: 'LOUD',
            description: '',
            threshold: { count: 0, window: '5m', per: 'user' },
            status: 'proposed',
            backlog: [],
            threats: ['T'],
          },
        ],
      }),
    ).toBe(false);
  });
});
