import type { FindingDraft } from '../../../src/core/checks/check.js';
import { ta601UnansweredQuestions } from '../../../src/core/checks/ta601-unanswered-questions.js';
import { buildContext, miniModelText } from '../../fakes/build-context.js';

/** Full profile: Q-AUTHN asks every process (shop, back-office, orders-api), Q-DATA every data store. */
function run(extra: string): FindingDraft[] {
  return ta601UnansweredQuestions.run(buildContext({ modelText: `${miniModelText}${extra}` }));
}

const summary = (findings: FindingDraft[]): string[] =>
  findings.map((f) => {
    const at = f.location as { line: number; column: number };
    return `${at.line}:${at.column} ${f.subject} ${f.message}`;
  });

describe('TA601 a component has unanswered knowledge-base questions', () => {
  it('fires once per component with unanswered questions, at its id, in model order', () => {
    const findings = run('');
    expect(summary(findings)).toEqual([
      '15:11 shop component shop has 1 unanswered question of the knowledge base: Q-AUTHN "How do callers authenticate?"',
      '16:11 back-office component back-office has 1 unanswered question of the knowledge base: Q-AUTHN "How do callers authenticate?"',
      '17:11 orders-api component orders-api has 1 unanswered question of the knowledge base: Q-AUTHN "How do callers authenticate?"',
      '18:11 orders-db component orders-db has 1 unanswered question of the knowledge base: Q-DATA "What does the store hold?"',
      '19:11 events component events has 1 unanswered question of the knowledge base: Q-DATA "What does the store hold?"',
      '20:11 lonely-db component lonely-db has 1 unanswered question of the knowledge base: Q-DATA "What does the store hold?"',
    ]);
    expect(findings[0]?.hint).toBe(
      'Answer them in the model: under answers: write shop: { Q-AUTHN: "…" }, replacing … with your answer (threat-align kb show --format json gives each question\'s rationale).',
    );
  });

  it('asks only what is unanswered, and adds to a component’s existing answers', () => {
    const text =
      'answers:\n  shop: { Q-AUTHN: OIDC with the shop IdP }\n  orders-db: { Q-DEPLOY: blue-green }\n';
    const findings = run(text).filter((f) => ['shop', 'orders-db'].includes(f.subject));
    expect(findings.map((f) => `${f.subject}: ${f.hint}`)).toEqual([
      'orders-db: Answer them in the model: add Q-DATA: "…" to orders-db under answers:, replacing … with your answer (threat-align kb show --format json gives each question\'s rationale).',
    ]);
  });

  it('reads answers as the model’s own entries: a component named "constructor" has none', () => {
    const text = miniModelText.replace(
      '  - { id: lonely-db',
      '  - { id: constructor, type: api, boundary: private, properties: { authentication: oidc } }\n  - { id: lonely-db',
    );
    const context = buildContext({
      modelText: `${text}answers:\n  shop: { Q-AUTHN: OIDC }\n`,
      profile: 'top',
    });
    expect(ta601UnansweredQuestions.run(context).map((f) => `${f.subject}: ${f.hint}`)).toEqual([
      'back-office: Answer them in the model: under answers: write back-office: { Q-AUTHN: "…" }, replacing … with your answer (threat-align kb show --format json gives each question\'s rationale).',
      'orders-api: Answer them in the model: under answers: write orders-api: { Q-AUTHN: "…" }, replacing … with your answer (threat-align kb show --format json gives each question\'s rationale).',
      'constructor: Answer them in the model: under answers: write constructor: { Q-AUTHN: "…" }, replacing … with your answer (threat-align kb show --format json gives each question\'s rationale).',
    ]);
  });

  it('lists six questions and counts the rest, with every id in the hint', () => {
    const context = buildContext({ modelText: miniModelText, profile: 'top' });
    const { questions } = context.knowledge!.expansion;
    const shop = questions.find((q) => q.component === 'shop')!;
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      questions.push({
        ...shop,
        question: { ...shop.question, id: `Q-EXTRA-${n}`, text: `Extra question ${n}?` },
      });
    }
    const [finding] = ta601UnansweredQuestions.run(context);
    expect(finding?.message).toBe(
      'component shop has 9 unanswered questions of the knowledge base: Q-AUTHN "How do callers authenticate?", Q-EXTRA-1 "Extra question 1?", Q-EXTRA-2 "Extra question 2?", Q-EXTRA-3 "Extra question 3?", Q-EXTRA-4 "Extra question 4?", Q-EXTRA-5 "Extra question 5?" and 3 more',
    );
    expect(finding?.hint).toContain(
      'write shop: { Q-AUTHN: "…", Q-EXTRA-1: "…", Q-EXTRA-2: "…", Q-EXTRA-3: "…", Q-EXTRA-4: "…", Q-EXTRA-5: "…", Q-EXTRA-6: "…", Q-EXTRA-7: "…", Q-EXTRA-8: "…" }',
    );
  });

  it('stays quiet when every question is answered, and for questions out of the profile', () => {
    const text = `answers:
  shop: { Q-AUTHN: OIDC }
  back-office: { Q-AUTHN: password; moving to OIDC }
  orders-api: { Q-AUTHN: mTLS from the shop }
  orders-db: { Q-DATA: orders }
  events: { Q-DATA: order events }
  lonely-db: { Q-DATA: nothing yet }
`;
    expect(run(text)).toEqual([]);
    // Q-DATA is not TOP.
    const top = buildContext({
      modelText: `${miniModelText}${text.split('\n').slice(0, 4).join('\n')}\n`,
      profile: 'top',
    });
    expect(ta601UnansweredQuestions.run(top)).toEqual([]);
  });

  it('stays quiet without a knowledge base', () => {
    const context = buildContext({});
    delete context.knowledge;
    expect(ta601UnansweredQuestions.run(context)).toEqual([]);
  });
});
