import { normalizeBacklogRef } from '../../../src/core/link/backlog-reference.js';
import { suggestThreatTypes } from '../../../src/core/link/suggest-threat-types.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

describe('resolveLinks', () => {
  const modelText = `${miniModelText}
requirements:
  - { id: SR-1, text: Orders are stored safely, backlog: ["northwind/shop#4"] }
mitigations:
  M-PARAM: { status: planned, backlog: ["#2", "https://github.com/northwind/shop/issues/3"] }
stories:
  - { backlog: "#7", threats: [SPOOF-USER@shop] }
`;
  const items = [
    item('#1', {
      title: 'As a shopper I want my orders safe, WITHOUT someone reading other customers’ orders',
      labels: ['threat:SQLI@orders-db'],
    }),
    item('#2', { title: 'Use bound parameters in orders-api', body: 'Fixes SQLI@orders-db with M-PARAM.' }),
    item('#3', { title: 'Review queries', url: 'https://github.com/northwind/shop/issues/3' }),
    item('#4', { title: 'Encrypt orders' }),
    item('#5', {
      title: 'Typo',
      body: 'See M-PRAM and XSS@shop, and mitigation M-MFA.',
      labels: ['event:EV-NOPE'],
    }),
    item('#7', { title: 'Log in with my account', type: 'story' }),
  ];
  const context = buildContext({ modelText, items, aliases: ['northwind/shop'] });
  const links = context.alignment!.links;

  it('links both ways: labels, ids in text, model backlog references and model stories', () => {
    expect([...(links.itemsFor.threat.get('SQLI@orders-db') ?? [])]).toEqual(['#1', '#2']);
    expect([...(links.itemsFor.mitigation.get('M-PARAM') ?? [])]).toEqual(['#2', '#3']);
    expect([...(links.itemsFor.mitigation.get('M-MFA') ?? [])]).toEqual(['#5']);
    expect([...(links.itemsFor.requirement.get('SR-1') ?? [])]).toEqual(['#4']);
    expect([...(links.itemsFor.threat.get('SPOOF-USER@shop') ?? [])]).toEqual(['#7']);
  });

  it('records ids the model does not have, and where they were written', () => {
    expect(links.unknownMentions).toEqual([
      { itemId: '#5', id: 'EV-NOPE', where: 'label', kind: 'event' },
      { itemId: '#5', id: 'M-PRAM', where: 'body', kind: 'mitigation' },
      { itemId: '#5', id: 'XSS@shop', where: 'body', kind: 'threat' },
    ]);
  });

  it('knows which items are stories and what their WITHOUT clauses say', () => {
    expect([...links.stories]).toEqual(['#1', '#7']);
    expect(links.withoutClauses.get('#1')).toEqual([
      { text: 'someone reading other customers’ orders', field: 'title' },
    ]);
  });
});

describe('resolveLinks on prose that only looks like ids', () => {
  it('reports an unknown id in text only when it is plausibly ours; labels always', () => {
    const items = [
      item('#1', {
        body: 'Mail BOB@EXAMPLE.COM about the M-16 rifle emoji, SQLX@orders-db, SQLI@order-db and M-PARAMS.',
        labels: ['mitigation:M-16'],
      }),
    ];
    const links = buildContext({ items }).alignment!.links;
    expect(links.unknownMentions.map((m) => `${m.id} (${m.where})`)).toEqual([
      'M-16 (label)',
      'SQLX@orders-db (body)',
      'SQLI@order-db (body)',
      'M-PARAMS (body)',
    ]);
  });

  it('reports every lettered M-… and EV-… id in text, and requirement ids shaped like the model’s (docs/checks/TA204.md)', () => {
    const modelText = `${miniModelText}requirements:\n  - { id: SR-1, text: Orders are stored safely }\n  - { id: SR-2, text: Staff sign in with MFA }\n`;
    const items = [
      item('#2', {
        title: 'Build M-TOTALLY-NEW for SR-9',
        body: 'Raise EV-BRAND-NEW; SR-2 is covered; the M-16 and EV-2 are prose; so are SR-X and T-SHIRT.',
      }),
    ];
    const links = buildContext({ modelText, items }).alignment!.links;
    expect(links.unknownMentions.map((m) => `${m.id} (${m.where}, ${m.kind ?? '?'})`)).toEqual([
      'M-TOTALLY-NEW (title, mitigation)',
      'SR-9 (title, requirement)',
      'EV-BRAND-NEW (body, event)',
    ]);
    expect([...(links.itemsFor.requirement.get('SR-2') ?? [])]).toEqual(['#2']);
  });
});

describe('normalizeBacklogRef', () => {
  it('maps this repository’s qualified refs and URLs to #N, and Azure work-item URLs to AB#N', () => {
    expect(normalizeBacklogRef('northwind/shop#12', ['northwind/shop'])).toBe('#12');
    expect(normalizeBacklogRef('https://northwind.atlassian.net/browse/SHOP-12', [])).toBe('SHOP-12');
    expect(normalizeBacklogRef('https://jira.example.com/jira/browse/SEC_2-7?focusedCommentId=1', [])).toBe(
      'SEC_2-7',
    );
    expect(normalizeBacklogRef('SHOP-12', [])).toBe('SHOP-12');
    expect(normalizeBacklogRef('other/repo#12', ['northwind/shop'])).toBe('other/repo#12');
    expect(normalizeBacklogRef('https://github.com/Northwind/Shop/issues/12', ['northwind/shop'])).toBe(
      '#12',
    );
    expect(normalizeBacklogRef('https://dev.azure.com/org/proj/_workitems/edit/77', [])).toBe('AB#77');
    expect(normalizeBacklogRef('AB#77', [])).toBe('AB#77');
  });
});

describe('suggestThreatTypes', () => {
  it('ranks the threat types whose WITHOUT phrases resemble the clause, best first', () => {
    const kb = buildContext({}).knowledge!.kb;
    expect(suggestThreatTypes('somebody else logs in as me', kb.threatTypes)).toEqual([
      { typeId: 'SPOOF-USER', phrase: 'someone else logging in as me', score: 1 },
    ]);
    expect(suggestThreatTypes('the site being slow on Black Friday', kb.threatTypes)).toEqual([]);
  });
});
