import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { ta203StoryWithoutClause } from '../../../src/core/checks/ta203-story-without-clause.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(items: BacklogItem[], modelText = miniModelText) {
  return ta203StoryWithoutClause.run(buildContext({ modelText, items }));
}

const rule = '(WITHOUT in capitals; the clause runs to the end of its sentence)';

describe('TA203 a story linked to a threat has no WITHOUT clause', () => {
  it('has its catalogue entry', () => {
    expect(ta203StoryWithoutClause).toMatchObject({ id: 'TA203', defaultSeverity: 'warning' });
  });

  describe('fires', () => {
    it('proposes the title extended with the threat type’s phrase for an "As a …" story', () => {
      const findings = run([
        item('#7', {
          title: 'As a shopper I want to log in.',
          type: 'story',
          labels: ['threat:SPOOF-USER@shop'],
          url: 'https://github.com/northwind/shop/issues/7',
        }),
      ]);
      expect(findings).toEqual([
        {
          message: 'story #7 is linked to threat SPOOF-USER@shop but has no WITHOUT clause',
          location: { backlogItem: { id: '#7', url: 'https://github.com/northwind/shop/issues/7' } },
          hint: `Say what must not happen ${rule}: change the title of #7 to "As a shopper I want to log in, WITHOUT someone else logging in as me", or add to its body: "This story must be done WITHOUT someone else logging in as me." This is the phrase mini@1.0.0 gives for SPOOF-USER, the type of SPOOF-USER@shop; reword it in the story's terms.`,
          subject: '#7',
        },
      ]);
    });

    it('proposes a sentence for the body when the title is not in the "As a …" form', () => {
      const modelText = `${miniModelText}stories:
  - { backlog: "AB#8", threats: [SQLI@orders-db] }
`;
      expect(run([item('AB#8', { title: 'Order history page', labels: ['User Story'] })], modelText)).toEqual(
        [
          {
            message: 'story AB#8 is linked to threat SQLI@orders-db but has no WITHOUT clause',
            location: { backlogItem: { id: 'AB#8' } },
            hint: `Say what must not happen ${rule}: add to the body of AB#8: "This story must be done WITHOUT someone reading other customers' orders." This is the phrase mini@1.0.0 gives for SQLI, the type of SQLI@orders-db; reword it in the story's terms.`,
            subject: 'AB#8',
          },
        ],
      );
    });

    it('lists several threats in model order and takes the phrase of the first that has one', () => {
      const [finding] = run([
        item('#9', {
          title: `As a shopper I want ${'a very '.repeat(20)}fast shop`,
          body: 'Touches SQLI@orders-db and HIGH-TIER@shop.',
        }),
      ]);
      expect(finding?.message).toBe(
        'story #9 is linked to threats HIGH-TIER@shop and SQLI@orders-db but has no WITHOUT clause',
      );
      // The title is too long to propose in full: the hint proposes a sentence for the body.
      expect(finding?.hint).toBe(
        `Say what must not happen ${rule}: add to the body of #9: "This story must be done WITHOUT someone reading other customers' orders." This is the phrase mini@1.0.0 gives for SQLI, the type of SQLI@orders-db; reword it in the story's terms.`,
      );
    });

    it('asks for a clause in the story’s own words when no linked threat has a phrase', () => {
      const modelText = `${miniModelText}threats:
  - { id: T-COUPON-ABUSE, title: Coupon abuse, stride: [T], target: shop }
`;
      expect(
        run([item('#10', { title: 'As a shopper I use coupons', body: 'See T-COUPON-ABUSE.' })], modelText),
      ).toEqual([
        {
          message: 'story #10 is linked to threat T-COUPON-ABUSE but has no WITHOUT clause',
          location: { backlogItem: { id: '#10' } },
          hint: `Add to the body of #10 a sentence that says what threat T-COUPON-ABUSE (Coupon abuse) must not achieve ${rule}: "This story must be done WITHOUT …".`,
          subject: '#10',
        },
      ]);
    });
  });

  describe('stays quiet', () => {
    it('when the story has a WITHOUT clause, in its title or its body', () => {
      expect(
        run([
          item('#20', {
            title: 'As a shopper I log in, WITHOUT someone else logging in as me',
            labels: ['threat:SPOOF-USER@shop'],
          }),
          item('#21', {
            title: 'As a shopper I see my orders',
            body: 'WITHOUT anyone else seeing them. SQLI@orders-db',
          }),
        ]),
      ).toEqual([]);
    });

    it('for items that are not stories, even when linked to a threat', () => {
      expect(
        run([
          item('#22', { title: 'Bind query parameters', type: 'task', labels: ['threat:SQLI@orders-db'] }),
          item('#23', { title: 'Fix login', type: 'bug', body: 'SPOOF-USER@shop' }),
        ]),
      ).toEqual([]);
    });

    it('for stories linked to no threat, only to a mitigation, or to a threat id that does not exist', () => {
      const modelText = `${miniModelText}stories:
  - { backlog: "#26", threats: [NOPE@shop] }
`;
      expect(
        run(
          [
            item('#24', { title: 'As a shopper I browse' }),
            item('#25', { title: 'As a shopper I log in', labels: ['mitigation:M-MFA'] }),
            item('#26', { title: 'As a shopper I pay', type: 'story' }),
          ],
          modelText,
        ),
      ).toEqual([]);
    });

    it('for stories closed as won’t do', () => {
      expect(
        run([item('#27', { title: 'As a shopper I log in', status: 'wont-do', body: 'SPOOF-USER@shop' })]),
      ).toEqual([]);
    });

    it('without a backlog or without a knowledge base', () => {
      const context = buildContext({
        items: [item('#28', { title: 'As a shopper I log in SPOOF-USER@shop' })],
      });
      const { alignment: _alignment, ...noBacklog } = context;
      const { knowledge: _knowledge, ...noKnowledge } = context;
      expect(ta203StoryWithoutClause.run(noBacklog)).toEqual([]);
      expect(ta203StoryWithoutClause.run(noKnowledge)).toEqual([]);
      expect(ta203StoryWithoutClause.run(context)).toHaveLength(1);
    });
  });
});
