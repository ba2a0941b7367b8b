import { catalogue } from '../../../src/core/checks/registry.js';
import { applyConfig } from '../../../src/core/config/apply-config.js';
import type { Finding } from '../../../src/core/findings/finding.js';

const finding = (check: string, subject: string): Finding => ({
  check,
  severity: 'error',
  message: `${check} about ${subject}`,
  location: { file: 'm.yaml', line: 1, column: 1 },
  hint: 'h',
  subject,
});

describe('applyConfig', () => {
  const findings = [
    finding('TA102', '/flows/0/to=webb'),
    finding('TA105', 'upgrade:core@1.1.0'),
    finding('TA104', 'pin:missing'),
  ];

  it('applies default severities, configured severities and checks turned off', () => {
    const result = applyConfig(findings, { checks: { TA102: 'warning', TA104: 'off' } }, catalogue);
    expect(result.findings.map((f) => [f.check, f.severity])).toEqual([
      ['TA102', 'warning'],
      ['TA105', 'note'],
    ]);
  });

  it('sets aside findings a suppression covers, by check and target, until it expires', () => {
    const suppression = {
      check: 'TA105',
      target: 'upgrade:core@1.1.0',
      reason: 'planned for Q3',
      expires: '2027-01-31',
    };
    const inForce = applyConfig(findings, { suppressions: [suppression] }, catalogue, '2027-01-31');
    expect(inForce.findings.map((f) => f.check)).toEqual(['TA102', 'TA104']);
    expect(inForce.suppressed.map((s) => [s.finding.check, s.suppression.reason])).toEqual([
      ['TA105', 'planned for Q3'],
    ]);
    const expired = applyConfig(findings, { suppressions: [suppression] }, catalogue, '2027-02-01');
    expect(expired.findings.map((f) => f.check)).toEqual(['TA102', 'TA105', 'TA104']);
    expect(expired.suppressed).toEqual([]);
  });

  it('does not suppress a finding of another check or another target', () => {
    const result = applyConfig(
      findings,
      { suppressions: [{ check: 'TA102', target: 'web', reason: 'r' }] },
      catalogue,
    );
    expect(result.suppressed).toEqual([]);
  });
});
