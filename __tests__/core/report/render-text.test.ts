import { deriveActions } from '../../../src/core/actions/derive-actions.js';
import { renderText } from '../../../src/core/report/render-text.js';
import { wantsColor } from '../../../src/adapters/cli/node-io.js';
import { countFindings } from '../../../src/core/findings/count-findings.js';
import type { Finding } from '../../../src/core/findings/finding.js';
import { analyseExample } from '../actions/online-shop-analysis.js';

const hostile: Finding = {
  check: 'TA204',
  severity: 'warning',
  message: '#9 names M-\u001b[2J\u001b]0;pwned\u0007X, which the model does not have',
  hint: 'Remove it\r\u001b[1A',
  subject: '#9:M-X',
  location: { backlogItem: { id: '#9\u001b[31m' } },
};

describe('renderText, the CLI report', () => {
  it('opens with what to do, grouped as every outlet does: Fix first with hints, then the other actions; then the threats and each finding', async () => {
    const analysis = await analyseExample();
    const { actions } = deriveActions(analysis);
    const text = renderText(analysis);
    // What to do opens the report, before the threats: the first screen of a terminal shows it.
    const fixFirst = text.indexOf(`Fix first (10 of ${actions.length} actions)`);
    expect(fixFirst).toBe(0);
    expect(text.indexOf(' threats on ')).toBeGreaterThan(fixFirst);
    expect(
      text.indexOf(
        '  1. error Fix the link to #999 on M-CSP (examples/online-shop/threatmodel.yaml:622:50; TA304)',
      ),
    ).toBeGreaterThan(fixFirst);
    expect(text.indexOf(`Other actions (${actions.length - 10})`)).toBeGreaterThan(fixFirst);
    expect(text).toContain('examples/online-shop/threatmodel.yaml:622:50: error TA304: ');
    expect(text).not.toContain('\u001b');
  }, 60_000);

  it('escapes every control character from model or backlog text, coloured or not', () => {
    for (const color of [false, true]) {
      const text = renderText(
        { findings: [hostile, { ...hostile, subject: 'other' }], counts: countFindings([hostile, hostile]) },
        { color },
      );
      // eslint-disable-next-line no-control-regex -- removing our own colours
      const withoutOwnColours = text.replace(/\u001b\[(?:0|1|2|31|33|36)m/g, '');
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(withoutOwnColours).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(withoutOwnColours).toContain('M-\\x1b[2J\\x1b]0;pwned\\x07X');
    }
  });

  it('colours severities only when asked', () => {
    const one = { findings: [hostile], counts: countFindings([hostile]) };
    expect(renderText(one, { color: true })).toContain('\u001b[33mwarning\u001b[0m');
    expect(renderText(one)).not.toContain('\u001b[33m');
  });
});

describe('wantsColor', () => {
  it('honours FORCE_COLOR, then NO_COLOR, then whether standard output is a terminal', () => {
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({ NO_COLOR: '' }, true)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor({ TERM: 'dumb' }, true)).toBe(false);
  });
});
