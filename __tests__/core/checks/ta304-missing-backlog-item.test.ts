import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta304MissingBacklogItem } from '../../../src/core/checks/ta304-missing-backlog-item.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(extra: string, items?: BacklogItem[]): FindingDraft[] {
  const context = buildContext({
    modelText: `${miniModelText}${extra}`,
    aliases: ['northwind/shop'],
    ...(items ? { items } : {}),
  });
  return ta304MissingBacklogItem.run(context);
}

const summary = (findings: FindingDraft[]): string[] =>
  findings.map((f) => {
    const at = f.location as { line: number; column: number };
    return `${at.line}:${at.column} ${f.subject} ${f.message}`;
  });

describe('TA304 the model links to a backlog item that does not exist', () => {
  const everywhere = `requirements:
  - { id: SR-1, text: Orders are stored safely, backlog: ["#4", "northwind/shop#40"] }
threats:
  - { id: SQLI@orders-db, status: open, backlog: ["#41"] }
mitigations:
  M-PARAM: { status: planned, backlog: ["#2", "https://github.com/northwind/shop/issues/42"] }
  M-TLS: { status: planned, except: { browse: { status: planned, backlog: ["#43"] } } }
events:
  EV-LOGIN-FAIL: { status: planned, backlog: ["#44"] }
stories:
  - { backlog: "#45", threats: [SPOOF-USER@shop] }
`;

  it('fires at every backlog: reference of the model that names no item of this backlog', () => {
    const findings = run(everywhere, [item('#2'), item('#4')]);
    expect(summary(findings)).toEqual([
      '32:47 M-PARAM:https://github.com/northwind/shop/issues/42 mitigations.M-PARAM.backlog[1]: "https://github.com/northwind/shop/issues/42" (#42) is not an item of the backlog read from test',
      '33:76 M-TLS:#43 mitigations.M-TLS.except.browse.backlog[0]: "#43" is not an item of the backlog read from test',
      '28:65 SR-1:northwind/shop#40 requirements[0].backlog[1]: "northwind/shop#40" (#40) is not an item of the backlog read from test',
      '30:51 SQLI@orders-db:#41 threats[0].backlog[0]: "#41" is not an item of the backlog read from test',
      '35:47 EV-LOGIN-FAIL:#44 events.EV-LOGIN-FAIL.backlog[0]: "#44" is not an item of the backlog read from test',
      '37:16 story:#45 stories[0].backlog: "#45" is not an item of the backlog read from test',
    ]);
    expect(findings[0]?.hint).toBe(
      'Write the reference of an item that exists (#N), or remove this one if the item was deleted; an item of another repository is written owner/repo#N.',
    );
  });

  it('fires for AB#N references and Azure Boards URLs when the backlog is Azure Boards, and says so in the hint', () => {
    const text = `mitigations:
  M-PARAM: { status: planned, backlog: ["AB#1", "AB#2", "https://dev.azure.com/org/proj/_workitems/edit/5", "#3"] }
`;
    const findings = run(text, [item('AB#1')]);
    expect(summary(findings)).toEqual([
      '28:49 M-PARAM:AB#2 mitigations.M-PARAM.backlog[1]: "AB#2" is not an item of the backlog read from test',
      '28:57 M-PARAM:https://dev.azure.com/org/proj/_workitems/edit/5 mitigations.M-PARAM.backlog[2]: "https://dev.azure.com/org/proj/_workitems/edit/5" (AB#5) is not an item of the backlog read from test',
    ]);
    expect(findings[0]?.hint).toContain('(AB#N)');
  });

  it('fires for keys and browse URLs of the Jira project the backlog reads, not for other projects or #N', () => {
    const text = `mitigations:
  M-PARAM: { status: planned, backlog: ["SHOP-1", "SHOP-2", "https://northwind.atlassian.net/browse/SHOP-5", "OPS-3", "#3"] }
`;
    const findings = run(text, [item('SHOP-1')]);
    expect(findings.map((f) => f.subject)).toEqual([
      'M-PARAM:SHOP-2',
      'M-PARAM:https://northwind.atlassian.net/browse/SHOP-5',
    ]);
    expect(findings[1]?.message).toContain('(SHOP-5)');
    expect(findings[0]?.hint).toContain('(SHOP-N)');
  });

  it('fires for #N references with an empty backlog, and for qualified ids the backlog itself uses', () => {
    const text =
      'mitigations:\n  M-PARAM: { status: planned, backlog: ["#7", "AB#7", "partner/api#8", "partner/api#9"] }\n';
    expect(run(text, []).map((f) => f.subject)).toEqual(['M-PARAM:#7']);
    expect(run(text, [item('partner/api#8')]).map((f) => f.subject)).toEqual([
      'M-PARAM:#7',
      'M-PARAM:partner/api#9',
    ]);
  });

  it('stays quiet when every reference names an item, written in any form', () => {
    const text = `mitigations:
  M-PARAM: { status: planned, backlog: ["#2", "northwind/shop#3", "https://github.com/northwind/shop/issues/4", "https://tracker.example/T-5"] }
`;
    const items = [
      item('#2'),
      item('#3', { status: 'done' }),
      item('#4', { status: 'wont-do' }),
      item('#5', { url: 'https://tracker.example/T-5' }),
    ];
    expect(run(text, items)).toEqual([]);
  });

  it('stays quiet about references this backlog cannot know: other repositories and foreign URLs', () => {
    const text = `mitigations:
  M-PARAM: { status: planned, backlog: ["other/repo#3", "https://github.com/other/repo/issues/4", "https://jira.example/browse/SEC-1"] }
`;
    expect(run(text, [item('#1')])).toEqual([]);
    // #N means a GitHub issue, which an Azure Boards backlog does not hold.
    expect(run('mitigations:\n  M-PARAM: { status: planned, backlog: ["#3"] }\n', [item('AB#1')])).toEqual(
      [],
    );
  });

  it('stays quiet without a backlog', () => {
    expect(run(everywhere)).toEqual([]);
  });
});
