import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BacklogItem } from '../../src/core/backlog/backlog-item.js';
import type { CheckContext } from '../../src/core/checks/check.js';
import { expandModel } from '../../src/core/expand/expand-model.js';
import type { Profile } from '../../src/core/expand/expansion.js';
import { loadKnowledgeBase } from '../../src/core/kb/load-kb.js';
import { resolveLinks } from '../../src/core/link/resolve-links.js';
import { indexModelIds } from '../../src/core/model/index-model.js';
import { loadModel } from '../../src/core/import/load-model-file.js';
import { fixturesRoot, miniShipped } from './memory-kb-store.js';

/** The mini test model (__tests__/fixtures/kb/mini.threatmodel.yaml), to extend with more YAML. */
export const miniModelText = readFileSync(join(fixturesRoot, 'kb/mini.threatmodel.yaml'), 'utf8');

/** A backlog item with defaults: an open issue with no labels. */
export function item(id: string, fields: Partial<BacklogItem> = {}): BacklogItem {
  return {
    id,
    title: `Item ${id}`,
    body: '',
    status: 'open',
    labels: [],
    type: 'issue',
    links: [],
    ...fields,
  };
}

/**
 * A complete check context from real inputs: the model text (loaded and validated), the mini
 * knowledge base (fixtures/kb/mini/1.0.0), its expansion, and the backlog items with their links.
 * Fails the test when the model does not load.
 */
export function buildContext(options: {
  modelText?: string;
  items?: BacklogItem[];
  profile?: Profile;
  aliases?: string[];
  withoutKeyword?: string;
}): CheckContext {
  const loaded = loadModel('threatmodel.yaml', options.modelText ?? miniModelText);
  if (!loaded.model)
    throw new Error(`the test model does not load: ${JSON.stringify(loaded.findings, null, 2)}`);
  const model = loaded.model;
  const kb = loadKnowledgeBase(miniShipped()['mini@1.0.0'] ?? []).loaded?.kb;
  if (!kb) throw new Error('the mini knowledge base does not load');
  const profile = options.profile ?? model.knowledgeBase?.profile ?? 'top';
  const expansion = expandModel(model, kb, profile);
  const fullExpansion = expandModel(model, kb, 'full');
  const context: CheckContext = {
    model,
    index: loaded.index,
    ids: indexModelIds(model),
    knowledge: {
      kb,
      expansion,
      fullExpansion,
      pin: {
        use: 'mini@1.0.0',
        declared: true,
        pinnedSha256: kb.sha256,
        loaded: { name: kb.name, version: kb.version, sha256: kb.sha256 },
      },
    },
  };
  if (options.items) {
    const links = resolveLinks({
      model,
      kb,
      fullExpansion,
      items: options.items,
      aliases: options.aliases ?? [],
      ...(options.withoutKeyword === undefined ? {} : { withoutKeyword: options.withoutKeyword }),
    });
    context.alignment = {
      source: 'test',
      withoutKeyword: options.withoutKeyword ?? 'WITHOUT',
      items: options.items,
      links,
    };
  }
  return context;
}
