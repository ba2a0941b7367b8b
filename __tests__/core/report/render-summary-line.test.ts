import { countFindings } from '../../../src/core/findings/count-findings.js';
import type { Finding } from '../../../src/core/findings/finding.js';
import { renderSummaryLine } from '../../../src/core/report/render-summary-line.js';
import { analyseModel, backlogItems, hostileScenario, pullRequestScenario } from './report-scenarios.js';

const finding = (severity: Finding['severity']): Finding => ({
  check: 'TA102',
  severity,
  message: 'm',
  hint: 'h',
  subject: 's',
  location: { file: 'f', line: 1, column: 1 },
});

describe('renderSummaryLine', () => {
  it('counts findings per severity, leaving zeros out, then the threats in scope', async () => {
    const { head } = await pullRequestScenario();
    expect(renderSummaryLine(head)).toBe('2 errors · 22 threats in scope, 22 open');
    const mixed = [finding('error'), finding('warning'), finding('warning'), finding('note')];
    expect(renderSummaryLine({ ...head, counts: countFindings(mixed) })).toBe(
      '1 error, 2 warnings, 1 note · 22 threats in scope, 22 open',
    );
    expect(renderSummaryLine({ ...head, counts: countFindings([]) })).toBe(
      'No findings · 22 threats in scope, 22 open',
    );
  });

  it('on a pull request, adds the new and fixed findings', async () => {
    const { head, delta } = await pullRequestScenario();
    expect(renderSummaryLine(head, delta)).toBe('2 errors · 22 threats in scope, 22 open · 1 new, 1 fixed');
  });

  it('says when the model does not load', async () => {
    const broken = await analyseModel('schema: threat-align/v1\ncomponents: [ {', backlogItems);
    expect(renderSummaryLine(broken)).toBe('1 error · the model does not load');
  });

  it('never carries text from the backlog or the model', async () => {
    const { head, delta } = await hostileScenario();
    expect(renderSummaryLine(head, delta)).toMatch(/^[0-9a-zA-Z ,·]+$/);
  });
});
