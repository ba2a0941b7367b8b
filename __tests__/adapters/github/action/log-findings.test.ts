import type { Analysis } from '../../../../src/core/analyse.js';
import type { Finding } from '../../../../src/core/findings/finding.js';
import { logFindings } from '../../../../src/adapters/github/action/log-findings.js';
import { failureOf } from '../../../../src/adapters/github/action/action-report.js';
import { judgeRun } from '../../../../src/app/verdict.js';
import { countsInWords } from '../../../../src/core/report/counts-in-words.js';

/** The action's log: the counts in words, and the most severe findings in one collapsible group. */

function finding(severity: Finding['severity'], n: number): Finding {
  return {
    check: severity === 'error' ? 'TA304' : 'TA205',
    severity,
    message: `finding ${n}`,
    location:
      n % 2 === 0 ? { file: 'threatmodel.yaml', line: n, column: 3 } : { backlogItem: { id: `#${n}` } },
    hint: '',
    subject: `s${n}`,
  };
}

function analysis(findings: Finding[]): Analysis {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    counts: { error: count('error'), warning: count('warning'), note: count('note'), total: findings.length },
  } as unknown as Analysis;
}

function record(analysed: Analysis) {
  const lines: string[] = [];
  logFindings(analysed, 'threatmodel.yaml', {
    info: (m) => lines.push(m),
    startGroup: (name) => lines.push(`::group::${name}`),
    endGroup: () => lines.push('::endgroup::'),
  });
  return lines;
}

describe('countsInWords', () => {
  it.each([
    [{ error: 0, warning: 0, note: 0 }, 'no findings'],
    [{ error: 1, warning: 0, note: 0 }, '1 error'],
    [{ error: 0, warning: 2, note: 1 }, '2 warnings and 1 note'],
    [{ error: 1, warning: 85, note: 21 }, '1 error, 85 warnings and 21 notes'],
  ])('%j → %s', (counts, words) => {
    expect(countsInWords(counts)).toBe(words);
  });
});

describe('the action log', () => {
  it('names the most severe findings first, ten of them, in one group', () => {
    const findings = [
      ...Array.from({ length: 11 }, (_, i) => finding('warning', i + 1)),
      finding('note', 40),
      finding('error', 50),
    ];
    const lines = record(analysis(findings));
    expect(lines[0]).toBe('threat-align: 1 error, 11 warnings and 1 note in threatmodel.yaml.');
    expect(lines[1]).toBe(
      '::group::The first 10 of 13 findings, most severe first (the job summary has them all)',
    );
    expect(lines[2]).toBe('threatmodel.yaml:50:3: error TA304: finding 50');
    expect(lines[3]).toBe('backlog #1: warning TA205: finding 1');
    expect(lines[4]).toBe('threatmodel.yaml:2:3: warning TA205: finding 2');
    expect(lines).toHaveLength(13);
    expect(lines.at(-1)).toBe('::endgroup::');
  });

  it('one finding: singular words, and the group names it', () => {
    expect(record(analysis([finding('error', 2)]))).toEqual([
      'threat-align: 1 error in threatmodel.yaml.',
      '::group::The finding',
      'threatmodel.yaml:2:3: error TA304: finding 2',
      '::endgroup::',
    ]);
  });

  it('no finding: one line, no group', () => {
    expect(record(analysis([]))).toEqual(['threat-align: no findings in threatmodel.yaml.']);
  });

  it("the step's failure says the counts in words, with the right plurals", () => {
    const reason = failureOf(judgeRun(analysis([finding('error', 2)]), {}, { failOn: 'error' }));
    expect(reason).toContain('(1 error)');
    expect(reason).not.toContain('errors');
  });
});
