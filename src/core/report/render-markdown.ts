import type { Analysis } from '../analyse.js';
import type { PullRequestDelta } from '../delta/compute-delta.js';
import { joinBlocks, note, trimBlocks, type Block } from './markdown-blocks.js';
import { changeBlocks } from './markdown-change.js';
import {
  diagramBlocks,
  findingGroupBlocks,
  headerBlocks,
  questionBlocks,
  type Detail,
  type SectionInput,
} from './markdown-sections.js';
import type { ReportOptions } from './report-options.js';

/**
 * GitHub's limit for a comment is 65,536 characters; this leaves room for the platform's own additions.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const defaultBudget = 65_000;

interface MarkdownOptions extends ReportOptions {
  /** Names the comment (`<!-- threat-align:MARKER -->`) so that reruns find and update it. */
  marker: string;
  /** The longest report, in UTF-16 code units (`string.length`); default 65,000. */
  budget?: number;
  /** The heading's name; default `threat-align`. */
  title?: string;
  /** Where the whole report is when this one is shortened; default `the job summary / SARIF`. */
  moreIn?: string;
}

export interface MarkdownInput {
  analysis: Analysis;
  /** The change against the base branch; without it (push, schedule) the report has no change section. */
  delta?: PullRequestDelta;
  /** Backlog item ids the pull request closes. */
  closingStories?: readonly string[];
  /** Components to ask questions for; default: the delta's new and changed ones, or all without a delta. */
  changedComponents?: readonly string[];
  /** A Mermaid diagram (render-mermaid.ts), shown in a ```mermaid block. */
  mermaid?: string;
  options: MarkdownOptions;
}

/**
 * What a rendering had to leave out to fit its budget, in the order the steps are taken.
 * @internal Exported for its tests; production reaches it through this module.
 */
export type DegradationStep = 'full' | 'no-hints' | 'counts' | 'no-diagram' | 'trimmed';

/** Each step turns off one more kind of detail; `left` says so in the report's notice. */
const steps: readonly { step: Exclude<DegradationStep, 'trimmed'>; detail: Detail; left?: string }[] = [
  { step: 'full', detail: { hints: true, groups: true, diagram: true } },
  { step: 'no-hints', detail: { hints: false, groups: true, diagram: true }, left: 'fix hints left out' },
  {
    step: 'counts',
    detail: { hints: false, groups: false, diagram: true },
    left: 'findings counted per check',
  },
  { step: 'no-diagram', detail: { hints: false, groups: false, diagram: false }, left: 'diagram left out' },
];

/**
 * The pull-request comment and job summary (SPEC §6): the hidden marker, the verdict with counts,
 * what this change brings, the other findings grouped by check, questions for new or changed
 * components, and the diagram. Every string from outside goes through neutralize.ts.
 */
export function renderMarkdown(input: MarkdownInput): string {
  return renderMarkdownReport(input).markdown;
}

/**
 * The report within its budget, and the step that made it fit: each step leaves out more than the
 * one before (hints; then findings by check, counted instead; then the diagram); when even the
 * last is too long, whole blocks are trimmed from the end, with a notice of what was left out.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function renderMarkdownReport(input: MarkdownInput): { markdown: string; step: DegradationStep } {
  const { options } = input;
  const budget = options.budget ?? defaultBudget;
  const moreIn = options.moreIn ?? 'the job summary / SARIF';
  const sections: SectionInput = {
    analysis: input.analysis,
    delta: input.delta,
    closingStories: input.closingStories ?? [],
    components:
      input.changedComponents ??
      (input.delta ? [...input.delta.componentsAdded, ...input.delta.componentsChanged] : undefined),
    mermaid: input.mermaid,
    options,
  };
  const head = headerBlocks(sections, markerName(options.marker), options.title ?? 'threat-align');
  const left: string[] = [];
  let last: { body: Block[]; tail: Block[]; text?: string } = { body: [], tail: [] };
  for (const [index, { step, detail, left: leaves }] of steps.entries()) {
    // Every step but the last may give up early: its findings alone overflowing means it cannot fit.
    const body = bodyBlocks(sections, detail, index < steps.length - 1 ? budget : undefined);
    if (body === undefined) {
      if (leaves !== undefined) left.push(leaves);
      last = { body: [], tail: [] };
      continue;
    }
    const text = joinBlocks(body);
    // A step that changes nothing here (no hints, no diagram…) is neither taken nor named.
    if (last.text === text) continue;
    if (leaves !== undefined) left.push(leaves);
    const tail =
      left.length > 0
        ? [note(`Shortened to fit the size limit: ${left.join('; ')}. The whole report: ${moreIn}.`)]
        : [];
    const markdown = joinBlocks([...head, ...body, ...tail]);
    if (markdown.length <= budget) return { markdown, step };
    last = { body, tail, text };
  }
  return {
    markdown: trimBlocks({ head, body: last.body, tail: last.tail }, budget, moreIn),
    step: 'trimmed',
  };
}

function bodyBlocks(input: SectionInput, detail: Detail, limit?: number): Block[] | undefined {
  const findings = findingGroupBlocks(input, detail, limit);
  if (findings === undefined) return undefined;
  return [
    ...changeBlocks(input, detail),
    ...findings,
    ...questionBlocks(input, detail),
    ...diagramBlocks(input, detail),
  ];
}

/** The marker as it may stand in an HTML comment: no `>`, no `--`, nothing but id characters. */
export function markerName(marker: string): string {
  return marker.replace(/[^A-Za-z0-9._:/-]/g, '-').replace(/-{2,}/g, '-');
}
