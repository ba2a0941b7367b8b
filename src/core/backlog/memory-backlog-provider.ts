import type { BacklogItem, BacklogProvider } from './backlog-item.js';

/** A provider over items already in memory (a backlog file, a test), served as one page. */
export function memoryBacklogProvider(
  source: string,
  items: readonly BacklogItem[],
  aliases: readonly string[] = [],
): BacklogProvider {
  return {
    source,
    aliases,
    // eslint-disable-next-line @typescript-eslint/require-await
    async *pages() {
      yield [...items];
    },
  };
}

/** `github:owner/repo` → [`owner/repo`]: the spellings of this backlog's own references. */
export function aliasesOfSource(source: string | undefined): string[] {
  const github = /^github:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)$/.exec(source ?? '');
  return github?.[1] !== undefined ? [github[1]] : [];
}
