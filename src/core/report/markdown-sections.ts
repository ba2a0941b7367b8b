import type { Action } from '../actions/action.js';
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
import type { ActionDetail } from './markdown-actions.js';
import type { ReportOptions } from './report-options.js';

/**
 * How much of the collapsed detail a rendering shows; each degradation step turns one more of these
 * down (render-markdown.ts). What is visible (the verdict, Fix first with its hints, this pull
 * request) is never degraded.
 */
export interface Detail {
  /** Findings by check: each with its hint, without, counted per check, or left out. */
  findings: 'full' | 'no-hints' | 'counts' | 'none';
  /** The other open actions: with hints, without, counted per group. */
  actions: ActionDetail;
  /** Unanswered questions per new or changed component. */
  questions: boolean;
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
  /** The actions, in order (derive-actions.ts). */
  actions: readonly Action[];
}

/**
 * The report's first lines: the hidden marker; the verdict, which says why it is red or green; and
 * the context (knowledge base, what the pull request changes, the backlog read, the tool).
 */
export function headerBlocks(input: SectionInput, marker: string, title: string): Block[] {
  const { counts, expansion, kb, links } = input.analysis;
  const worst: Severity | undefined = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : undefined;
  const icon = worst ? severityIcons[worst] : '✅';
  const context: string[] = [];
  if (kb && expansion) {
    const open = expansion.threats.filter((t) => t.status === 'open').length;
    context.push(
      `${code(`${kb.name}@${kb.version}`)} · profile ${expansion.profile}`,
      `${countOf(expansion.threats.length, 'threat')} in scope, ${open} open`,
    );
  } else {
    context.push(input.analysis.model ? 'No knowledge base loaded' : 'The model did not load');
  }
  const delta = input.delta;
  if (delta?.threatsCompared)
    context.push(
      `this pull request adds ${countOf(delta.componentsAdded.length, 'component')} and ${countOf(delta.threatsAdded.length, 'threat')}`,
    );
  if (links) context.push(`${countOf(links.items.size, 'backlog item')} read`);
  context.push(`${countOf(counts.total, 'finding')} in ${countOf(input.actions.length, 'action')}`);
  const suppressed = input.analysis.suppressed.length;
  if (suppressed > 0) context.push(`${countOf(suppressed, 'finding')} suppressed by configuration`);
  context.push(`threat-align ${text(input.options.toolVersion, limits.id)}`);
  return [
    note(`<!-- threat-align:${marker} -->\n## ${icon} ${text(title, limits.title)}: ${verdict(input)}`),
    note(context.join(' · ')),
  ];
}

/** Why the report is red or green, in one line. */
function verdict(input: SectionInput): string {
  const { counts } = input.analysis;
  const actions = input.actions;
  if (counts.error > 0) {
    const first = actions.find((a) => a.severity === 'error');
    const why = first ? ` — ${text(first.title, limits.title)}` : '';
    return `${countOf(counts.error, 'error')} ${counts.error === 1 ? 'fails' : 'fail'} this check${why}`;
  }
  if (actions.length === 0) return 'green: nothing to fix';
  if (input.delta) {
    const fresh = actions.filter((a) => a.introduced).length;
    return fresh === 0
      ? `green: nothing new to fix (${countOf(actions.length, 'open action')})`
      : `green: no error, but this pull request brings ${countOf(fresh, 'new action')}`;
  }
  return `green: no error · ${countOf(actions.length, 'open action')}`;
}

/**
 * Every finding, grouped by check, each group collapsed (or one count per check): the reference
 * under the actions. With `limit`, it stops as soon as its blocks alone are longer (undefined): a
 * report that holds them cannot fit, and rendering the rest of thousands of findings would be wasted.
 */
export function findingGroupBlocks(input: SectionInput, detail: Detail, limit?: number): Block[] | undefined {
  const findings = input.analysis.findings;
  if (findings.length === 0 || detail.findings === 'none') return [];
  const fresh = new Set((input.delta?.findingsNew ?? []).map(fingerprintFinding));
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.check);
    if (group) group.push(finding);
    else groups.set(finding.check, [finding]);
  }
  const blocks = [heading(`### All findings by check (${findings.length})`)];
  let size = 0;
  for (const check of [...groups.keys()].sort(compareText)) {
    if (limit !== undefined && size > limit) return undefined;
    const list = groups.get(check) ?? [];
    const worst = list.reduce<Severity>(
      (w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w),
      'note',
    );
    const name = `${text(check, limits.id)} · ${text(checkTitle(check), limits.title)}`;
    if (detail.findings === 'counts') {
      const line = `- ${severityIcons[worst]} ${checkLink(check, input.options)} ${text(checkTitle(check), limits.title)}`;
      blocks.push(entry(`${line}: ${countOf(list.length, 'finding')}`, list.length));
      continue;
    }
    const lines = list.map((f) => {
      const line = findingEntry(f, input.options, { check: false, hint: detail.findings === 'full' });
      return fresh.has(fingerprintFinding(f)) ? line.replace(/^- /, '- 🆕 ') : line;
    });
    const docs = `${checkLink(check, input.options)}: what it means and how to fix it`;
    const group = `<details><summary>${severityIcons[worst]} ${name} (${list.length})</summary>\n\n${docs}\n\n${lines.join('\n')}\n\n</details>`;
    size += group.length;
    blocks.push({ text: group, kind: 'entry', findings: list.length });
  }
  return blocks;
}

/**
 * Unanswered knowledge-base questions, one collapsed group per new or changed component (per
 * component with unanswered questions, without a list).
 */
export function questionBlocks(input: SectionInput, detail: Detail): Block[] {
  if (!detail.questions) return [];
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
    const tally = `${list.length} unanswered${answered > 0 ? `, ${answered} answered` : ''}`;
    const lines = list.map(
      (q) =>
        `- ${code(q.question.id)} ${text(q.question.text, limits.question)} (${q.question.stride})\n  - Why: ${text(q.question.rationale, limits.question)}`,
    );
    blocks.push({
      text: `<details><summary>Questions for ${text(component, limits.id)} (${tally})</summary>\n\n${lines.join('\n')}\n\n</details>`,
      kind: 'entry',
      findings: 0,
    });
  }
  return blocks;
}

/** The Mermaid diagram passed in, collapsed, in a fence longer than any backtick run inside it. */
export function diagramBlocks(input: SectionInput, detail: Detail): Block[] {
  const mermaid = input.mermaid?.trim();
  if (mermaid === undefined || mermaid === '' || !detail.diagram) return [];
  // The diagram's labels come from the model; no raw comment may look like the report's marker.
  const body = mermaid.replaceAll('<!--', `<${wordJoiner}!--`);
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  const title = input.delta ? 'Diagram of the change' : 'Diagram of the system';
  return [
    {
      text: `<details><summary>${title}</summary>\n\n${fence}mermaid\n${body}\n${fence}\n\n</details>`,
      kind: 'entry',
      findings: 0,
    },
  ];
}
