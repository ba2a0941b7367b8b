import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta305RequirementUnlinked } from '../../../src/core/checks/ta305-requirement-unlinked.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(extra: string, items?: BacklogItem[]): FindingDraft[] {
  const context = buildContext({ modelText: `${miniModelText}${extra}`, ...(items ? { items } : {}) });
  return ta305RequirementUnlinked.run(context);
}

const summary = (findings: FindingDraft[]): string[] =>
  findings.map((f) => {
    const at = f.location as { line: number; column: number };
    return `${at.line}:${at.column} ${f.subject} ${f.message}`;
  });

describe('TA305 a security requirement is linked to no mitigation and no backlog item', () => {
  const requirements = `requirements:
  - { id: SR-1, text: Orders are stored safely }
  - { id: SR-2, text: Queries never run input as code, mitigations: [M-PARAM] }
  - { id: SR-3, text: Staff use a second factor, backlog: ["#4"] }
  - { id: SR-4, text: Shoppers can see who logged in to their account }
  - { id: SR-5, text: Failed logins are alerted on, mitigations: [] }
stories:
  - { backlog: "#7", requirements: [SR-4] }
`;

  it('fires at the requirement’s id when neither side links it', () => {
    const findings = run(requirements, [item('#9', { body: 'Covers SR-3.' })]);
    expect(summary(findings)).toEqual([
      '28:11 SR-1 requirement SR-1 "Orders are stored safely" is linked to no mitigation and no backlog item',
      '32:11 SR-5 requirement SR-5 "Failed logins are alerted on" is linked to no mitigation and no backlog item',
    ]);
    expect(findings[0]?.hint).toBe(
      'On SR-1 under requirements, write mitigations: [M-…] (the mitigation types that realise it) and backlog: ["#N"] (the item that carries its work), or write SR-1 in that item\'s title or body.',
    );
  });

  it('stays quiet when an item names the requirement, or a story of the model lists it', () => {
    const items = [
      item('#9', { title: 'Encrypt orders', body: 'For SR-1.' }),
      item('#10', { labels: ['requirement:SR-5'] }),
    ];
    expect(run(requirements, items)).toEqual([]);
  });

  it('counts only the model’s references without a backlog, and says so', () => {
    const findings = run(requirements);
    expect(findings.map((f) => f.subject)).toEqual(['SR-1', 'SR-5']);
    expect(findings[0]?.hint).toMatch(
      / No backlog was read in this run, so only backlog: references in the model count\.$/,
    );
  });

  it('runs on the model alone, and cuts a long requirement text at 120 characters', () => {
    const text = `Every order ${'is kept safe and '.repeat(10)}sound`;
    const context = buildContext({
      modelText: `${miniModelText}requirements:\n  - { id: SR-9, text: ${text} }\n`,
    });
    delete context.knowledge;
    expect(summary(ta305RequirementUnlinked.run(context))).toEqual([
      `28:11 SR-9 requirement SR-9 "${text.slice(0, 120)}…" is linked to no mitigation and no backlog item`,
    ]);
  });

  it('stays quiet for a model without requirements', () => {
    expect(run('', [])).toEqual([]);
  });
});
