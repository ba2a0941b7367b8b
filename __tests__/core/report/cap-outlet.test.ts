import { capErrorsFirst, capPerSeverity, errorsFirst } from '../../../src/core/report/cap-outlet.js';
import type { Severity } from '../../../src/core/findings/finding.js';

const entries = (spec: string): { id: string; severity: Severity }[] =>
  spec.split('').map((c, i) => ({
    id: `${c}${i}`,
    severity: c === 'e' ? 'error' : c === 'w' ? 'warning' : 'note',
  }));
const severityOf = (e: { severity: Severity }): Severity => e.severity;

describe('capped outlets', () => {
  it('take errors first, keeping the order within a severity', () => {
    expect(errorsFirst(entries('nwenwe'), severityOf).map((e) => e.id)).toEqual([
      'e2',
      'e5',
      'w1',
      'w4',
      'n0',
      'n3',
    ]);
  });

  it('never leave out an error while there is room, wherever it stands (the example had its only error at 51)', () => {
    const many = entries(`${'w'.repeat(60)}e${'n'.repeat(20)}`);
    const { kept, left } = capErrorsFirst(many, severityOf, 50);
    expect(kept[0]?.severity).toBe('error');
    expect(kept).toHaveLength(50);
    expect(left).toBe(31);
  });

  it('cap per severity as GitHub displays workflow annotations, keeping room for one "N more" notice', () => {
    const many = entries(`${'n'.repeat(30)}${'w'.repeat(30)}${'e'.repeat(12)}`);
    const { kept, left } = capPerSeverity(many, severityOf, 10, true);
    const count = (s: Severity): number => kept.filter((e) => e.severity === s).length;
    expect([count('error'), count('warning'), count('note')]).toEqual([10, 10, 9]);
    expect(left).toBe(72 - 29);
    expect(capPerSeverity(entries('eeww'), severityOf, 10, true)).toEqual({ kept: entries('eeww'), left: 0 });
  });

  it('for every mix, never leave out an error while fewer errors than the cap exist', () => {
    for (let errors = 0; errors <= 12; errors += 3)
      for (let others = 0; others <= 80; others += 20) {
        const mix = entries(`${'w'.repeat(others)}${'e'.repeat(errors)}${'n'.repeat(others)}`);
        for (const capped of [capErrorsFirst(mix, severityOf, 10), capPerSeverity(mix, severityOf, 10, true)])
          expect(capped.kept.filter((e) => e.severity === 'error')).toHaveLength(Math.min(errors, 10));
      }
  });
});
