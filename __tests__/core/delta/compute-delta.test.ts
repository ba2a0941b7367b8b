import { analyse, type Analysis } from '../../../src/core/analyse.js';
import { computeDelta, type PullRequestDelta } from '../../../src/core/delta/compute-delta.js';
import { miniModelText } from '../../fakes/build-context.js';
import {
  analyseModel,
  backlogItems,
  baseModelText,
  headModelText,
  pullRequestScenario,
} from '../report/report-scenarios.js';

/** The delta with ids for threats and check:subject for findings, to compare at a glance. */
function ids(delta: PullRequestDelta): Record<string, unknown> {
  return {
    ...delta,
    threatsAdded: delta.threatsAdded.map((t) => t.id),
    threatsRemoved: delta.threatsRemoved.map((t) => t.id),
    findingsNew: delta.findingsNew.map((f) => `${f.check} ${f.subject}`),
    findingsFixed: delta.findingsFixed.map((f) => `${f.check} ${f.subject}`),
  };
}

/** A model-only analysis (no knowledge base): enough for components and model findings. */
const modelOnly = (text: string): Analysis => analyse({ model: { file: 'threatmodel.yaml', content: text } });

describe('computeDelta on a pull request', () => {
  it('lists threats added and removed, findings new and fixed, and components new or changed', async () => {
    const { delta } = await pullRequestScenario();
    expect(ids(delta)).toEqual({
      hasBase: true,
      threatsCompared: true,
      threatsAdded: ['HIGH-TIER@orders-db', 'API-OR-QUEUE@payments', 'LEAVE-ZONE@pay'],
      threatsRemoved: ['QUEUE-WRITER@orders-api'],
      findingsNew: ['TA102 /components/[payments]/boundary=privat'],
      findingsFixed: ['TA102 /components/[lonely-db]/data/0=ordres'],
      componentsAdded: ['payments'],
      // shop: a flow to payments; orders-api and events: the publish flow gone; orders-db: its
      // tier; lonely-db: its data list.
      componentsChanged: ['shop', 'orders-api', 'orders-db', 'events', 'lonely-db'],
      componentsRemoved: [],
    });
  });

  it('is empty between an analysis and itself', async () => {
    const head = await analyseModel(headModelText, backlogItems);
    expect(ids(computeDelta(head, head))).toEqual({
      hasBase: true,
      threatsCompared: true,
      threatsAdded: [],
      threatsRemoved: [],
      findingsNew: [],
      findingsFixed: [],
      componentsAdded: [],
      componentsChanged: [],
      componentsRemoved: [],
    });
  });

  it('counts everything in head as added or new when there is no base analysis (a new model)', async () => {
    const head = await analyseModel(headModelText, backlogItems);
    const delta = computeDelta(undefined, head);
    expect(delta.hasBase).toBe(false);
    expect(delta.threatsAdded.map((t) => t.id)).toEqual(head.expansion?.threats.map((t) => t.id));
    expect(delta.threatsAdded.length).toBeGreaterThan(0);
    expect(delta.findingsNew).toEqual(head.findings);
    expect(delta.componentsAdded).toEqual(head.model?.components.map((c) => c.id));
    expect([
      delta.threatsRemoved,
      delta.findingsFixed,
      delta.componentsChanged,
      delta.componentsRemoved,
    ]).toEqual([[], [], [], []]);
  });

  it('claims nothing removed or fixed when the head model does not load, only its errors new', async () => {
    const base = await analyseModel(baseModelText, backlogItems);
    const head = await analyseModel('schema: threat-align/v1\ncomponents: [ {', backlogItems);
    const delta = computeDelta(base, head);
    expect(delta.threatsCompared).toBe(false);
    expect(delta.findingsNew.map((f) => f.check)).toEqual(['TA101']);
    expect([
      delta.threatsAdded,
      delta.threatsRemoved,
      delta.findingsFixed,
      delta.componentsAdded,
      delta.componentsChanged,
      delta.componentsRemoved,
    ]).toEqual([[], [], [], [], [], []]);
  });

  it('counts every threat and component of head as added when the base model did not load', async () => {
    const base = await analyseModel('schema: threat-align/v1\ncomponents: [ {', backlogItems);
    const head = await analyseModel(headModelText, backlogItems);
    const delta = computeDelta(base, head);
    expect(delta.hasBase).toBe(true);
    expect(delta.threatsAdded.length).toBe(head.expansion?.threats.length);
    expect(delta.componentsAdded).toEqual(head.model?.components.map((c) => c.id));
  });

  it('does not count a finding that only moved to another line as new or fixed', async () => {
    const base = await analyseModel(baseModelText, backlogItems);
    const head = await analyseModel(
      `# a comment that moves every line down\n\n${baseModelText}`,
      backlogItems,
    );
    expect(head.findings.map((f) => f.location)).not.toEqual(base.findings.map((f) => f.location));
    const delta = computeDelta(base, head);
    expect([delta.findingsNew, delta.findingsFixed]).toEqual([[], []]);
  });
});

describe('computeDelta on components', () => {
  const changed = (before: string, after: string): string[] =>
    computeDelta(modelOnly(before), modelOnly(after)).componentsChanged;

  it('ignores key order, flow order and layout', () => {
    const reordered = miniModelText
      .replace(
        '{ id: shopper, type: external-user, boundary: internet }',
        '{ boundary: internet, type: external-user, id: shopper }',
      )
      .replace(
        '  - { id: browse, from: shopper, to: shop, protocol: https, data: [catalogue] }\n  - { id: admin-login, from: admin, to: back-office, protocol: http }\n',
        '  - { id: admin-login, from: admin, to: back-office, protocol: http }\n  -   id: browse\n      from: shopper\n      to: shop\n      protocol: https\n      data: [catalogue]\n',
      );
    expect(reordered).not.toBe(miniModelText);
    expect(changed(miniModelText, reordered)).toEqual([]);
  });

  it('sees a change to a flow at both of its ends', () => {
    const after = miniModelText.replace(
      '{ id: admin-login, from: admin, to: back-office, protocol: http }',
      '{ id: admin-login, from: admin, to: back-office, protocol: https }',
    );
    expect(changed(miniModelText, after)).toEqual(['admin', 'back-office']);
  });

  it('sees a data asset reclassified, at the components that hold it or whose flows carry it', () => {
    const after = miniModelText.replace(
      '{ id: orders, classification: confidential }',
      '{ id: orders, classification: restricted }',
    );
    // orders-db holds orders; the store-order flow carries them from orders-api.
    expect(changed(miniModelText, after)).toEqual(['orders-api', 'orders-db']);
  });

  it('sees answers given for a component', () => {
    const after = `${miniModelText}answers:\n  events: { Q-DATA: order events }\n`;
    expect(changed(miniModelText, after)).toEqual(['events']);
  });

  it('lists components removed, and flows to them as changes of the other end', () => {
    const after = miniModelText
      .replace('  - { id: events, type: message-queue, boundary: private }\n', '')
      .replace('  - { id: publish, from: orders-api, to: events, protocol: amqp }\n', '');
    const delta = computeDelta(modelOnly(miniModelText), modelOnly(after));
    expect([delta.componentsRemoved, delta.componentsChanged]).toEqual([['events'], ['orders-api']]);
  });
});
