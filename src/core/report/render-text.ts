import { deriveActions } from '../actions/derive-actions.js';
import type { Action } from '../actions/action.js';
import type { Analysis } from '../analyse.js';
import type { Threat } from '../expand/expansion.js';
import { isFileLocation, type Location, type Severity } from '../findings/finding.js';
import { escapeControls } from './escape-controls.js';
import { fixFirstLimit } from './markdown-actions.js';

export interface TextOptions {
  /** ANSI colours, for a terminal (the CLI decides: NO_COLOR, FORCE_COLOR, a TTY). */
  color?: boolean;
}

type TextReportInput = Pick<Analysis, 'findings' | 'counts' | 'expansion' | 'kb'> &
  Partial<Pick<Analysis, 'links'>>;
type Paint = (color: keyof typeof ansi, text: string) => string;

const ansi = { red: '31', yellow: '33', cyan: '36', bold: '1' } as const;
const severityColor: Record<Severity, keyof typeof ansi> = { error: 'red', warning: 'yellow', note: 'cyan' };

/**
 * The CLI's report: for a checked model, what to do first, grouped as in every other outlet (Fix
 * first: the first 10 actions with where, why and their hint; then the other actions, one line
 * each); then the threats per element (TOP first); then one compiler-style line per finding (for
 * editors), then the counts. Every text from the model or the backlog has its control characters escaped
 * (`escapeControls`); the colours, when asked for, are the report's own.
 */
export function renderText(analysis: TextReportInput, options: TextOptions = {}): string {
  return [...renderTextLines(analysis, options)].join('');
}

/** The same report line by line, each with its line feed: a large model's report is never one string. */
export function* renderTextLines(analysis: TextReportInput, options: TextOptions = {}): Generator<string> {
  const paint: Paint = (color, text) =>
    options.color === true ? `\u001b[${ansi[color]}m${text}\u001b[0m` : text;
  const safe = (text: string): string => escapeControls(text);
  if (analysis.expansion && analysis.kb) {
    // What to do comes first, on the terminal's first screen; the threats and findings follow.
    const { actions } = deriveActions(analysis);
    if (actions.length > 0) {
      for (const text of renderActions(actions, paint, safe)) yield `${text}\n`;
      yield '\n';
    }
    const kbName = `${analysis.kb.name}@${analysis.kb.version}`;
    for (const text of renderThreats(analysis.expansion.threats, kbName, analysis.expansion.profile))
      yield `${safe(text)}\n`;
    yield '\n';
  }
  for (const finding of analysis.findings) {
    const severity = paint(severityColor[finding.severity], finding.severity);
    yield `${safe(where(finding.location))}: ${severity} ${safe(finding.check)}: ${safe(finding.message)}\n`;
    yield `    hint: ${safe(finding.hint)}\n`;
  }
  const { error, warning, note } = analysis.counts;
  yield `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(note, 'note')}\n`;
}

function* renderActions(
  actions: readonly Action[],
  paint: Paint,
  safe: (text: string) => string,
): Generator<string> {
  yield paint(
    'bold',
    `Fix first (${Math.min(actions.length, fixFirstLimit)} of ${plural(actions.length, 'action')})`,
  );
  for (const [i, action] of actions.slice(0, fixFirstLimit).entries()) {
    const severity = paint(severityColor[action.severity], action.severity);
    yield `  ${i + 1}. ${severity} ${paint('bold', safe(action.title))} (${safe(where(action.location))}; ${action.checks.join(', ')})`;
    yield `     ${safe(action.detail)}`;
    yield `     → ${safe(action.hint)}`;
  }
  const rest = actions.slice(fixFirstLimit);
  if (rest.length === 0) return;
  yield paint('bold', `Other actions (${rest.length})`);
  for (const action of rest)
    yield `  - ${paint(severityColor[action.severity], action.severity)} ${safe(action.title)} (${action.checks.join(', ')}, ${plural(action.findings.length, 'finding')})`;
}

function* renderThreats(threats: readonly Threat[], kbName: string, profile: string): Generator<string> {
  const elements = new Set(threats.map((t) => t.element));
  yield `${plural(threats.length, 'threat')} on ${plural(elements.size, 'element')} (${kbName}, profile ${profile})`;
  let current: string | undefined;
  for (const threat of threats) {
    if (threat.element !== current) {
      current = threat.element;
      yield `  ${threat.element} (${threat.elementKind})`;
    }
    const mitigations = threat.mitigations.map((m) => `${m.id} ${m.status}`).join(', ');
    yield `    ${threat.top ? 'TOP ' : '    '}${threat.id} — ${threat.title} [${threat.severity}, ${threat.stride.join('')}] ${threat.status}${mitigations ? `; ${mitigations}` : ''}`;
  }
}

function where(location: Location): string {
  if (isFileLocation(location)) return `${location.file}:${location.line}:${location.column}`;
  return `backlog ${location.backlogItem.id}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
