import { ta205ThreatUnmitigated } from '../../../src/core/checks/ta205-threat-unmitigated.js';
import type { Profile } from '../../../src/core/expand/expansion.js';
import { buildContext, miniModelText } from '../../fakes/build-context.js';

/** TA205 needs no backlog: these contexts have none. */
function run(extra = '', profile: Profile = 'top') {
  return ta205ThreatUnmitigated.run(buildContext({ modelText: `${miniModelText}${extra}`, profile }));
}

const file = 'threatmodel.yaml';
const plan = '{ status: planned, backlog: ["#123"] }';
const backlogNote = 'in the model, with the id of the backlog item that does it';

describe('TA205 a threat has no mitigation in place or planned, and no accepted risk', () => {
  it('has its catalogue entry', () => {
    expect(ta205ThreatUnmitigated).toMatchObject({ id: 'TA205', defaultSeverity: 'warning' });
  });

  describe('fires', () => {
    it('on each threat in scope whose mitigations are only proposed, at the threat’s element', () => {
      const findings = run();
      expect(findings.map((f) => f.subject)).toEqual([
        'SPOOF-USER@shop',
        'SPOOF-USER@back-office',
        'SQLI@orders-db',
      ]);
      expect(findings[2]).toEqual({
        message:
          'threat SQLI@orders-db (SQL injection) has no mitigation implemented, planned or in progress (M-PARAM proposed)',
        location: { file, line: 18, column: 11, endLine: 18, endColumn: 20 },
        hint: `Plan its mitigation M-PARAM (strong): write mitigations: { M-PARAM: ${plan} } ${backlogNote}; or record that the risk is accepted: write threats: [{ id: SQLI@orders-db, status: accepted-risk, reason: … }].`,
        subject: 'SQLI@orders-db',
      });
    });

    it('lists the mitigations strongest first and plans the strongest that may apply', () => {
      const findings = run(
        `mitigations:
  M-VALIDATE: { status: proposed }
  M-PARAM: { status: not-applicable, reason: No SQL built from input }
`,
        'full',
      );
      expect(findings.find((f) => f.subject === 'SQLI@orders-db')).toEqual({
        message:
          'threat SQLI@orders-db (SQL injection) has no mitigation implemented, planned or in progress (M-PARAM not-applicable, M-VALIDATE proposed)',
        location: { file, line: 18, column: 11, endLine: 18, endColumn: 20 },
        hint: `Plan one of its mitigations (strongest first: M-PARAM (strong), M-VALIDATE (weak)): set M-VALIDATE: ${plan} under mitigations: ${backlogNote}; or record that the risk is accepted: write threats: [{ id: SQLI@orders-db, status: accepted-risk, reason: … }].`,
        subject: 'SQLI@orders-db',
      });
    });

    it('where an exception sets another status, and asks to change the exception', () => {
      const findings = run(
        `mitigations:
  M-MFA: { status: implemented, except: { back-office: { status: proposed } } }
`,
      );
      expect(findings.map((f) => [f.subject, f.hint])).toEqual([
        [
          'SPOOF-USER@back-office',
          `Plan its mitigation M-MFA (strong): set its exception to back-office: ${plan} under mitigations: M-MFA: except: ${backlogNote}; or record that the risk is accepted: write threats: [{ id: SPOOF-USER@back-office, status: accepted-risk, reason: … }].`,
        ],
        [
          'SQLI@orders-db',
          `Plan its mitigation M-PARAM (strong): add M-PARAM: ${plan} under mitigations: ${backlogNote}; or record that the risk is accepted: write threats: [{ id: SQLI@orders-db, status: accepted-risk, reason: … }].`,
        ],
      ]);
    });

    it('on a threat marked mitigated with nothing in place, at its decision', () => {
      const findings = run(`threats:
  - { id: SQLI@orders-db, status: mitigated }
`);
      expect(findings.find((f) => f.subject === 'SQLI@orders-db')).toEqual({
        message:
          'threat SQLI@orders-db (SQL injection) is marked mitigated, but has no mitigation implemented, planned or in progress (M-PARAM proposed)',
        location: { file, line: 28, column: 5, endLine: 28, endColumn: 46 },
        hint: `Plan its mitigation M-PARAM (strong): write mitigations: { M-PARAM: ${plan} } ${backlogNote}; or record that the risk is accepted: set status: accepted-risk and reason: … on its entry under threats:.`,
        subject: 'SQLI@orders-db',
      });
    });

    it('on a threat written by hand with no mitigation listed', () => {
      const findings = run(`threats:
  - { id: T-COUPON-ABUSE, title: Coupon abuse, stride: [T], target: shop, top: true }
`);
      expect(findings.find((f) => f.subject === 'T-COUPON-ABUSE')).toEqual({
        message: 'threat T-COUPON-ABUSE (Coupon abuse) has no mitigation: none is listed for it',
        location: { file, line: 28, column: 5, endLine: 28, endColumn: 86 },
        hint: `Name how it is mitigated: list its mitigation types on its entry under threats: (mitigations: [M-…]; threat-align kb show lists them), then write mitigations: { M-…: ${plan} } ${backlogNote}; or record that the risk is accepted: set status: accepted-risk and reason: … on its entry under threats:.`,
        subject: 'T-COUPON-ABUSE',
      });
    });
  });

  describe('stays quiet', () => {
    it.each(['implemented', 'planned', 'in-progress'])('when a mitigation is %s', (status) => {
      const subjects = run(`mitigations:
  M-PARAM: { status: ${status} }
`).map((f) => f.subject);
      expect(subjects).toEqual(['SPOOF-USER@shop', 'SPOOF-USER@back-office']);
    });

    it('when the risk is accepted or the threat does not apply', () => {
      const findings = run(`threats:
  - { id: SQLI@orders-db, status: accepted-risk, reason: Replica is read-only }
  - { id: SPOOF-USER@shop, status: not-applicable, reason: No accounts }
`);
      expect(findings.map((f) => f.subject)).toEqual(['SPOOF-USER@back-office']);
    });

    it('when a mitigation outside the profile is in place', () => {
      const findings = run(`mitigations:
  M-VALIDATE: { status: implemented }
`);
      expect(findings.map((f) => f.subject)).not.toContain('SQLI@orders-db');
    });

    it('for threats out of the profile’s scope', () => {
      expect(run().map((f) => f.subject)).not.toContain('SENSITIVE@orders-db');
      expect(run('', 'full').map((f) => f.subject)).toContain('SENSITIVE@orders-db');
    });

    it('without a knowledge base', () => {
      const { knowledge: _knowledge, ...noKnowledge } = buildContext({});
      expect(ta205ThreatUnmitigated.run(noKnowledge)).toEqual([]);
    });
  });
});
