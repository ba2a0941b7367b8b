import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta301MitigationWithoutBacklog } from '../../../src/core/checks/ta301-mitigation-without-backlog.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

/** The mini model under the TOP profile: M-MFA applies at shop and back-office, M-PARAM at orders-db. */
function run(extra: string, items?: BacklogItem[]): FindingDraft[] {
  const context = buildContext({
    modelText: `${miniModelText}${extra}`,
    profile: 'top',
    ...(items ? { items } : {}),
  });
  return ta301MitigationWithoutBacklog.run(context);
}

const summary = (findings: FindingDraft[]): string[] =>
  findings.map((f) => {
    const at = f.location as { line: number; column: number };
    return `${at.line}:${at.column} ${f.subject} ${f.message}`;
  });

describe('TA301 a mitigation that is not in place has no backlog item', () => {
  it('fires for every mitigation in scope that no item carries, at the first threat’s element', () => {
    const findings = run('', []);
    expect(summary(findings)).toEqual([
      '15:11 M-MFA mitigation M-MFA (Multi-factor authentication) is proposed at shop and back-office, and no backlog item carries it',
      '18:11 M-PARAM mitigation M-PARAM (Parameterized queries) is proposed at orders-db, and no backlog item carries it',
    ]);
    expect(findings[1]?.hint).toBe(
      'Open a backlog item for M-PARAM and link it: under mitigations: write M-PARAM: { status: planned, backlog: ["#N"] } (N: the item\'s number), or give the item the label mitigation:M-PARAM. If it is already in place, write status: implemented instead; if it is not needed, status: not-applicable or accepted-risk with a reason:.',
    );
  });

  it('fires at the mitigation’s key when the model decides it, and asks only for the backlog reference', () => {
    const findings = run(
      'mitigations:\n  M-MFA: { status: planned }\n  M-PARAM: { status: implemented }\n',
      [],
    );
    expect(summary(findings)).toEqual([
      '28:3 M-MFA mitigation M-MFA (Multi-factor authentication) is planned at shop and back-office, and no backlog item carries it',
    ]);
    expect(findings[0]?.hint).toMatch(
      /^Open a backlog item for M-MFA and link it: add backlog: \["#N"\] to M-MFA under mitigations: \(N: the item's number\)/,
    );
  });

  it('names each place’s own status, including a place whose exception is not settled', () => {
    const text =
      'mitigations:\n' +
      '  M-MFA: { status: implemented, except: { back-office: { status: in-progress } } }\n' +
      '  M-PARAM: { status: in-progress, except: { orders-db: { status: planned } } }\n';
    expect(summary(run(text, []))).toEqual([
      '28:3 M-MFA mitigation M-MFA (Multi-factor authentication) is in-progress at back-office, and no backlog item carries it',
      '29:3 M-PARAM mitigation M-PARAM (Parameterized queries) is planned at orders-db, and no backlog item carries it',
    ]);
    const mixed =
      'mitigations:\n  M-MFA: { status: planned, except: { back-office: { status: proposed } } }\n';
    expect(summary(run(mixed, [item('#1', { body: 'M-PARAM' })]))).toEqual([
      '28:3 M-MFA mitigation M-MFA (Multi-factor authentication) is planned at shop and proposed at back-office, and no backlog item carries it',
    ]);
  });

  it('fires when the only items that carried it were closed as won’t do', () => {
    const items = [
      item('#4', { title: 'Add MFA to the shop', labels: ['mitigation:M-MFA'], status: 'wont-do' }),
      item('#5', { title: 'Bind parameters', body: 'M-PARAM', status: 'done' }),
    ];
    expect(summary(run('', items))).toEqual([
      '15:11 M-MFA mitigation M-MFA (Multi-factor authentication) is proposed at shop and back-office, and its only backlog item was closed as won\'t do: #4 "Add MFA to the shop"',
    ]);
  });

  it('counts only the model’s backlog references when no backlog was read, and says so', () => {
    const findings = run('mitigations:\n  M-PARAM: { status: planned, backlog: ["#9"] }\n');
    expect(summary(findings)).toEqual([
      '15:11 M-MFA mitigation M-MFA (Multi-factor authentication) is proposed at shop and back-office, and no backlog item carries it',
    ]);
    expect(findings[0]?.hint).toMatch(
      / No backlog was read in this run, so only backlog: references in the model count\.$/,
    );
  });

  it('uses AB#N in the hint when the backlog is an Azure Boards one', () => {
    const findings = run('', [item('AB#1', { body: 'M-PARAM' })]);
    expect(findings.map((f) => f.subject)).toEqual(['M-MFA']);
    expect(findings[0]?.hint).toContain('write M-MFA: { status: planned, backlog: ["AB#N"] }');
  });

  it('stays quiet when an item carries the mitigation: by label, by id in its text, or by a model reference', () => {
    expect(
      run('', [item('#1', { labels: ['mitigation:M-MFA'] }), item('#2', { body: 'Do M-PARAM.' })]),
    ).toEqual([]);
    const text =
      'mitigations:\n  M-MFA: { status: planned, backlog: ["#3"] }\n  M-PARAM: { status: in-progress, except: { orders-db: { status: planned, backlog: ["#8"] } } }\n';
    // #8 does not exist: that is TA304's finding, not this one.
    expect(run(text, [item('#3')])).toEqual([]);
    expect(run(text)).toEqual([]);
  });

  it('stays quiet for mitigations that are in place, not needed or an accepted risk', () => {
    const text =
      'mitigations:\n' +
      '  M-MFA: { status: not-applicable, reason: SSO only, except: { shop: { status: accepted-risk, reason: low value } } }\n' +
      '  M-PARAM: { status: implemented }\n';
    expect(run(text, [])).toEqual([]);
  });

  it('stays quiet when every threat the mitigation answers is closed, and for mitigations out of the profile', () => {
    const text =
      'threats:\n' +
      '  - { id: SQLI@orders-db, status: mitigated }\n' +
      '  - { id: SPOOF-USER@shop, status: accepted-risk, reason: demo shop }\n' +
      '  - { id: SPOOF-USER@back-office, status: not-applicable, reason: no users }\n';
    expect(run(text, [])).toEqual([]);
    // M-VALIDATE and M-TLS are not TOP: the TOP profile does not apply them.
    expect(run('', []).map((f) => f.subject)).toEqual(['M-MFA', 'M-PARAM']);
  });

  it('stays quiet without a knowledge base', () => {
    const context = buildContext({ items: [] });
    delete context.knowledge;
    expect(ta301MitigationWithoutBacklog.run(context)).toEqual([]);
  });
});
