import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../../src/core/analyse.js';
import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { loadBacklogFile } from '../../../src/core/backlog/load-backlog-file.js';
import { aliasesOfSource } from '../../../src/core/backlog/memory-backlog-provider.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';

export const repoRoot = new URL('../../../', import.meta.url).pathname;
export const exampleModelFile = 'examples/online-shop/threatmodel.yaml';
const backlogFile = 'examples/online-shop/backlog.json';

export function exampleModelText(): string {
  return readFileSync(join(repoRoot, exampleModelFile), 'utf8');
}

export function exampleBacklog(): { source: string; items: BacklogItem[] } {
  const loaded = loadBacklogFile(backlogFile, readFileSync(join(repoRoot, backlogFile)));
  return { source: loaded.source ?? backlogFile, items: loaded.items ?? [] };
}

/** The shipped example with its backlog, through the real pipeline and the shipped knowledge base. */
export async function analyseExample(
  options: { modelText?: string; items?: readonly BacklogItem[] } = {},
): Promise<Analysis> {
  const backlog = exampleBacklog();
  return runPipeline(
    {
      model: { file: exampleModelFile, content: options.modelText ?? exampleModelText() },
      modelFolder: 'examples/online-shop',
      backlog: {
        source: backlog.source,
        items: [...(options.items ?? backlog.items)],
        aliases: aliasesOfSource(backlog.source),
      },
    },
    nodeKbStore({ cwd: repoRoot }),
  );
}
