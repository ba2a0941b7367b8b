import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import type { Profile } from '../../../src/core/expand/expansion.js';
import { ta202ThreatWithoutStory } from '../../../src/core/checks/ta202-threat-without-story.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(options: { items?: BacklogItem[]; modelText?: string; profile?: Profile }) {
  return ta202ThreatWithoutStory.run(
    buildContext({ items: options.items ?? [], modelText: options.modelText ?? miniModelText, ...options }),
  );
}

const file = 'threatmodel.yaml';
const sqliHint = (decision: string): string =>
  `Link the user story this threat endangers: add the label threat:SQLI@orders-db to it, or write SQLI@orders-db in its body, or list it under stories: in the model: - { backlog: "#123", threats: [SQLI@orders-db] } (with the story's id). If no story covers it yet, write one with a WITHOUT clause such as "… WITHOUT someone reading other customers' orders."; if the threat does not apply, ${decision}.`;

describe('TA202 a TOP or high-severity threat is linked to no story', () => {
  it('has its catalogue entry', () => {
    expect(ta202ThreatWithoutStory).toMatchObject({ id: 'TA202', defaultSeverity: 'warning' });
  });

  describe('fires', () => {
    it('on every TOP threat in scope that no story links to, at the threat’s element', () => {
      const findings = run({ profile: 'top' });
      expect(findings.map((f) => f.subject)).toEqual([
        'SPOOF-USER@shop',
        'SPOOF-USER@back-office',
        'SQLI@orders-db',
      ]);
      expect(findings[2]).toEqual({
        message: 'threat SQLI@orders-db (SQL injection; TOP, severity high) is linked to no user story',
        location: { file, line: 18, column: 11, endLine: 18, endColumn: 20 },
        hint: sqliHint('write threats: [{ id: SQLI@orders-db, status: not-applicable, reason: … }]'),
        subject: 'SQLI@orders-db',
      });
    });

    it('on a critical threat that is not TOP, with a hint that has no phrase to offer', () => {
      const findings = run({ profile: 'full' }).filter((f) => f.subject === 'SENSITIVE@orders-api');
      expect(findings).toEqual([
        {
          message:
            'threat SENSITIVE@orders-api (Sensitive data; severity critical) is linked to no user story',
          location: { file, line: 17, column: 11, endLine: 17, endColumn: 21 },
          hint: 'Link the user story this threat endangers: add the label threat:SENSITIVE@orders-api to it, or write SENSITIVE@orders-api in its body, or list it under stories: in the model: - { backlog: "#123", threats: [SENSITIVE@orders-api] } (with the story\'s id). If no story covers it yet, write one with a WITHOUT clause that says what this threat must not achieve; if the threat does not apply, write threats: [{ id: SENSITIVE@orders-api, status: not-applicable, reason: … }].',
          subject: 'SENSITIVE@orders-api',
        },
      ]);
    });

    it('when only tasks or stories closed as won’t do link to the threat, and says so', () => {
      const findings = run({
        profile: 'top',
        items: [
          item('#51', { title: 'Bind parameters', body: 'For SQLI@orders-db.' }),
          item('#52', { title: 'Review queries', labels: ['threat:SQLI@orders-db'] }),
          item('#12', { title: 'As a shopper I log in', type: 'story', status: 'wont-do' }),
          item('#13', { title: 'As an administrator I log in', labels: ['threat:SPOOF-USER@shop'] }),
        ],
        modelText: `${miniModelText}stories:
  - { backlog: "#12", threats: [SPOOF-USER@back-office] }
`,
      });
      expect(findings.map((f) => f.message)).toEqual([
        "threat SPOOF-USER@back-office (User spoofing; TOP, severity high) is linked to no user story: its story #12 is closed as won't do",
        'threat SQLI@orders-db (SQL injection; TOP, severity high) is linked to no user story: #51 and #52 link to it but none of them is a story',
      ]);
    });

    it('at the threat’s decision when the model has one, and on accepted risks too', () => {
      const modelText = `${miniModelText}threats:
  - { id: SQLI@orders-db, status: accepted-risk, reason: Read-only replica }
`;
      expect(run({ profile: 'top', modelText }).filter((f) => f.subject === 'SQLI@orders-db')).toEqual([
        {
          message: 'threat SQLI@orders-db (SQL injection; TOP, severity high) is linked to no user story',
          location: { file, line: 28, column: 5, endLine: 28, endColumn: 77 },
          hint: sqliHint('set status: not-applicable and reason: … on its entry under threats:'),
          subject: 'SQLI@orders-db',
        },
      ]);
    });

    it('on a TOP threat written by hand, and asks for a new entry when threats: exists', () => {
      const modelText = `${miniModelText}threats:
  - { id: T-COUPON-ABUSE, title: Coupon abuse, stride: [T], target: shop, top: true, severity: low }
`;
      const findings = run({ profile: 'top', modelText });
      expect(findings.find((f) => f.subject === 'T-COUPON-ABUSE')).toEqual({
        message: 'threat T-COUPON-ABUSE (Coupon abuse; TOP, severity low) is linked to no user story',
        location: { file, line: 28, column: 5, endLine: 28, endColumn: 101 },
        hint: 'Link the user story this threat endangers: add the label threat:T-COUPON-ABUSE to it, or write T-COUPON-ABUSE in its body, or list it under stories: in the model: - { backlog: "#123", threats: [T-COUPON-ABUSE] } (with the story\'s id). If no story covers it yet, write one with a WITHOUT clause that says what this threat must not achieve; if the threat does not apply, set status: not-applicable and reason: … on its entry under threats:.',
        subject: 'T-COUPON-ABUSE',
      });
      expect(findings.find((f) => f.subject === 'SQLI@orders-db')?.hint).toBe(
        sqliHint('add - { id: SQLI@orders-db, status: not-applicable, reason: … } under threats:'),
      );
    });
  });

  describe('stays quiet', () => {
    it('when a story links to the threat: by label, by id in its text, or from the model', () => {
      const findings = run({
        profile: 'top',
        items: [
          item('#60', { title: 'As a shopper I log in', labels: ['threat:SPOOF-USER@shop'] }),
          item('#61', { title: 'Back office', type: 'story', body: 'Against SPOOF-USER@back-office.' }),
          item('#62', { title: 'Orders', labels: ['story'] }),
        ],
        modelText: `${miniModelText}stories:
  - { backlog: "#62", threats: [SQLI@orders-db] }
`,
      });
      expect(findings).toEqual([]);
    });

    it('for a threat that does not apply', () => {
      const modelText = `${miniModelText}threats:
  - { id: SQLI@orders-db, status: not-applicable, reason: No SQL is built from input }
`;
      expect(run({ profile: 'top', modelText }).map((f) => f.subject)).not.toContain('SQLI@orders-db');
    });

    it('for threats neither TOP nor high, and for threats out of the profile’s scope', () => {
      const full = run({ profile: 'full' }).map((f) => f.subject);
      expect(full).toEqual([
        'SPOOF-USER@shop',
        'SPOOF-USER@back-office',
        'SENSITIVE@orders-api',
        'SQLI@orders-db',
        'SENSITIVE@orders-db',
      ]);
      expect(run({ profile: 'top' }).map((f) => f.subject)).not.toContain('SENSITIVE@orders-api');
    });

    it('without a backlog or without a knowledge base', () => {
      const context = buildContext({ items: [] });
      const { alignment: _alignment, ...noBacklog } = context;
      const { knowledge: _knowledge, ...noKnowledge } = context;
      expect(ta202ThreatWithoutStory.run(noBacklog)).toEqual([]);
      expect(ta202ThreatWithoutStory.run(noKnowledge)).toEqual([]);
    });
  });
});
