import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta302ImplementedWithOpenItems } from '../../../src/core/checks/ta302-implemented-with-open-items.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(mitigations: string, items?: BacklogItem[]): FindingDraft[] {
  const modelText = `${miniModelText}mitigations:\n${mitigations}`;
  return ta302ImplementedWithOpenItems.run(
    buildContext({ modelText, profile: 'top', ...(items ? { items } : {}) }),
  );
}

const summary = (findings: FindingDraft[]): string[] =>
  findings.map((f) => {
    const at = f.location as { line: number; column: number };
    return `${at.line}:${at.column} ${f.subject} ${f.message}`;
  });

describe('TA302 a mitigation is marked implemented but its backlog items are all open', () => {
  it('fires at the status when the one item that carries the mitigation is still open', () => {
    const findings = run('  M-PARAM: { status: implemented, backlog: ["#2"] }\n', [
      item('#2', { title: 'Use bound parameters in orders-api' }),
    ]);
    expect(summary(findings)).toEqual([
      '28:22 M-PARAM mitigation M-PARAM (Parameterized queries) is marked implemented, but its backlog item is still open: #2 "Use bound parameters in orders-api"',
    ]);
    expect(findings[0]?.hint).toBe(
      'If the work is done, close #2 as completed; if it is not, write status: in-progress for M-PARAM under mitigations: until it is.',
    );
  });

  it('fires when every item, linked from either side, is open; lists them by number, titles cut at 120 characters', () => {
    const long = `Bind parameters ${'everywhere '.repeat(20)}`;
    const findings = run(
      '  M-MFA: { status: planned }\n  M-PARAM: { status: implemented, backlog: ["#12"] }\n',
      [
        item('#12', { title: 'Bind parameters' }),
        item('#3', { title: long, labels: ['mitigation:M-PARAM'] }),
        item('#7', { title: 'MFA', body: 'M-MFA' }),
      ],
    );
    const cut = `${long.slice(0, 120)}…`;
    expect(summary(findings)).toEqual([
      `29:22 M-PARAM mitigation M-PARAM (Parameterized queries) is marked implemented, but its backlog items are all still open: #3 "${cut}" and #12 "Bind parameters"`,
    ]);
    expect(findings[0]?.hint).toMatch(/^If the work is done, close #3 and #12 as completed;/);
  });

  it('fires for a mitigation out of the profile’s scope, and for one the knowledge base does not know', () => {
    const findings = run(
      '  M-TLS: { status: implemented, backlog: ["#1"] }\n  M-CUSTOM: { status: implemented }\n',
      [item('#1'), item('#2', { title: 'Custom control', labels: ['mitigation:M-CUSTOM'] })],
    );
    expect(summary(findings)).toEqual([
      '28:20 M-TLS mitigation M-TLS (TLS) is marked implemented, but its backlog item is still open: #1 "Item #1"',
      '29:23 M-CUSTOM mitigation M-CUSTOM is marked implemented, but its backlog item is still open: #2 "Custom control"',
    ]);
  });

  it('stays quiet when one item is done or closed as won’t do', () => {
    const text = '  M-PARAM: { status: implemented, backlog: ["#1", "#2"] }\n';
    expect(run(text, [item('#1'), item('#2', { status: 'done' })])).toEqual([]);
    expect(run(text, [item('#1'), item('#2', { status: 'wont-do' })])).toEqual([]);
  });

  it('stays quiet when the items are not in the backlog, or none carries the mitigation', () => {
    expect(
      run('  M-PARAM: { status: implemented, backlog: ["#8", "other/repo#3"] }\n', [item('#1')]),
    ).toEqual([]);
    expect(run('  M-PARAM: { status: implemented }\n', [item('#1')])).toEqual([]);
  });

  it('stays quiet about the open items of an exception that is not implemented', () => {
    const text =
      '  M-MFA: { status: implemented, except: { back-office: { status: planned, backlog: ["#6"] } } }\n';
    expect(run(text, [item('#6'), item('#7', { body: 'M-MFA', status: 'done' })])).toEqual([]);
    expect(run(text, [item('#6')])).toEqual([]);
  });

  it('stays quiet when the mitigation is not marked implemented, and without a backlog', () => {
    expect(run('  M-PARAM: { status: in-progress, backlog: ["#1"] }\n', [item('#1')])).toEqual([]);
    expect(run('  M-PARAM: { status: implemented, backlog: ["#1"] }\n')).toEqual([]);
  });
});
