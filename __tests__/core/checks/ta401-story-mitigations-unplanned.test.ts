import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta401StoryMitigationsUnplanned } from '../../../src/core/checks/ta401-story-mitigations-unplanned.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(extra: string, items?: BacklogItem[]): FindingDraft[] {
  const context = buildContext({
    modelText: `${miniModelText}${extra}`,
    profile: 'top',
    ...(items ? { items } : {}),
  });
  return ta401StoryMitigationsUnplanned.run(context);
}

const model = `mitigations:
  M-MFA: { status: planned, backlog: ["#20"] }
  M-PARAM: { status: in-progress }
stories:
  - { backlog: "#1", threats: [SPOOF-USER@shop] }
`;

const loginStory = item('#1', {
  title: 'Log in with my account',
  type: 'story',
  milestone: 'Sprint 14',
  url: 'https://github.com/northwind/shop/issues/1',
});
const ordersStory = item('#2', {
  title: 'As a shopper I want my orders safe, WITHOUT someone reading other customers’ orders',
  labels: ['threat:SQLI@orders-db'],
  milestone: 'Sprint 14',
});
const mitigationWork = [
  item('#20', { title: 'Add a second factor' }),
  item('#21', { title: 'TOTP for staff', labels: ['mitigation:M-MFA'], milestone: 'Sprint 15' }),
  item('#22', { title: 'MFA recovery codes', body: 'Part of M-MFA.', milestone: 'Sprint 14' }),
  item('#23', { title: 'MFA spike', body: 'M-MFA', status: 'done' }),
  item('#30', { title: 'Bind parameters', body: 'M-PARAM in orders-api' }),
];

describe('TA401 a planned story’s mitigation items are not planned with it', () => {
  it('fires on each story in a milestone, listing the open mitigation items of its threats planned elsewhere or nowhere', () => {
    const findings = run(model, [loginStory, ordersStory, ...mitigationWork]);
    expect(findings).toEqual([
      {
        message:
          'story #1 "Log in with my account" is planned in Sprint 14, but open items of the mitigations of its threat SPOOF-USER@shop are not planned by then: #20 "Add a second factor" (M-MFA; no milestone) and #21 "TOTP for staff" (M-MFA; in Sprint 15)',
        location: { backlogItem: { id: '#1', url: 'https://github.com/northwind/shop/issues/1' } },
        hint: 'Plan the mitigations with the story: set the milestone (in Azure Boards, the iteration) of #20 and #21 to Sprint 14, or plan the story in a later milestone.',
        subject: '#1',
      },
      {
        message:
          'story #2 "As a shopper I want my orders safe, WITHOUT someone reading other customers’ orders" is planned in Sprint 14, but open items of the mitigations of its threat SQLI@orders-db are not planned by then: #30 "Bind parameters" (M-PARAM; no milestone)',
        location: { backlogItem: { id: '#2' } },
        hint: 'Plan the mitigations with the story: set the milestone (in Azure Boards, the iteration) of #30 to Sprint 14, or plan the story in a later milestone.',
        subject: '#2',
      },
    ]);
  });

  it('lists an item once with every mitigation it carries, and every threat that asks for it', () => {
    const story = item('#1', { title: 'Staff log in', type: 'story', milestone: 'Sprint 14' });
    const stories = 'stories:\n  - { backlog: "#1", threats: [SPOOF-USER@shop, SQLI@orders-db] }\n';
    const findings = run(stories, [
      story,
      item('#5', { title: 'Harden the back end', body: 'M-MFA and M-PARAM' }),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'story #1 "Staff log in" is planned in Sprint 14, but open items of the mitigations of its threats SPOOF-USER@shop and SQLI@orders-db are not planned by then: #5 "Harden the back end" (M-MFA, M-PARAM; no milestone)',
    ]);
  });

  it('takes the items of an exception only for the threat at that place', () => {
    const text = `mitigations:
  M-MFA: { status: planned, except: { back-office: { status: planned, backlog: ["#40"] } } }
stories:
  - { backlog: "#1", threats: [SPOOF-USER@shop] }
  - { backlog: "#3", threats: [SPOOF-USER@back-office] }
`;
    const items = [
      loginStory,
      item('#3', { title: 'Staff log in', type: 'story', milestone: 'Sprint 14' }),
      item('#40'),
    ];
    expect(run(text, items).map((f) => `${f.subject}: ${f.hint}`)).toEqual([
      '#3: Plan the mitigations with the story: set the milestone (in Azure Boards, the iteration) of #40 to Sprint 14, or plan the story in a later milestone.',
    ]);
  });

  it('stays quiet when the mitigation items are in the story’s milestone, done, or for mitigations already settled', () => {
    expect(run(model, [loginStory, mitigationWork[2]!, mitigationWork[3]!])).toEqual([]);
    const settled = `mitigations:
  M-MFA: { status: planned, backlog: ["#20"], except: { shop: { status: implemented } } }
  M-PARAM: { status: not-applicable, reason: no SQL built from input }
stories:
  - { backlog: "#1", threats: [SPOOF-USER@shop] }
`;
    expect(run(settled, [loginStory, ordersStory, ...mitigationWork])).toEqual([]);
  });

  it('counts an item in an earlier milestone of the same numbered series as planned by then', () => {
    const items = [
      loginStory,
      item('#20', { milestone: 'Sprint 13' }),
      item('#21', { labels: ['mitigation:M-MFA'], milestone: 'Sprint 9' }),
      item('#22', { body: 'M-MFA', milestone: 'Release 2' }),
      item('#24', { body: 'M-MFA', milestone: 'Sprint 14b' }),
    ];
    expect(run(model, items).map((f) => f.message)).toEqual([
      'story #1 "Log in with my account" is planned in Sprint 14, but open items of the mitigations of its threat SPOOF-USER@shop are not planned by then: #22 "Item #22" (M-MFA; in Release 2) and #24 "Item #24" (M-MFA; in Sprint 14b)',
    ]);
    const iterations = [
      { ...loginStory, milestone: 'Shop\\Sprint 14' },
      item('#20', { milestone: 'Shop\\Sprint 12' }),
    ];
    expect(run(model, iterations)).toEqual([]);
  });

  it('stays quiet for stories that are not planned, not open, or linked to no threat in scope', () => {
    const { milestone: _, ...unplanned } = loginStory;
    expect(run(model, [unplanned, ...mitigationWork])).toEqual([]);
    expect(run(model, [{ ...loginStory, status: 'done' }, ...mitigationWork])).toEqual([]);
    // Not a story: an ordinary issue that names a threat.
    expect(
      run('', [item('#4', { body: 'SPOOF-USER@shop', milestone: 'Sprint 14' }), ...mitigationWork]),
    ).toEqual([]);
    // WEAK-AUTH is not TOP: out of the TOP profile's scope.
    const outOfScope = 'stories:\n  - { backlog: "#1", threats: [WEAK-AUTH@back-office] }\n';
    expect(run(outOfScope, [loginStory, ...mitigationWork])).toEqual([]);
  });

  it('stays quiet without a backlog', () => {
    expect(run(model)).toEqual([]);
  });
});
