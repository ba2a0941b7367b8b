import { computeDelta } from '../../../src/core/delta/compute-delta.js';
import {
  defaultBudget,
  markerName,
  renderMarkdown,
  renderMarkdownReport,
  type DegradationStep,
  type MarkdownInput,
} from '../../../src/core/report/render-markdown.js';
import { deriveActions } from '../../../src/core/actions/derive-actions.js';
import { fixFirstLimit } from '../../../src/core/report/markdown-actions.js';
import { limits, text } from '../../../src/core/report/markdown-entries.js';
import { expectGolden, structureProblems } from './markdown-structure.js';
import {
  analyseModel,
  backlogFinding,
  backlogItems,
  diagram,
  headModelText,
  hostileDiagram,
  hostileScenario,
  oversizeScenario,
  pullRequestScenario,
  type PullRequestScenario,
} from './report-scenarios.js';

const options = {
  toolVersion: '1.2.3',
  docsBase: 'https://example.invalid/docs/checks/',
  marker: 'threatmodel.yaml',
};

function prInput(scenario: PullRequestScenario, budget?: number): MarkdownInput {
  return {
    analysis: scenario.head,
    delta: scenario.delta,
    closingStories: ['#7', '#99'],
    mermaid: diagram,
    options: budget === undefined ? options : { ...options, budget },
  };
}

