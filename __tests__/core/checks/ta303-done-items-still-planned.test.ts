import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta303DoneItemsStillPlanned } from '../../../src/core/checks/ta303-done-items-still-planned.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(mitigations: string, items?: BacklogItem[]): FindingDraft[] {
  const modelText = `${miniModelText}mitigations:\n${mitigations}`;
  return ta303DoneItemsStillPlanned.run(
    buildContext({ modelText, profile: 'top', ...(items ? { items } : {}) }),
  );
}

const summary = (findings: FindingDraft[]): string[] =>
  findings.map((f) => {
    const at = f.location as { line: number; column: number };
    return `${at.line}:${at.column} ${f.subject} ${f.message}`;
  });

describe('TA303 all backlog items of a mitigation are done but the model still says planned or in progress', () => {
  it('fires at the status when the one item of a planned mitigation is done', () => {
    const findings = run('  M-PARAM: { status: planned, backlog: ["#2"] }\n', [
      item('#2', { title: 'Use bound parameters', status: 'done' }),
    ]);
    expect(summary(findings)).toEqual([
      '28:22 M-PARAM mitigation M-PARAM (Parameterized queries) is still planned in the model, but its backlog item is done: #2 "Use bound parameters"',
    ]);
    expect(findings[0]?.hint).toBe(
      'If M-PARAM is in place, write status: implemented for it under mitigations:; if work remains, open an item for it and add it to backlog:.',
    );
  });

  it('fires when every item linked from either side is done, leaving out items closed as won’t do', () => {
    const findings = run('  M-MFA: { status: in-progress, backlog: ["#2"] }\n', [
      item('#2', { title: 'Add a second factor', status: 'done' }),
      item('#3', { title: 'TOTP for staff', labels: ['mitigation:M-MFA'], status: 'done' }),
      item('#4', { title: 'SMS codes', body: 'M-MFA by SMS', status: 'wont-do' }),
    ]);
    expect(summary(findings)).toEqual([
      '28:20 M-MFA mitigation M-MFA (Multi-factor authentication) is still in-progress in the model, but its backlog items are all done: #2 "Add a second factor" and #3 "TOTP for staff" (#4 closed as won\'t do)',
    ]);
  });

  it('fires for a mitigation out of the profile’s scope', () => {
    expect(
      summary(run('  M-TLS: { status: planned }\n', [item('#1', { body: 'M-TLS', status: 'done' })])),
    ).toEqual([
      '28:20 M-TLS mitigation M-TLS (TLS) is still planned in the model, but its backlog item is done: #1 "Item #1"',
    ]);
  });

  it('stays quiet while one item is open, and when every item was closed as won’t do', () => {
    const text = '  M-PARAM: { status: planned, backlog: ["#1", "#2"] }\n';
    expect(run(text, [item('#1', { status: 'done' }), item('#2')])).toEqual([]);
    expect(run(text, [item('#1', { status: 'wont-do' }), item('#2', { status: 'wont-do' })])).toEqual([]);
  });

  it('stays quiet when no item of the backlog carries the mitigation', () => {
    expect(
      run('  M-PARAM: { status: planned, backlog: ["#9"] }\n', [item('#1', { status: 'done' })]),
    ).toEqual([]);
  });

  it('judges the mitigation-wide status by its own items, not by those of an exception', () => {
    const text =
      '  M-MFA: { status: planned, backlog: ["#1"], except: { back-office: { status: implemented, backlog: ["#2"] } } }\n';
    expect(run(text, [item('#1'), item('#2', { status: 'done' })])).toEqual([]);
    expect(summary(run(text, [item('#1', { status: 'done' }), item('#2')]))).toEqual([
      '28:20 M-MFA mitigation M-MFA (Multi-factor authentication) is still planned in the model, but its backlog item is done: #1 "Item #1"',
    ]);
  });

  it('stays quiet for other statuses, and without a backlog', () => {
    const done = [item('#1', { status: 'done' })];
    expect(run('  M-PARAM: { status: implemented, backlog: ["#1"] }\n', done)).toEqual([]);
    expect(run('  M-PARAM: { status: proposed, backlog: ["#1"] }\n', done)).toEqual([]);
    expect(run('  M-PARAM: { status: planned, backlog: ["#1"] }\n')).toEqual([]);
  });
});
