import { entrySections, type EntrySection, type KnowledgeBase } from './knowledge-base.js';

export interface KnowledgeBaseSummary {
  name: string;
  version: string;
  sha256: string;
  counts: Record<EntrySection, { total: number; top: number }>;
}

/** Counts per kind of entry, and how many are TOP. */
export function summarizeKnowledgeBase(kb: KnowledgeBase): KnowledgeBaseSummary {
  const counts = {} as KnowledgeBaseSummary['counts'];
  for (const section of entrySections) {
    const entries = kb[section] as readonly { top?: boolean }[];
    counts[section] = { total: entries.length, top: entries.filter((e) => e.top === true).length };
  }
  return { name: kb.name, version: kb.version, sha256: kb.sha256, counts };
}

/** The text of `threat-align kb show`: the summary, then every entry by kind. */
export function renderKnowledgeBaseText(kb: KnowledgeBase): string {
  const summary = summarizeKnowledgeBase(kb);
  const lines = [`${kb.name}@${kb.version}  sha256 ${kb.sha256}`];
  if (kb.description !== undefined) lines.push(kb.description);
  const titles: Record<EntrySection, string> = {
    componentTypes: 'component types',
    threatTypes: 'threat types',
    mitigationTypes: 'mitigation types',
    events: 'security events',
    questions: 'questions',
  };
  const predicates = Object.entries(kb.predicates ?? {});
  if (predicates.length > 0) {
    lines.push('', `named predicates: ${predicates.length}`);
    for (const [name, definition] of predicates)
      lines.push(`    ${name} (on ${definition.on}s) — ${definition.description}`);
  }
  for (const section of entrySections) {
    const { total, top } = summary.counts[section];
    lines.push('', `${titles[section]}: ${total}${top > 0 ? ` (${top} TOP)` : ''}`);
    for (const entry of kb[section] as readonly {
      id: string;
      name?: string;
      text?: string;
      top?: boolean;
      abstract?: boolean;
    }[]) {
      const label = entry.name ?? entry.text ?? '';
      lines.push(
        `  ${entry.top === true ? 'TOP ' : '    '}${entry.id}${entry.abstract === true ? ' (abstract)' : ''} — ${label}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