describe('renderMarkdown: the report and its sections (golden files)', () => {
  let scenario: PullRequestScenario;
  beforeAll(async () => {
    scenario = await pullRequestScenario();
  });

  it('leads a pull request with the verdict and Fix first, then what it changes, then the collapsed rest', () => {
    const markdown = renderMarkdown(prInput(scenario));
    expectGolden('pull-request.md', markdown);
    expect(structureProblems(markdown, 'threatmodel.yaml')).toEqual([]);
    const order = [
      '## ❌ threat-align: 2 errors fail this check — A reference points to nothing',
      '### Fix first',
      '1. ❌ **A reference points to nothing**',
      '**new in this pull request**',
      '→ Did you mean "private"?',
      '### This pull request',
      '- Threats added: 1 on `orders-db`',
      '· removed: 1 on `orders-api`',
      '- New actions: 1 (1 in Fix first) · 1 new finding, 1 finding fixed',
      '- Closes [&#35;7]',
      '<details><summary>Threats added (3) and removed (1)</summary>',
      '### Questions for new or changed components',
      '<details><summary>Diagram of the change</summary>',
      '```mermaid',
      '### All findings by check (2)',
    ].map((s) => markdown.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toContain(-1);
  });

  it('tells new findings from the rest by fingerprint, not by object identity', () => {
    const copy = { ...scenario.head, findings: scenario.head.findings.map((f) => ({ ...f })) };
    expect(renderMarkdown({ ...prInput(scenario), analysis: copy })).toBe(renderMarkdown(prInput(scenario)));
  });

  it('without a delta (a push or a schedule), lists every finding and every unanswered question', () => {
    const markdown = renderMarkdown({ analysis: scenario.head, mermaid: diagram, options });
    expectGolden('push.md', markdown);
    expect(markdown).not.toContain('### This pull request');
    expect(markdown).toContain('<details><summary>Diagram of the system</summary>');
    expect(structureProblems(markdown, 'threatmodel.yaml')).toEqual([]);
  });

  it('on a new model, says that everything counts as new', () => {
    const markdown = renderMarkdown({
      analysis: scenario.head,
      delta: computeDelta(undefined, scenario.head),
      options,
    });
    expectGolden('new-model.md', markdown);
    expect(markdown).toContain('The base branch has no analysis of this model');
    expect(markdown).toContain('- New actions: 2 (2 in Fix first) · 2 new findings, 0 findings fixed');
  });

  it('on a model that does not load, shows its errors and says threats were not compared', async () => {
    const head = await analyseModel('schema: threat-align/v1\ncomponents: [ {', backlogItems);
    const markdown = renderMarkdown({ analysis: head, delta: computeDelta(scenario.base, head), options });
    expectGolden('broken-model.md', markdown);
    expect(markdown).toContain('Threats could not be compared');
    expect(structureProblems(markdown, 'threatmodel.yaml')).toEqual([]);
  });

  it('says how many findings the configuration suppressed', () => {
    const [finding] = scenario.head.findings;
    const suppression = { check: 'TA104', target: 'pin:missing', reason: 'pinned on release' };
    const analysis = { ...scenario.head, suppressed: [{ finding: finding!, suppression }] };
    expect(renderMarkdown({ analysis, options })).toContain(
      '· 3 backlog items read · 2 findings in 2 actions · 1 finding suppressed by configuration ·',
    );
  });

  it('asks only about the components it is given', () => {
    const markdown = renderMarkdown({ ...prInput(scenario), changedComponents: ['payments'] });
    const questions = markdown.slice(markdown.indexOf('### Questions'));
    expect(questions).toContain('Questions for payments');
    expect(questions).not.toContain('Questions for orders-db');
  });

  it('uses the title, links each check to its page, and keeps the marker an HTML comment', () => {
    const markdown = renderMarkdown({
      ...prInput(scenario),
      options: { ...options, title: 'threat-align: shop', docsBase: 'docs/checks (v1)/', marker: 'a --> b' },
    });
    expect(markdown.startsWith('<!-- threat-align:a-b -->\n## ❌ threat-align: shop: ')).toBe(true);
    expect(markdown).toContain('[TA104](docs/checks%20%28v1%29/TA104.md)');
    expect(markerName('shop/threatmodel.yaml')).toBe('shop/threatmodel.yaml');
    expect(markerName('x --> <script>')).toBe('x-script-');
  });
});

describe('renderMarkdown: hostile text from the backlog and the model (SPEC §9)', () => {
  const closingStories = ['#7', '#8', '#9', '#404 @org/team <b>'];
  const marker = 'x --> <script>';
  let hostile: string;
  let hostileStep: DegradationStep;
  let benign: string;
  beforeAll(async () => {
    const render = (scenario: PullRequestScenario): ReturnType<typeof renderMarkdownReport> =>
      renderMarkdownReport({
        analysis: scenario.head,
        delta: scenario.delta,
        closingStories,
        mermaid: hostileDiagram,
        options: { ...options, marker, title: '@org/team <img src=x onerror=alert(1)>' },
      });
    ({ markdown: hostile, step: hostileStep } = render(await hostileScenario()));
    benign = render(
      await hostileScenario({ title: 'As a shopper I want plain words', huge: 'plain '.repeat(10) }),
    ).markdown;
  });

  it('renders the same golden file every time', () => {
    expectGolden('hostile.md', hostile);
  });

  it('keeps the structure: one marker first, balanced details and fences, no HTML, no mention', () => {
    expect(structureProblems(hostile, markerName(marker))).toEqual([]);
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).not.toContain('@org/team');
    expect(hostile).not.toContain('@admin');
    expect(hostile).not.toContain('](javascript:');
    expect(hostile).not.toContain('evil.invalid');
  });

  it('has exactly the lines, headings, lists and groups that plain words give', () => {
    const skeleton = (markdown: string): (string | boolean)[] =>
      markdown
        .split('\n')
        .map(
          (line) =>
            /^(<!--|#{1,6} |\s*- |<details>|<\/details>|`{3,}|\*\*)/.exec(line)?.[0] ?? line.length > 0,
        );
    expect(skeleton(hostile)).toEqual(skeleton(benign));
  });

  it('cuts a megabyte title to a readable length, within the default budget, without degrading', () => {
    expect(hostile.length).toBeLessThan(20_000);
    expect(hostileStep).toBe('full');
  });
});

describe('renderMarkdown: degrading to fit a budget', () => {
  let scenario: PullRequestScenario;
  /** The length of the report at each step that does not trim, found by lowering the budget. */
  const lengths: Partial<Record<DegradationStep, number>> = {};
  const render = (budget?: number): { markdown: string; step: DegradationStep } =>
    renderMarkdownReport(prInput(scenario, budget));

  beforeAll(async () => {
    scenario = await oversizeScenario();
    let budget = Infinity;
    for (;;) {
      const { markdown, step } = render(budget);
      if (step === 'trimmed') break;
      lengths[step] = markdown.length;
      budget = markdown.length - 1;
    }
  });

  const taken = [
    'full',
    'no-finding-hints',
    'findings-counted',
    'no-findings',
    'no-action-hints',
    'actions-counted',
    'no-questions',
    'no-diagram',
  ] as const;

  it('takes the steps in order, each shorter than the one before', () => {
    expect(Object.keys(lengths)).toEqual(taken);
    const sizes = taken.map((step) => lengths[step]!);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(sizes.length);
  });

  it('stays at a step while the budget holds its length exactly, and degrades one character below', () => {
    const steps = [...taken, 'trimmed'] as const;
    for (const [i, step] of steps.slice(0, -1).entries()) {
      const length = lengths[step]!;
      expect([render(length).step, render(length - 1).step]).toEqual([step, steps[i + 1]]);
    }
  });

  it.each(taken)('renders the %s step as its golden file', (step) => {
    const { markdown } = render(step === 'full' ? undefined : lengths[step]);
    expectGolden(`oversize-${step}.md`, markdown);
  });

  it('never leaves out the hint of a visible action, nor an error, at any budget', () => {
    const actions = deriveActions(scenario.head, scenario.delta).actions;
    const visible = actions.slice(0, fixFirstLimit);
    expect(actions.some((a) => a.severity === 'error')).toBe(true);
    for (const budget of [Infinity, 4000, 2000, 600, 50]) {
      const { markdown } = render(budget);
      const shown = markdown.slice(
        0,
        markdown.indexOf('<details>') < 0 ? undefined : markdown.indexOf('<details>'),
      );
      for (const action of visible) expect(shown).toContain(`→ ${text(action.hint, limits.hint)}`);
      for (const action of actions.filter((a) => a.severity === 'error'))
        expect(shown).toContain(`**${text(action.title, limits.title)}**`);
    }
  });

  it.each(['below-last-step', 'halfway', 'visible-only'] as const)(
    'trims %s, with a notice of what was left out',
    (where) => {
      const minimum = render(50).markdown.length;
      const last = lengths['no-diagram']!;
      const budget =
        where === 'below-last-step'
          ? last - 1
          : where === 'halfway'
            ? Math.floor((minimum + last) / 2)
            : minimum + 5;
      const { markdown, step } = render(budget);
      expect(step).toBe('trimmed');
      expect(markdown.length).toBeLessThanOrEqual(budget);
      expect(markdown).toMatch(
        /\n… (\d+ more findings?( and \d+ more entr(y|ies))?|more): see the job summary \/ SARIF\n$/,
      );
      expectGolden(`oversize-trimmed-${where}.md`, markdown);
    },
  );

  it('keeps the visible part whole (verdict, Fix first with its hints, this pull request) and the notice even below their own length', () => {
    const { markdown } = render(50);
    expectGolden('oversize-trimmed-50.md', markdown);
    expect(markdown).not.toContain('<details>');
    expect(markdown).toContain('### Fix first');
    expect(markdown).toContain('### This pull request');
    expect(markdown.match(/^ +- → /gm)).toHaveLength(fixFirstLimit);
    expect(markdown).toMatch(/\n… .*: see the job summary \/ SARIF\n$/);
  });

  it('at every budget, fits (above the minimum), stays balanced, and never degrades less for less room', () => {
    const order: string[] = [...taken, 'trimmed'];
    let previous = 0;
    const minimum = render(50).markdown.length;
    for (let budget = lengths.full! + 10; budget > 0; budget -= 53) {
      const { markdown, step } = render(budget);
      expect(markdown.length).toBeLessThanOrEqual(Math.max(budget, minimum));
      expect(structureProblems(markdown, 'threatmodel.yaml')).toEqual([]);
      expect(order.indexOf(step)).toBeGreaterThanOrEqual(previous);
      previous = order.indexOf(step);
    }
  });

  it('defaults to a budget of 65,000 characters', async () => {
    const many = Array.from({ length: 1500 }, (_, i) =>
      backlogFinding(
        `#${1000 + i}`,
        `backlog item #${1000 + i} names M-GONE-${i}, which the model does not have`,
        'Correct the id.',
      ),
    );
    const big = await pullRequestScenario({ both: many.slice(0, 1000), headOnly: many.slice(1000) });
    const { markdown, step } = renderMarkdownReport(prInput(big));
    expect(defaultBudget).toBe(65_000);
    expect(markdown.length).toBeLessThanOrEqual(65_000);
    expect(step).not.toBe('full');
    expect(structureProblems(markdown, 'threatmodel.yaml')).toEqual([]);
    expect(headModelText).toContain('payments');
  });
});
