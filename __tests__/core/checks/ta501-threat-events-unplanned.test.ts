import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta501ThreatEventsUnplanned } from '../../../src/core/checks/ta501-threat-events-unplanned.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

/** TOP profile: SPOOF-USER@shop and @back-office raise EV-LOGIN-FAIL, SQLI@orders-db raises EV-INPUT-FAIL. */
function run(extra: string, items?: BacklogItem[]): FindingDraft[] {
  const context = buildContext({
    modelText: `${miniModelText}${extra}`,
    profile: 'top',
    ...(items ? { items } : {}),
  });
  return ta501ThreatEventsUnplanned.run(context);
}

const summary = (findings: FindingDraft[]): string[] =>
  findings.map((f) => {
    const at = f.location as { line: number; column: number };
    return `${at.line}:${at.column} ${f.subject} ${f.message}`;
  });

describe('TA501 a TOP threat’s security events are neither implemented nor in the backlog', () => {
  it('fires at each TOP threat none of whose events is implemented or in the backlog', () => {
    const findings = run('', []);
    expect(summary(findings)).toEqual([
      '15:11 SPOOF-USER@shop TOP threat SPOOF-USER@shop (User spoofing) has security events to raise, but none is implemented or in the backlog: EV-LOGIN-FAIL (authn_login_fail)',
      '16:11 SPOOF-USER@back-office TOP threat SPOOF-USER@back-office (User spoofing) has security events to raise, but none is implemented or in the backlog: EV-LOGIN-FAIL (authn_login_fail)',
      '18:11 SQLI@orders-db TOP threat SQLI@orders-db (SQL injection) has security events to raise, but none is implemented or in the backlog: EV-INPUT-FAIL (input_validation_fail)',
    ]);
    expect(findings[2]?.hint).toBe(
      'Plan the events the SOC can alert on: EV-INPUT-FAIL (input_validation_fail, WARN: alert at 10 in 5m per source-ip). ' +
        'Under events: write EV-INPUT-FAIL: { status: planned, backlog: ["#N"] } (N: the item that implements it), or write the event id in that item\'s title or body; ' +
        'write status: implemented if the application raises it already.',
    );
  });

  it('lists every event of a threat written by hand, and fires at its entry; planned without an item is not enough', () => {
    const text = `threats:
  - { id: T-TAKEOVER, title: Account takeover, stride: [S], target: shop, top: true, events: [EV-LOGIN-FAIL, EV-INPUT-FAIL] }
events:
  EV-LOGIN-FAIL: { status: planned }
  EV-INPUT-FAIL: { status: in-progress }
`;
    const findings = run(text, [item('#1', { title: 'Unrelated' })]).filter(
      (f) => f.subject === 'T-TAKEOVER',
    );
    expect(summary(findings)).toEqual([
      '28:5 T-TAKEOVER TOP threat T-TAKEOVER (Account takeover) has security events to raise, but none is implemented or in the backlog: EV-LOGIN-FAIL (authn_login_fail) and EV-INPUT-FAIL (input_validation_fail)',
    ]);
    expect(findings[0]?.hint).toContain(
      'Under events: write EV-LOGIN-FAIL: { status: planned, backlog: ["#N"] } and EV-INPUT-FAIL: { status: planned, backlog: ["#N"] }',
    );
  });

  it('fires for a threat the model decided on, at its decision, and counts only model references without a backlog', () => {
    const text =
      'threats:\n  - { id: SQLI@orders-db, status: mitigated }\nevents:\n  EV-LOGIN-FAIL: { status: implemented }\n';
    const findings = run(text);
    expect(summary(findings)).toEqual([
      '28:5 SQLI@orders-db TOP threat SQLI@orders-db (SQL injection) has security events to raise, but none is implemented or in the backlog: EV-INPUT-FAIL (input_validation_fail)',
    ]);
    expect(findings[0]?.hint).toMatch(
      / No backlog was read in this run, so only backlog: references in the model count\.$/,
    );
  });

  it('stays quiet when an event is implemented, not applicable, or in the backlog from either side', () => {
    const text =
      'events:\n  EV-LOGIN-FAIL: { status: implemented }\n  EV-INPUT-FAIL: { status: planned, backlog: ["#3"] }\n';
    expect(run(text, [])).toEqual([]);
    const notApplicable = 'events:\n  EV-LOGIN-FAIL: { status: not-applicable, reason: the IdP raises it }\n';
    expect(run(notApplicable, [item('#4', { body: 'Raise EV-INPUT-FAIL on rejected input.' })])).toEqual([]);
    expect(run('', [item('#5', { labels: ['event:EV-LOGIN-FAIL', 'event:EV-INPUT-FAIL'] })])).toEqual([]);
  });

  it('stays quiet for threats that are not TOP, have no events, or do not apply', () => {
    const text = `threats:
  - { id: T-COUPON, title: Coupon abuse, stride: [T], target: shop, events: [EV-INPUT-FAIL] }
  - { id: T-SCRAPE, title: Scraping, stride: [I], target: shop, top: true }
  - { id: SQLI@orders-db, status: not-applicable, reason: no SQL built from input }
events:
  EV-LOGIN-FAIL: { status: implemented }
`;
    expect(run(text, [])).toEqual([]);
  });

  it('stays quiet without a knowledge base', () => {
    const context = buildContext({ items: [] });
    delete context.knowledge;
    expect(ta501ThreatEventsUnplanned.run(context)).toEqual([]);
  });
});
