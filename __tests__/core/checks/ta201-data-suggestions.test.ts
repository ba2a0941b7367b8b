import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { elementsCarrying, namedData } from '../../../src/core/link/clause-data.js';
import { analyseExample, exampleBacklog } from '../actions/online-shop-analysis.js';

const story = (id: string, title: string): BacklogItem => ({
  id,
  title,
  body: '',
  status: 'open',
  labels: [],
  type: 'story',
  links: [],
});

describe('TA201 suggestions from the data a clause names (the shipped example)', () => {
  let findings: Map<string, { message: string; hint: string }>;
  let carriers: (text: string) => Set<string>;
  beforeAll(async () => {
    const items = [
      ...exampleBacklog().items,
      story(
        '#901',
        'As a shopper I want to see my order history WITHOUT anybody else being able to see or download it',
      ),
      story('#902', 'As a shopper I want to pay by card WITHOUT my card details being stolen'),
    ];
    const analysis = await analyseExample({ items });
    findings = new Map(analysis.findings.filter((f) => f.check === 'TA201').map((f) => [f.subject, f]));
    const model = analysis.model;
    if (!model) throw new Error('the example does not load');
    carriers = (text) => elementsCarrying(namedData(text, model), model);
  }, 60_000);

  it('suggests a threat on an element that serves the data, even for a clause that names no attack', () => {
    const finding = findings.get('#901');
    expect(finding?.message).toContain('the clause resembles BROKEN-ACCESS-CONTROL');
    expect(finding?.message).toContain('on an element that carries order-history');
    const element = /threat:BROKEN-ACCESS-CONTROL@([a-z-]+)/.exec(finding?.hint ?? '')?.[1] ?? '';
    expect(carriers('order history').has(element)).toBe(true);
  });

  it('never suggests an element that does not carry the data the clause names', () => {
    const hint = findings.get('#902')?.hint ?? '';
    const suggested = [...hint.matchAll(/[A-Z][A-Z-]+@([a-z][a-z0-9-]*)/g)].map((m) => m[1] ?? '');
    expect(suggested.length).toBeGreaterThan(0);
    const cards = carriers('my card details');
    for (const element of suggested) expect(cards.has(element)).toBe(true);
  });

  it('reads data assets by id or by name, never by a generic word alone', () => {
    expect(carriers('my card details').size).toBeGreaterThan(0);
    expect(carriers('some data being lost').size).toBe(0);
    expect(carriers('As a customer I want to log in').size).toBe(0);
  });
});
