import type { Analysis } from '../../../src/core/analyse.js';
import { deriveActions } from '../../../src/core/actions/derive-actions.js';
import { computeDelta, type PullRequestDelta } from '../../../src/core/delta/compute-delta.js';
import { fixFirstLimit } from '../../../src/core/report/markdown-actions.js';
import { limits, text } from '../../../src/core/report/markdown-entries.js';
import { renderMarkdown } from '../../../src/core/report/render-markdown.js';
import { renderMermaid } from '../../../src/core/report/render-mermaid.js';
import { analyseExample, exampleBacklog } from '../actions/online-shop-analysis.js';
import { expectGolden, structureProblems } from './markdown-structure.js';
import { hostileTitle } from './report-scenarios.js';

const options = {
  toolVersion: '1.2.3',
  docsBase: 'https://github.com/threat-align/threat-align/blob/v1/docs/checks/',
  sourceLinks: { kind: 'github', blobBase: 'https://github.com/northwind/shop/blob/0123abc/' } as const,
  marker: 'examples/online-shop/threatmodel.yaml',
};

/** The Markdown before the first collapsed block: what a reader sees without a click. */
function visiblePart(markdown: string): string {
  const at = markdown.indexOf('<details>');
  return at < 0 ? markdown : markdown.slice(0, at);
}

let head: Analysis;
let firstPullRequest: PullRequestDelta;
beforeAll(async () => {
  head = await analyseExample();
  firstPullRequest = computeDelta(undefined, head);
}, 60_000);

describe('the PR comment on the shipped example and its backlog', () => {
  const comment = (delta?: PullRequestDelta): string =>
    renderMarkdown({
      analysis: head,
      ...(delta ? { delta } : {}),
      ...(head.model ? { mermaid: renderMermaid(head.model, head.kb ? { kb: head.kb } : {}) } : {}),
      options,
    });

  it('fits one screen before the first collapsed block (at most 40 lines), on a push and on the pull request that adds the model', () => {
    for (const markdown of [comment(), comment(firstPullRequest)]) {
      const lines = visiblePart(markdown).trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(40);
      expect(structureProblems(markdown, options.marker)).toEqual([]);
    }
    expectGolden('example-pull-request.md', comment(firstPullRequest));
    expectGolden('example-push.md', comment());
  });

  it('shows every visible action with its hint, and the paper’s misalignments on the first screen', () => {
    const markdown = comment(firstPullRequest);
    const visible = visiblePart(markdown);
    const { actions } = deriveActions(head, firstPullRequest);
    for (const action of actions.slice(0, fixFirstLimit)) {
      expect(visible).toContain(`**${text(action.title, limits.title)}**`);
      expect(visible).toContain(`→ ${text(action.hint, limits.hint)}`);
    }
    for (const check of ['TA201', 'TA203', 'TA204', 'TA302', 'TA303', 'TA304', 'TA401'])
      expect(visible).toContain(`[${check}](${options.docsBase}${check}.md)`);
    expect(visible.split('\n')[1]).toBe(
      '## ❌ threat-align: 1 error fails this check — Fix the link to &#35;999 on M-CSP',
    );
  });

  it('links model locations to the file at the head commit, and check pages absolutely', () => {
    const markdown = comment();
    expect(markdown).toContain(
      '[`examples/online-shop/threatmodel.yaml:622:50`](https://github.com/northwind/shop/blob/0123abc/examples/online-shop/threatmodel.yaml#L622)',
    );
    expect(markdown).not.toMatch(/\]\(docs\/checks\//);
  });

  it('writes ids copy-paste safe: an id copied from the comment into an item links it to the threat', async () => {
    const markdown = comment();
    const copied = /write (SPOOF-USER@api-gateway) in its body/.exec(markdown)?.[1];
    expect(copied).toBe('SPOOF-USER@api-gateway');
    const backlog = exampleBacklog();
    const story = backlog.items.find((i) => i.id === '#29');
    if (!story || copied === undefined) throw new Error('the example lost story #29');
    const items = backlog.items.map((i) =>
      i.id === '#29' ? { ...i, body: `${i.body}\n\nThreat: ${copied}` } : i,
    );
    const fixed = await analyseExample({ items });
    expect([...(fixed.links?.itemsFor.threat.get('SPOOF-USER@api-gateway') ?? [])]).toContain('#29');
    expect(fixed.findings.filter((f) => f.check === 'TA201' && f.subject === '#29')).toEqual([]);
  }, 60_000);

  it('renders the Azure thread at parity with the GitHub comment, within Azure’s 150,000 characters', () => {
    const thread = renderMarkdown({
      analysis: head,
      delta: firstPullRequest,
      options: {
        toolVersion: '1.2.3',
        docsBase: options.docsBase,
        sourceLinks: {
          kind: 'azure',
          repositoryUrl: 'https://dev.azure.com/northwind/Shop/_git/shop',
          commit: '0123abc',
        },
        marker: 'azure-pipelines',
        budget: 150_000,
        moreIn: 'the build summary',
      },
    });
    expectGolden('example-azure-thread.md', thread);
    const github = comment(firstPullRequest);
    const titles = (markdown: string): string[] =>
      [...markdown.matchAll(/^\d+\. \S+ \*\*(.*?)\*\*/gm)].map((m) => m[1] ?? '');
    expect(titles(thread)).toEqual(titles(github));
    expect(thread).toContain(
      '(https://dev.azure.com/northwind/Shop/_git/shop?path=%2Fexamples%2Fonline-shop%2Fthreatmodel.yaml&version=GC0123abc&line=622',
    );
    expect(thread.length).toBeLessThanOrEqual(150_000);
  });
});

describe('every outlet on the example with a hostile backlog (SPEC §9)', () => {
  let hostile: Analysis;
  beforeAll(async () => {
    const items = exampleBacklog().items.map((i) =>
      ['#27', '#28', '#29', '#36', '#54'].includes(i.id)
        ? { ...i, title: `${hostileTitle} ${i.title}`, body: `${i.body}\n\n${hostileTitle}` }
        : i,
    );
    hostile = await analyseExample({ items });
  }, 60_000);

  it.each([
    ['comment', 'example-hostile-comment.md', { marker: 'examples/online-shop/threatmodel.yaml' }],
    ['Azure thread', 'example-hostile-azure-thread.md', { marker: 'azure-pipelines', budget: 150_000 }],
    ['job summary', 'example-hostile-summary.md', { marker: 'summary', budget: 500_000 }],
  ] as const)('the %s keeps its structure and every action (golden file)', (_, golden, outlet) => {
    const markdown = renderMarkdown({
      analysis: hostile,
      delta: computeDelta(head, hostile),
      options: { toolVersion: '1.2.3', docsBase: options.docsBase, ...outlet },
    });
    expectGolden(golden, markdown);
    expect(structureProblems(markdown, outlet.marker)).toEqual([]);
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).not.toContain('@org/team');
    const { actions } = deriveActions(hostile);
    expect(actions.length).toBeGreaterThan(10);
    for (const action of actions.slice(0, fixFirstLimit))
      expect(visiblePart(markdown)).toContain(`- → ${text(action.hint, limits.hint)}`);
  });
});
