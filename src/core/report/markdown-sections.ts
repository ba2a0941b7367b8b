import type { Analysis } from '../analyse.js';
import type { PullRequestDelta } from '../delta/compute-delta.js';
import type { ComponentQuestion } from '../expand/expansion.js';
import { severityRank, type Finding, type Severity } from '../findings/finding.js';
import { fingerprintFinding } from '../findings/fingerprint.js';
import { compareText } from '../findings/order-findings.js';
import { entry, heading, note, type Block } from './markdown-blocks.js';
import {
  checkLink,
  checkTitle,
  code,
  countOf,
  findingEntry,
  limits,
  severityIcons,
  text,
} from './markdown-entries.js';
import { longestRun, wordJoiner } from './neutralize.js';
import type { ReportOptions } from './report-options.js';

/** How much a rendering shows; each degradation step turns one of these off (render-markdown.ts). */
export interface Detail {
  /** Fix hints under findings, mitigations under added threats, rationales under questions. */
  hints: boolean;
  /** Findings listed in their check's `<details>` group, rather than one count per check. */
  groups: boolean;
  diagram: boolean;
}

/** Everything the sections read, with the defaults of render-markdown.ts already applied. */
export interface SectionInput {
  analysis: Analysis;
  delta?: PullRequestDelta | undefined;
  /** Backlog item ids as the backlog gives them (`#12`, `AB#12`). */
  closingStories: readonly string[];
  /** The components to ask questions for; undefined: every component with unanswered questions. */
  components?: readonly string[] | undefined;
  mermaid?: string | undefined;
  options: ReportOptions;
}

/** The report's first lines: the hidden marker, the verdict with counts per severity, and the context. */
export function headerBlocks(input: SectionInput, marker: string, title: string): Block[] {
  const { counts, expansion, kb, links } = input.analysis;
  const worst: Severity | undefined = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : undefined;
  const icon = worst ? severityIcons[worst] : '✅';
  const tally =
    counts.total === 0
      ? 'no findings'
      : [
          countOf(counts.error, 'error'),
          countOf(counts.warning, 'warning'),
          countOf(counts.note, 'note'),
        ].join(' · ');
  const context: string[] = [];
  if (kb && expansion) {
    const open = expansion.threats.filter((t) => t.status === 'open').length;
    context.push(
      `Knowledge base ${code(`${kb.name}@${kb.version}`)}, profile ${expansion.profile}`,
      `${countOf(expansion.threats.length, 'threat')} in scope, ${open} open`,
    );
  } else {
    context.push(input.analysis.model ? 'No knowledge base loaded' : 'The model did not load');
  }
  if (links) context.push(`${countOf(links.items.size, 'backlog item')} read`);
  const suppressed = input.analysis.suppressed.length;
  if (suppressed > 0) context.push(`${countOf(suppressed, 'finding')} suppressed by configuration`);
  context.push(`threat-align ${text(input.options.toolVersion, limits.id)}`);
  return [
    note(`<!-- threat-align:${marker} -->\n## ${icon} ${text(title, limits.title)}: ${tally}`),
    note(context.join(' · ')),
  ];
}

/**
 * Findings not already shown as new, grouped by check: collapsed `<details>` groups, or one count
 * per check. With `limit`, it stops as soon as its blocks alone are longer (undefined): a report
 * that holds them cannot fit, and rendering the rest of thousands of findings would be wasted.
 */
