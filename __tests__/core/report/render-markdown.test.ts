import { computeDelta } from '../../../src/core/delta/compute-delta.js';
import {
  defaultBudget,
  markerName,
  renderMarkdown,
  renderMarkdownReport,
  type DegradationStep,
  type MarkdownInput,
} from '../../../src/core/report/render-markdown.js';
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

  it('leads a pull request with what it changes, then findings, questions and the diagram', () => {
    const markdown = renderMarkdown(prInput(scenario));
    expectGolden('pull-request.md', markdown);
    expect(structureProblems(markdown, 'threatmodel.yaml')).toEqual([]);
    const order = [
      '## ❌ threat-align: 2 errors',
      '### What this change brings',
      '**3 threats added**',
      '**1 threat removed**',
      '**1 new finding** compared with the base branch',
      '**1 finding fixed**',
      '**Stories this pull request closes**',
      '### Findings also on the base branch (1)',
      '### Questions for new or changed components',
      '### Changed part of the system',
      '```mermaid',
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
    expect(markdown).not.toContain('What this change brings');
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
    expect(markdown).not.toContain('### Findings also on the base branch');
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
      '· 3 backlog items read · 1 finding suppressed by configuration ·',
    );
  });

  it('asks only about the components it is given', () => {
    const markdown = renderMarkdown({ ...prInput(scenario), changedComponents: ['payments'] });
    const questions = markdown.slice(markdown.indexOf('### Questions'));
    expect(questions).toContain('`payments`');
    expect(questions).not.toContain('`orders-db`');
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

  it('takes the steps in order, each shorter than the one before', () => {
    const { full, 'no-hints': noHints, counts, 'no-diagram': noDiagram } = lengths;
    expect(Object.keys(lengths)).toEqual(['full', 'no-hints', 'counts', 'no-diagram']);
    expect(full! > noHints! && noHints! > counts! && counts! > noDiagram!).toBe(true);
  });

  it('stays at a step while the budget holds its length exactly, and degrades one character below', () => {
    const steps = ['full', 'no-hints', 'counts', 'no-diagram', 'trimmed'] as const;
    for (const [i, step] of steps.slice(0, -1).entries()) {
      const length = lengths[step]!;
      expect([render(length).step, render(length - 1).step]).toEqual([step, steps[i + 1]]);
    }
  });

  it.each([
    ['full', undefined],
    ['no-hints', 'no-hints'],
    ['counts', 'counts'],
    ['no-diagram', 'no-diagram'],
  ] as const)('renders the %s step as its golden file', (name, step) => {
    const { markdown } = render(step === undefined ? undefined : lengths[step]);
    expectGolden(`oversize-${name}.md`, markdown);
  });

  it.each([2000, 1200, 600])('trims at %i characters, with a notice of what was left out', (budget) => {
    const { markdown, step } = render(budget);
    expect(step).toBe('trimmed');
    expect(markdown.length).toBeLessThanOrEqual(budget);
    expect(markdown).toMatch(
      /\n… \d+ more findings?( and \d+ more entr(y|ies))?: see the job summary \/ SARIF\n$/,
    );
    expectGolden(`oversize-trimmed-${budget}.md`, markdown);
  });

  it('keeps the marker, the verdict and the notice even below their own length', () => {
    const { markdown } = render(50);
    expectGolden('oversize-trimmed-50.md', markdown);
    expect(markdown.split('\n').filter((l) => l !== '')).toHaveLength(5);
  });

  it('counts exactly the findings it leaves out', () => {
    for (const budget of [2000, 1200, 600, 50]) {
      const { markdown } = render(budget);
      const left = Number(/… (\d+) more finding/.exec(markdown)?.[1] ?? 0);
      const newShown = markdown.match(/^- \S+ \[TA\d+\]\(.*(?<!: \d+ findings?)$/gmu)?.length ?? 0;
      const countedShown = [...markdown.matchAll(/: (\d+) findings?$/gm)].reduce(
        (n, m) => n + Number(m[1]),
        0,
      );
      expect(newShown + countedShown + left).toBe(scenario.head.findings.length);
    }
  });

  it('at every budget, fits (above the minimum), stays balanced, and never degrades less for less room', () => {
    const order = ['full', 'no-hints', 'counts', 'no-diagram', 'trimmed'];
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
    expect(step).toBe('trimmed');
    expect(structureProblems(markdown, 'threatmodel.yaml')).toEqual([]);
    expect(headModelText).toContain('payments');
  });
});
