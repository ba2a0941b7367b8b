import type { Action, ActionKind } from '../actions/action.js';
import { entry, heading, type Block } from './markdown-blocks.js';
import { checkLink, countOf, limits, placeOf, severityIcons, text } from './markdown-entries.js';
import type { ReportOptions } from './report-options.js';

/** At most this many actions lead the report, each with its hint (SPEC §6). */
export const fixFirstLimit = 10;

/**
 * One action as a list entry: severity, what to do (bold), where, the checks it resolves, why; and
 * beneath it, the exact edit. `marker` is the list marker (`1.` or `-`).
 */
function actionEntry(
  action: Action,
  options: ReportOptions,
  show: { marker: string; hint: boolean },
): string {
  const checks = action.checks.map((check) => checkLink(check, options)).join(', ');
  const count = action.findings.length > 1 ? ` · ${action.findings.length} findings` : '';
  const fresh = action.introduced ? ' · **new in this pull request**' : '';
  const line =
    `${show.marker} ${severityIcons[action.severity]} **${text(action.title, limits.title)}** ` +
    `(${placeOf(action.location, options)} · ${checks}${count}${fresh}): ${text(action.detail)}`;
  if (!show.hint) return line;
  // A nested list item: its own line in every renderer, whatever it does with soft line breaks.
  const indent = ' '.repeat(show.marker.length + 1);
  return `${line}\n${indent}- → ${text(action.hint, limits.hint)}`;
}

/** FIX FIRST: the first actions in order, each with its hint, numbered. Never degraded. */
export function fixFirstBlocks(actions: readonly Action[], options: ReportOptions): Block[] {
  const first = actions.slice(0, fixFirstLimit);
  if (first.length === 0) return [];
  const more = actions.length - first.length;
  return [
    heading(
      `### Fix first${more > 0 ? ` (${first.length} of ${actions.length} actions; the rest below)` : ''}`,
    ),
    ...first.map((action, i) =>
      entry(actionEntry(action, options, { marker: `${i + 1}.`, hint: true }), action.findings.length),
    ),
    ...moreErrorBlocks(actions.slice(fixFirstLimit), options),
  ];
}

/** Errors beyond Fix first are listed visibly too, one line each (no error is ever collapsed away). */
const moreErrorsLimit = 100;

function moreErrorBlocks(rest: readonly Action[], options: ReportOptions): Block[] {
  const errors = rest.filter((a) => a.severity === 'error');
  if (errors.length === 0) return [];
  const shown = errors.slice(0, moreErrorsLimit);
  const left = errors.length - shown.length;
  return [
    heading(`**${countOf(errors.length, 'more error')}** (their hints are in the groups below)`),
    ...shown.map((a) => entry(actionEntry(a, options, { marker: '-', hint: false }), a.findings.length)),
    ...(left > 0
      ? [entry(`- … and ${countOf(left, 'more error')}: see the job summary and the JSON report`)]
      : []),
  ];
}

const groups: readonly { title: string; noun: readonly [string, string]; kinds: readonly ActionKind[] }[] = [
  { title: 'Model fixes', noun: ['model fix', 'model fixes'], kinds: ['model'] },
  {
    title: 'Stories and backlog items to fix',
    noun: ['story or item to fix', 'stories and items to fix'],
    kinds: ['story', 'item', 'mitigation-status'],
  },
  {
    title: 'Mitigations to plan',
    noun: ['mitigation to plan', 'mitigations to plan'],
    kinds: ['mitigation'],
  },
  {
    title: 'Requirements to link',
    noun: ['requirement to link', 'requirements to link'],
    kinds: ['requirement'],
  },
  {
    title: 'Elements to cover (threats without a story, events, questions)',
    noun: ['element to cover', 'elements to cover'],
    kinds: ['coverage'],
  },
];

/** How much of the other actions a rendering shows. */
export type ActionDetail = 'full' | 'no-hints' | 'counts';

/**
 * ALL OTHER OPEN ACTIONS, grouped by what you do, each group collapsed: with their hints, without,
 * or one count per group.
 */
export function otherActionBlocks(
  actions: readonly Action[],
  options: ReportOptions,
  detail: ActionDetail,
): Block[] {
  const rest = actions.slice(fixFirstLimit);
  if (rest.length === 0) return [];
  const present = groups
    .map((group) => ({ ...group, list: rest.filter((a) => group.kinds.includes(a.kind)) }))
    .filter((group) => group.list.length > 0);
  const summary = present.map((g) => countOf(g.list.length, g.noun[0], g.noun[1])).join(', ');
  const blocks = [heading(`### All other open actions (${rest.length}): ${summary}`)];
  for (const group of present) {
    const findings = group.list.reduce((n, a) => n + a.findings.length, 0);
    if (detail === 'counts') {
      blocks.push(entry(`- ${group.title}: ${countOf(group.list.length, 'action')}`, findings));
      continue;
    }
    const list = group.list.map((a) => actionEntry(a, options, { marker: '-', hint: detail === 'full' }));
    blocks.push({
      text: `<details><summary>${group.title} (${group.list.length})</summary>\n\n${list.join('\n')}\n\n</details>`,
      kind: 'entry',
      findings,
    });
  }
  return blocks;
}