export function findingGroupBlocks(input: SectionInput, detail: Detail, limit?: number): Block[] | undefined {
  const shown = new Set((input.delta?.findingsNew ?? []).map(fingerprintFinding));
  const rest = input.analysis.findings.filter((f) => !shown.has(fingerprintFinding(f)));
  if (rest.length === 0) return [];
  const groups = new Map<string, Finding[]>();
  for (const finding of rest) {
    const group = groups.get(finding.check);
    if (group) group.push(finding);
    else groups.set(finding.check, [finding]);
  }
  const title = input.delta ? 'Findings also on the base branch' : 'Findings';
  const blocks = [heading(`### ${title} (${rest.length})`)];
  let size = 0;
  for (const check of [...groups.keys()].sort(compareText)) {
    if (limit !== undefined && size > limit) return undefined;
    const findings = groups.get(check) ?? [];
    const worst = findings.reduce<Severity>(
      (w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w),
      'note',
    );
    const name = `${text(check, limits.id)} · ${text(checkTitle(check), limits.title)}`;
    if (detail.groups) {
      const list = findings.map((f) => findingEntry(f, input.options, { check: false, hint: detail.hints }));
      const docs = `${checkLink(check, input.options)}: what it means and how to fix it`;
      const group = `<details><summary>${severityIcons[worst]} ${name} (${findings.length})</summary>\n\n${docs}\n\n${list.join('\n')}\n\n</details>`;
      size += group.length;
      blocks.push({ text: group, kind: 'entry', findings: findings.length });
    } else {
      const tally = countOf(findings.length, 'finding');
      const line = `- ${severityIcons[worst]} ${checkLink(check, input.options)} ${text(checkTitle(check), limits.title)}`;
      blocks.push(entry(`${line}: ${tally}`, findings.length));
    }
  }
  return blocks;
}

/** Unanswered knowledge-base questions, per new or changed component (or per component, without a list). */
export function questionBlocks(input: SectionInput, detail: Detail): Block[] {
  const questions = input.analysis.expansion?.questions ?? [];
  const wanted = input.components ? new Set(input.components) : undefined;
  const byComponent = new Map<string, { open: ComponentQuestion[]; answered: number }>();
  for (const question of questions) {
    if (wanted && !wanted.has(question.component)) continue;
    let entryOf = byComponent.get(question.component);
    if (!entryOf) {
      entryOf = { open: [], answered: 0 };
      byComponent.set(question.component, entryOf);
    }
    if (question.answered) entryOf.answered += 1;
    else entryOf.open.push(question);
  }
  const open = [...byComponent].filter(([, q]) => q.open.length > 0);
  if (open.length === 0) return [];
  const blocks = [
    heading(wanted ? '### Questions for new or changed components' : '### Unanswered questions'),
    note(`Answer them in the model, under ${code('answers: { <component>: { <question id>: … } }')}.`),
  ];
  for (const [component, { open: list, answered }] of open) {
    const tally = `${countOf(list.length, 'unanswered question')}${answered > 0 ? `, ${answered} answered` : ''}`;
    if (!detail.groups) {
      blocks.push(
        entry(`- ${code(component)}: ${tally} (${list.map((q) => code(q.question.id)).join(', ')})`),
      );
      continue;
    }
    const lines = list.map((q) => {
      const line = `- ${code(q.question.id)} ${text(q.question.text, limits.question)} (${q.question.stride})`;
      return detail.hints ? `${line}\n  - Why: ${text(q.question.rationale, limits.question)}` : line;
    });
    blocks.push({
      text: `**${code(component)}**: ${tally}\n\n${lines.join('\n')}`,
      kind: 'entry',
      findings: 0,
    });
  }
  return blocks;
}

/** The Mermaid diagram passed in, in a fence longer than any backtick run inside it. */
export function diagramBlocks(input: SectionInput, detail: Detail): Block[] {
  const mermaid = input.mermaid?.trim();
  if (mermaid === undefined || mermaid === '' || !detail.diagram) return [];
  // The diagram's labels come from the model; no raw comment may look like the report's marker.
  const body = mermaid.replaceAll('<!--', `<${wordJoiner}!--`);
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  const title = input.delta ? '### Changed part of the system' : '### The system';
  return [heading(title), { text: `${fence}mermaid\n${body}\n${fence}`, kind: 'entry', findings: 0 }];
}
