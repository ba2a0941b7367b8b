import type { Analysis } from '../analyse.js';
import type { PullRequestDelta } from '../delta/compute-delta.js';
import { joinBlocks, note, trimBlocks, type Block } from './markdown-blocks.js';
import { deriveActions } from '../actions/derive-actions.js';
import type { Action } from '../actions/action.js';
import { fixFirstBlocks, otherActionBlocks } from './markdown-actions.js';
import { changeBlocks, changeDetailBlocks } from './markdown-change.js';
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
  /** The actions, when the caller derived them already; default: derived from the analysis and delta. */
  actions?: readonly Action[];
  options: MarkdownOptions;
}

/**
 * What a rendering had to leave out to fit its budget, in the order the steps are taken.
 * @internal Exported for its tests; production reaches it through this module.
 */
export type DegradationStep =
  | 'full'
  | 'no-finding-hints'
  | 'findings-counted'
  | 'no-findings'
  | 'no-action-hints'
  | 'actions-counted'
  | 'no-questions'
  | 'no-diagram'
  | 'trimmed';

const full: Detail = { findings: 'full', actions: 'full', questions: true, diagram: true };

/**
 * Each step turns down one more kind of collapsed detail; `left` says so in the report's notice.
 * The visible part — verdict, Fix first with every hint, this pull request — is never degraded.
 */
const steps: readonly { step: Exclude<DegradationStep, 'trimmed'>; detail: Detail; left?: string }[] = [
  { step: 'full', detail: full },
  {
    step: 'no-finding-hints',
    detail: { ...full, findings: 'no-hints' },
    left: 'hints of the findings left out',
  },
  { step: 'findings-counted', detail: { ...full, findings: 'counts' }, left: 'findings counted per check' },
  { step: 'no-findings', detail: { ...full, findings: 'none' }, left: 'findings by check left out' },
  {
    step: 'no-action-hints',
    detail: { ...full, findings: 'none', actions: 'no-hints' },
    left: 'hints of the other actions left out',
  },
  {
    step: 'actions-counted',
    detail: { ...full, findings: 'none', actions: 'counts' },
    left: 'other actions counted per group',
  },
  {
    step: 'no-questions',
    detail: { findings: 'none', actions: 'counts', questions: false, diagram: true },
    left: 'questions left out',
  },
  {
    step: 'no-diagram',
    detail: { findings: 'none', actions: 'counts', questions: false, diagram: false },
    left: 'diagram left out',
  },
];

/**
 * The pull-request comment and job summary (SPEC §6), action first: the hidden marker and a verdict
 * that says why; Fix first (at most 10 actions, each with its hint); this pull request (threats
 * added and removed, new actions, stories closed); then, collapsed, the other open actions, the
 * questions for new or changed components, the diagram, and every finding by check. Every string
 * from outside goes through neutralize.ts.
 */
export function renderMarkdown(input: MarkdownInput): string {
  return renderMarkdownReport(input).markdown;
}

/**
 * The report within its budget, and the step that made it fit: each step leaves out more collapsed
 * detail than the one before; when even the last is too long, whole collapsed blocks are trimmed
 * from the end, with a notice of what was left out. What is visible is always kept whole.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function renderMarkdownReport(input: MarkdownInput): { markdown: string; step: DegradationStep } {
  const { options } = input;
  const budget = options.budget ?? defaultBudget;
  const moreIn = options.moreIn ?? 'the job summary / SARIF';
  const actions = input.actions ?? deriveActions(input.analysis, input.delta).actions;
  const sections: SectionInput = {
    analysis: input.analysis,
    delta: input.delta,
    closingStories: input.closingStories ?? [],
    components:
      input.changedComponents ??
      (input.delta ? [...input.delta.componentsAdded, ...input.delta.componentsChanged] : undefined),
    mermaid: input.mermaid,
    options,
    actions,
  };
  const head = [
    ...headerBlocks(sections, markerName(options.marker), options.title ?? 'threat-align'),
    ...fixFirstBlocks(actions, options),
    ...changeBlocks(sections, actions),
  ];
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
    ...changeDetailBlocks(input, detail.actions === 'full'),
    ...otherActionBlocks(input.actions, input.options, detail.actions),
    ...questionBlocks(input, detail),
    ...diagramBlocks(input, detail),
    ...findings,
  ];
}

/** The marker as it may stand in an HTML comment: no `>`, no `--`, nothing but id characters. */
export function markerName(marker: string): string {
  return marker.replace(/[^A-Za-z0-9._:/-]/g, '-').replace(/-{2,}/g, '-');
}
