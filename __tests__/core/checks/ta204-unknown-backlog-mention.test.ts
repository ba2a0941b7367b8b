import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { ta204UnknownBacklogMention } from '../../../src/core/checks/ta204-unknown-backlog-mention.js';
import type { Profile } from '../../../src/core/expand/expansion.js';
import { buildContext, item, miniModelText } from '../../fakes/build-context.js';

const withRequirement = `${miniModelText}requirements:
  - { id: SR-1, text: Orders are stored safely }
`;

function run(items: BacklogItem[], modelText = withRequirement, profile: Profile = 'full') {
  return ta204UnknownBacklogMention.run(buildContext({ modelText, items, profile }));
}

describe('TA204 a backlog item names an id the model does not have', () => {
  it('has its catalogue entry', () => {
    expect(ta204UnknownBacklogMention).toMatchObject({ id: 'TA204', defaultSeverity: 'warning' });
  });

  describe('fires', () => {
    it('on a misspelt threat id in the body, with a did-you-mean', () => {
      expect(
        run([
          item('#5', {
            title: 'Harden login',
            body: 'Mitigates SPOOF-USR@shop.',
            url: 'https://github.com/northwind/shop/issues/5',
          }),
        ]),
      ).toEqual([
        {
          message: '#5 names threat SPOOF-USR@shop in its body, but mini@1.0.0 has no threat type SPOOF-USR',
          location: { backlogItem: { id: '#5', url: 'https://github.com/northwind/shop/issues/5' } },
          hint: 'Did you mean SPOOF-USER@shop? Replace SPOOF-USR@shop with SPOOF-USER@shop in the body of #5.',
          subject: '#5:SPOOF-USR@shop',
        },
      ]);
    });

    it('says which part of a threat id is wrong, and offers the element’s threats', () => {
      const findings = run([item('#6', { title: 'Threats SQLI@shop, XSS@shop and SQLI@nowhere' })]);
      const shopThreats = 'SPOOF-USER@shop or HIGH-TIER@shop';
      const tail =
        'if the threat is real and the model lacks it, write it by hand under threats: in the model.';
      expect(findings).toEqual([
        {
          message:
            '#6 names threat SQLI@shop in its title, but threat type SQLI does not apply to shop in this model',
          location: { backlogItem: { id: '#6' } },
          hint: `Write one of the threats of shop: ${shopThreats}, or remove SQLI@shop from the title of #6; ${tail}`,
          subject: '#6:SQLI@shop',
        },
        {
          message: '#6 names threat XSS@shop in its title, but mini@1.0.0 has no threat type XSS',
          location: { backlogItem: { id: '#6' } },
          hint: `Write one of the threats of shop: ${shopThreats}, or remove XSS@shop from the title of #6; ${tail}`,
          subject: '#6:XSS@shop',
        },
        {
          message:
            '#6 names threat SQLI@nowhere in its title, but the model has no component or flow "nowhere"',
          location: { backlogItem: { id: '#6' } },
          hint: `Write the id of a threat of the model (threat-align check lists them), or remove SQLI@nowhere from the title of #6; ${tail}`,
          subject: '#6:SQLI@nowhere',
        },
      ]);
    });

    it('on any lettered mitigation or event id and on requirement ids shaped like the model’s, in titles and bodies', () => {
      const findings = run([
        item('#8', { title: 'Build M-BRAND-NEW for SR-7', body: 'Raise EV-SOMETHING-ELSE.' }),
      ]);
      expect(findings.map((f) => f.message)).toEqual([
        '#8 names mitigation type M-BRAND-NEW in its title, but mini@1.0.0 has no such mitigation type',
        '#8 names requirement SR-7 in its title, but the model has no such requirement',
        '#8 names security event EV-SOMETHING-ELSE in its body, but mini@1.0.0 has no such security event',
      ]);
      expect(findings[1]?.hint).toBe('Did you mean SR-1? Replace SR-7 with SR-1 in the title of #8.');
    });

    it('on mitigation and event ids, in text and in labels', () => {
      const findings = run([
        item('AB#7', {
          title: 'Logging',
          body: 'Use M-PRAM and raise EV-LOGIN-FAL.',
          labels: ['mitigation:M-WAF', 'Event: EV-NOPE'],
        }),
      ]);
      expect(findings).toEqual([
        {
          message:
            'AB#7 names mitigation type M-WAF in the label mitigation:M-WAF, but mini@1.0.0 has no such mitigation type',
          location: { backlogItem: { id: 'AB#7' } },
          hint: 'Write a mitigation type of mini@1.0.0 instead (threat-align kb show lists them), or remove the label mitigation:M-WAF from AB#7.',
          subject: 'AB#7:M-WAF',
        },
        {
          message:
            'AB#7 names security event EV-NOPE in the label Event: EV-NOPE, but mini@1.0.0 has no such security event',
          location: { backlogItem: { id: 'AB#7' } },
          hint: 'Write a security event of mini@1.0.0 instead (threat-align kb show lists them), or remove the label Event: EV-NOPE from AB#7.',
          subject: 'AB#7:EV-NOPE',
        },
        {
          message:
            'AB#7 names mitigation type M-PRAM in its body, but mini@1.0.0 has no such mitigation type',
          location: { backlogItem: { id: 'AB#7' } },
          hint: 'Did you mean M-PARAM? Replace M-PRAM with M-PARAM in the body of AB#7.',
          subject: 'AB#7:M-PRAM',
        },
        {
          message:
            'AB#7 names security event EV-LOGIN-FAL in its body, but mini@1.0.0 has no such security event',
          location: { backlogItem: { id: 'AB#7' } },
          hint: 'Did you mean EV-LOGIN-FAIL? Replace EV-LOGIN-FAL with EV-LOGIN-FAIL in the body of AB#7.',
          subject: 'AB#7:EV-LOGIN-FAL',
        },
      ]);
    });

    it('on labels, keeping the item’s spelling of the prefix in the fix', () => {
      const findings = run([
        item('#8', { title: 'Labels', labels: ['Threat:SPOOF-USER@shopp', 'requirement:SR-2'] }),
      ]);
      expect(findings.map((f) => [f.message, f.hint])).toEqual([
        [
          '#8 names threat SPOOF-USER@shopp in the label Threat:SPOOF-USER@shopp, but the model has no component or flow "shopp"',
          'Did you mean SPOOF-USER@shop? Replace the label Threat:SPOOF-USER@shopp on #8 with Threat:SPOOF-USER@shop.',
        ],
        [
          '#8 names requirement SR-2 in the label requirement:SR-2, but the model has no such requirement',
          'Did you mean SR-1? Replace the label requirement:SR-2 on #8 with requirement:SR-1.',
        ],
      ]);
    });

    it('on a requirement the model does not declare, asking to declare it', () => {
      const findings = run(
        [item('#9', { title: 'Audit', labels: ['requirement:AUDIT-TRAIL'] })],
        miniModelText,
      );
      expect(findings.map((f) => f.hint)).toEqual([
        'Declare it in the model (- { id: AUDIT-TRAIL, text: … } under requirements:), or remove the label requirement:AUDIT-TRAIL from #9.',
      ]);
    });

    it('cuts a very long id at 120 characters where it shows it, and keeps it whole in the subject', () => {
      const element = 'x'.repeat(200);
      const [finding] = run([item('#12', { title: 'Long', body: `See SQLI@${element} here.` })]);
      const shown = `SQLI@${element}`.slice(0, 120) + '…';
      expect(finding?.message).toBe(
        `#12 names threat ${shown} in its body, but the model has no component or flow "${element.slice(0, 120)}…"`,
      );
      expect(finding?.hint).toBe(
        `Write the id of a threat of the model (threat-align check lists them), or remove ${shown} from the body of #12; if the threat is real and the model lacks it, write it by hand under threats: in the model.`,
      );
      expect(finding?.subject).toBe(`#12:SQLI@${element}`);
    });

    it('once per id and item, at the first place it is written', () => {
      const findings = run([
        item('#10', { title: 'M-PRAM', body: 'M-PRAM again', labels: ['mitigation:M-PRAM'] }),
        item('#11', { title: 'M-PRAM' }),
      ]);
      expect(findings.map((f) => [f.subject, f.message])).toEqual([
        [
          '#10:M-PRAM',
          '#10 names mitigation type M-PRAM in the label mitigation:M-PRAM, but mini@1.0.0 has no such mitigation type',
        ],
        [
          '#11:M-PRAM',
          '#11 names mitigation type M-PRAM in its title, but mini@1.0.0 has no such mitigation type',
        ],
      ]);
    });
  });

  describe('stays quiet', () => {
    it('on ids the model or its knowledge base has, written anywhere', () => {
      expect(
        run([
          item('#20', {
            title: 'SQLI@orders-db with M-PARAM',
            body: 'Raise EV-INPUT-FAIL. See SR-1.',
            labels: ['threat:SPOOF-USER@shop', 'mitigation:M-MFA', 'event:EV-LOGIN-FAIL', 'requirement:SR-1'],
          }),
        ]),
      ).toEqual([]);
    });

    it('on threats out of the profile’s scope: they exist', () => {
      expect(
        run([item('#21', { title: 'HIGH-TIER@shop and SNIFF@admin-login' })], withRequirement, 'top'),
      ).toEqual([]);
    });

    it('on prose that merely looks like ids, and on labels of other kinds', () => {
      expect(
        run([
          item('#22', {
            title: 'Mail bob@example.com about the m-param idea and Q-AUTHN',
            labels: ['bug', 'area:checkout', 'priority: high'],
          }),
        ]),
      ).toEqual([]);
    });

    it('on items closed as won’t do', () => {
      expect(run([item('#23', { title: 'Old idea M-PRAM', status: 'wont-do' })])).toEqual([]);
    });

    it('without a backlog or without a knowledge base', () => {
      const context = buildContext({ items: [item('#24', { title: 'M-PRAM' })] });
      const { alignment: _alignment, ...noBacklog } = context;
      const { knowledge: _knowledge, ...noKnowledge } = context;
      expect(ta204UnknownBacklogMention.run(noBacklog)).toEqual([]);
      expect(ta204UnknownBacklogMention.run(noKnowledge)).toEqual([]);
      expect(ta204UnknownBacklogMention.run(context)).toHaveLength(1);
    });
  });
});
