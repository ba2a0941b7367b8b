// Renders the shipped example's reports for the README's pictures (scripts/screenshots.mjs): the
// PR comment of a pull request that adds a gift-cards API, and the job summary of a push, on GitHub;
// the same pull request's thread and the push's build summary on Azure Pipelines. Writes
// .tmp/screenshots/{pr-comment,job-summary,azure-pr-thread,azure-build-summary}.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nodeKbStore } from '../src/adapters/node/node-kb-store.js';
import { loadBacklogFile } from '../src/core/backlog/load-backlog-file.js';
import { aliasesOfSource } from '../src/core/backlog/memory-backlog-provider.js';
import { computeDelta } from '../src/core/delta/compute-delta.js';
import { renderMarkdown } from '../src/core/report/render-markdown.js';
import { renderMermaid } from '../src/core/report/render-mermaid.js';
import { runPipeline } from '../src/core/run-pipeline.js';

const modelFile = 'examples/online-shop/threatmodel.yaml';
const backlogFile = 'examples/online-shop/backlog.json';
const base = readFileSync(modelFile, 'utf8');
const head = base
  .replace(
    '  - id: shop-api\n',
    [
      '  - id: gift-cards',
      '    name: Gift cards API',
      '    type: api',
      '    boundary: app-zone',
      '    data: [customer-pii]',
      '    properties: { authentication: oidc }',
      '  - id: shop-api',
      '',
    ].join('\n'),
  )
  .replace(
    'flows:\n',
    'flows:\n  - { id: gift-card-requests, from: api-gateway, to: gift-cards, protocol: https, data: [customer-pii] }\n',
  );

const loaded = loadBacklogFile(backlogFile, readFileSync(backlogFile));
const store = nodeKbStore({ cwd: process.cwd() });
const analyse = (content: string) =>
  runPipeline(
    {
      model: { file: modelFile, content },
      modelFolder: 'examples/online-shop',
      backlog: {
        source: loaded.source ?? backlogFile,
        items: [...(loaded.items ?? [])],
        aliases: aliasesOfSource(loaded.source),
      },
    },
    store,
  );
const [baseAnalysis, headAnalysis] = [await analyse(base), await analyse(head)];
const delta = computeDelta(baseAnalysis, headAnalysis);
const options = {
  toolVersion: '0.1.0',
  docsBase: 'https://github.com/threat-align/threat-align/blob/v1/docs/checks/',
  sourceLinks: { kind: 'github', blobBase: 'https://github.com/northwind/shop/blob/4f2c9e1/' } as const,
};
const changed = [...delta.componentsAdded, ...delta.componentsChanged];
const model = headAnalysis.model;
if (!model) throw new Error('the example does not load');
const comment = renderMarkdown({
  analysis: headAnalysis,
  delta,
  closingStories: ['#30'],
  mermaid: renderMermaid(model, { ...(headAnalysis.kb ? { kb: headAnalysis.kb } : {}), only: changed }),
  options: { ...options, marker: modelFile },
});
const summary = renderMarkdown({
  analysis: baseAnalysis,
  mermaid: renderMermaid(model, baseAnalysis.kb ? { kb: baseAnalysis.kb } : {}),
  options: { ...options, marker: modelFile, budget: 500_000, moreIn: 'the SARIF and JSON files' },
});
// The same pull request and push on Azure Pipelines: the thread within Azure's 150,000 characters,
// the build summary tab; locations link to Azure Repos (the Marketplace listing's pictures).
const azure = {
  ...options,
  sourceLinks: {
    kind: 'azure',
    repositoryUrl: 'https://dev.azure.com/northwind/Shop/_git/shop',
    commit: '4f2c9e1',
  },
} as const;
const azureThread = renderMarkdown({
  analysis: headAnalysis,
  delta,
  closingStories: ['#30'],
  options: { ...azure, marker: 'threat-align:azure-thread', budget: 150_000 },
});
const azureSummary = renderMarkdown({
  analysis: baseAnalysis,
  options: {
    ...azure,
    marker: 'threat-align:azure-thread',
    budget: 500_000,
    moreIn: 'the SARIF and JSON files',
  },
});
mkdirSync('.tmp/screenshots', { recursive: true });
writeFileSync('.tmp/screenshots/pr-comment.md', comment);
writeFileSync('.tmp/screenshots/job-summary.md', summary);
writeFileSync('.tmp/screenshots/azure-pr-thread.md', azureThread);
writeFileSync('.tmp/screenshots/azure-build-summary.md', azureSummary);
