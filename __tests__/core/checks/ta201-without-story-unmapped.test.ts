import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { ta201WithoutStoryUnmapped } from '../../../src/core/checks/ta201-without-story-unmapped.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

function run(items: BacklogItem[], modelText = miniModelText) {
  return ta201WithoutStoryUnmapped.run(buildContext({ modelText, items }));
}

const genericHint = (id: string): string =>
  `Link ${id} to the threat its WITHOUT clause is about: add the label threat:THREATTYPE@element to ${id} or write the threat id in its body (or list it under stories: in the model: - { backlog: "${id}", threats: [THREATTYPE@element] }); threat-align check lists the model's threats. If none of them is what the clause is about, write that threat by hand under threats: in the model.`;

describe('TA201 a WITHOUT story is linked to no threat', () => {
  it('has its catalogue entry', () => {
    expect(ta201WithoutStoryUnmapped).toMatchObject({
      id: 'TA201',
      title: 'A WITHOUT story is linked to no threat',
      defaultSeverity: 'warning',
    });
  });

  describe('fires', () => {
    it('names the threat type the clause resembles and the one threat of that type to link', () => {
      const findings = run([
        item('#29', {
          title: 'As a shopper I want my orders kept safe, WITHOUT someone reading other customers’ orders',
          url: 'https://github.com/northwind/shop/issues/29',
        }),
      ]);
      expect(findings).toEqual([
        {
          message:
            'story #29 has a WITHOUT clause in its title, "someone reading other customers’ orders", but is linked to no threat; the clause resembles SQLI (SQL injection: "someone reading other customers\' orders") on an element that carries orders',
          location: { backlogItem: { id: '#29', url: 'https://github.com/northwind/shop/issues/29' } },
          hint: 'Add the label threat:SQLI@orders-db to #29, or write SQLI@orders-db in its body (or list it under stories: in the model: - { backlog: "#29", threats: [SQLI@orders-db] }).',
          subject: '#29',
        },
      ]);
    });

    it('offers the threat on the element the item names first, then the other threats of that type', () => {
      const findings = run([
        item('#30', {
          title: 'Staff sign-in',
          body: 'As an administrator I sign in to back-office WITHOUT somebody else logs in as me.',
        }),
        item('#31', { title: 'Sign in', body: 'I sign in WITHOUT someone else logging in as me.' }),
      ]);
      expect(findings).toEqual([
        {
          message:
            'story #30 has a WITHOUT clause in its body, "somebody else logs in as me", but is linked to no threat; the clause resembles SPOOF-USER (User spoofing: "someone else logging in as me")',
          location: { backlogItem: { id: '#30' } },
          hint: 'Add the label threat:SPOOF-USER@back-office to #30, or write SPOOF-USER@back-office in its body (or list it under stories: in the model: - { backlog: "#30", threats: [SPOOF-USER@back-office] }). SPOOF-USER also applies elsewhere: write SPOOF-USER@shop instead if the story is about that element.',
          subject: '#30',
        },
        {
          message:
            'story #31 has a WITHOUT clause in its body, "someone else logging in as me", but is linked to no threat; the clause resembles SPOOF-USER (User spoofing: "someone else logging in as me")',
          location: { backlogItem: { id: '#31' } },
          hint: 'Add the label threat:SPOOF-USER@shop to #31, or write SPOOF-USER@shop in its body (or list it under stories: in the model: - { backlog: "#31", threats: [SPOOF-USER@shop] }). SPOOF-USER also applies elsewhere: write SPOOF-USER@back-office instead if the story is about that element.',
          subject: '#31',
        },
      ]);
    });

    it('counts an element named in a label as named by the item', () => {
      const [finding] = run([
        item('#38', { title: 'Sign in WITHOUT someone else logging in as me', labels: ['area:back-office'] }),
      ]);
      expect(finding?.hint).toMatch(/^Add the label threat:SPOOF-USER@back-office to #38, /);
    });

    it('quotes the clause that resembles a threat type when a story has several', () => {
      const findings = run([
        item('#32', {
          title: 'As a shopper I want fast pages WITHOUT waiting.',
          body: 'Also WITHOUT someone else logging in as me.',
        }),
      ]);
      expect(findings.map((f) => f.message)).toEqual([
        'story #32 has a WITHOUT clause in its body, "someone else logging in as me", but is linked to no threat; the clause resembles SPOOF-USER (User spoofing: "someone else logging in as me")',
      ]);
    });

    it('gives the general hint when the clause resembles no threat type', () => {
      expect(run([item('AB#33', { title: 'Black Friday sale WITHOUT the site being slow' })])).toEqual([
        {
          message:
            'story AB#33 has a WITHOUT clause in its title, "the site being slow", but is linked to no threat',
          location: { backlogItem: { id: 'AB#33' } },
          hint: genericHint('AB#33'),
          subject: 'AB#33',
        },
      ]);
    });

    it('gives the general hint when the resembling type has no threat in the model', () => {
      const noDatabase = `schema: threat-align/v1
system: { name: No database }
knowledgeBase: { use: mini@1.0.0, profile: full }
components:
  - { id: shopper, type: external-user }
  - { id: shop, type: web-app }
flows:
  - { id: browse, from: shopper, to: shop, protocol: https }
`;
      const findings = run(
        [item('#34', { title: 'Orders WITHOUT someone reading other customers’ orders' })],
        noDatabase,
      );
      expect(findings).toEqual([
        {
          message:
            'story #34 has a WITHOUT clause in its title, "someone reading other customers’ orders", but is linked to no threat',
          location: { backlogItem: { id: '#34' } },
          hint: genericHint('#34'),
          subject: '#34',
        },
      ]);
    });

    it('cuts a long clause at 120 characters', () => {
      const clause = `nobody ${'ever '.repeat(40)}notices`;
      const [finding] = run([item('#35', { title: 'Long', body: `It works WITHOUT ${clause}.` })]);
      expect(finding?.message).toBe(
        `story #35 has a WITHOUT clause in its body, "${clause.slice(0, 120)}…", but is linked to no threat`,
      );
    });

    it('counts only links to threats that exist, not to mitigations or unknown threat ids', () => {
      const modelText = `${miniModelText}stories:
  - { backlog: "#36", threats: [NOPE@shop] }
`;
      const findings = run(
        [
          item('#36', { title: 'Checkout WITHOUT the site being slow' }),
          item('#37', { title: 'Login WITHOUT the site being slow', labels: ['mitigation:M-MFA'] }),
        ],
        modelText,
      );
      expect(findings.map((f) => f.subject)).toEqual(['#36', '#37']);
    });
  });

  describe('stays quiet', () => {
    const clause = 'As a shopper I want to log in, WITHOUT someone else logging in as me';

    it('when the story is linked to a threat from the item: label or id in its text', () => {
      expect(
        run([
          item('#40', { title: clause, labels: ['threat:SPOOF-USER@shop'] }),
          item('#41', { title: clause, body: 'Covers SPOOF-USER@back-office.' }),
        ]),
      ).toEqual([]);
    });

    it('when the model links the story: under stories: or in a threat’s backlog', () => {
      const modelText = `${miniModelText}threats:
  - { id: SQLI@orders-db, status: open, backlog: ["#43"] }
stories:
  - { backlog: "#42", threats: [SPOOF-USER@shop] }
`;
      expect(
        run([item('#42', { title: clause }), item('#43', { title: `${clause} or my orders` })], modelText),
      ).toEqual([]);
    });

    it('when the link is to a threat out of the profile’s scope', () => {
      const context = buildContext({
        profile: 'top',
        items: [item('#44', { title: clause, labels: ['threat:HIGH-TIER@shop'] })],
      });
      expect(ta201WithoutStoryUnmapped.run(context)).toEqual([]);
    });

    it('for stories closed as won’t do, and for lower-case "without"', () => {
      expect(
        run([
          item('#45', { title: clause, status: 'wont-do' }),
          item('#46', { title: 'As a shopper I want to pay without fuss' }),
        ]),
      ).toEqual([]);
    });

    it('without a backlog or without a knowledge base', () => {
      const context = buildContext({ items: [item('#47', { title: clause })] });
      const { alignment: _alignment, ...noBacklog } = context;
      const { knowledge: _knowledge, ...noKnowledge } = context;
      expect(ta201WithoutStoryUnmapped.run(noBacklog)).toEqual([]);
      expect(ta201WithoutStoryUnmapped.run(noKnowledge)).toEqual([]);
      expect(ta201WithoutStoryUnmapped.run(context)).toHaveLength(1);
    });
  });
});
