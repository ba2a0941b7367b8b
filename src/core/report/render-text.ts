import { deriveActions } from '../actions/derive-actions.js';
import type { Action } from '../actions/action.js';
import type { Analysis } from '../analyse.js';
import type { Threat } from '../expand/expand-model.js';
import { isFileLocation, type Location, type Severity } from '../findings/finding.js';
import { escapeControls } from './escape-controls.js';
import { fixFirstLimit } from './markdown-actions.js';

export interface TextOptions {
  /** ANSI colours, for a terminal (the CLI decides: NO_COLOR, FORCE_COLOR, a TTY). */
  color?: boolean;
}

const ansi = { red: '31', yellow: '33', cyan: '36', bold: '1', dim: '2' } as const;
const severityColor: Record<Severity, keyof typeof ansi> = { error: 'red', warning: 'yellow', note: 'cyan' };

/**
 * The CLI's report: threats per element (TOP first); then what to do, grouped as in every other
 * outlet (Fix first: the first 10 actions with their hints; then the other actions, one line each);
 * then one compiler-style line per finding (for editors), then the counts. Every text from the model
 * or the backlog has its control characters escaped; colours are the report's own.
 */
export function renderText(
  analysis: Pick<Analysis, 'findings' | 'counts' | 'expansion' | 'kb'> & Partial<Pick<Analysis, 'links'>>,
  options: TextOptions = {},
): string {
  const paint = (color: keyof typeof ansi, text: string): string =>
    options.color === true ? `\u001b[${ansi[color]}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  if (analysis.expansion && analysis.kb) {
    lines.push(
      ...renderThreats(
        analysis.expansion.threats,
        `${analysis.kb.name}@${analysis.kb.version}`,
        analysis.expansion.profile,
      ).map(escapeControls),
      '',
    );
  }
  const { actions } = deriveActions(analysis);
  if (actions.length > 1 || (actions.length === 1 && analysis.findings.length > 1)) {
    lines.push(...renderActions(actions, paint), '');
  }
  for (const finding of analysis.findings) {
    const severity = paint(severityColor[finding.severity], finding.severity);
    lines.push(
      `${escapeControls(where(finding.location))}: ${severity} ${finding.check}: ${escapeControls(finding.message)}`,
    );
    lines.push(`    hint: ${escapeControls(finding.hint)}`);
  }
  const { error, warning, note } = analysis.counts;
  lines.push(`${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(note, 'note')}`);
  return `${lines.join('\n')}\n`;
}

function renderActions(
  actions: readonly Action[],
  paint: (color: keyof typeof ansi, text: string) => string,
): string[] {
  const lines = [
    paint(
      'bold',
      `Fix first (${Math.min(actions.length, fixFirstLimit)} of ${plural(actions.length, 'action')})`,
    ),
  ];
  for (const [i, action] of actions.slice(0, fixFirstLimit).entries()) {
    const severity = paint(severityColor[action.severity], action.severity);
    lines.push(
      `  ${i + 1}. ${severity} ${paint('bold', escapeControls(action.title))} (${escapeControls(where(action.location))}; ${action.checks.join(', ')})`,
      `     ${escapeControls(action.detail)}`,
      `     → ${escapeControls(action.hint)}`,
    );
  }
  const rest = actions.slice(fixFirstLimit);
  if (rest.length > 0) {
    lines.push(paint('bold', `Other actions (${rest.length})`));
    for (const action of rest)
      lines.push(
        `  - ${paint(severityColor[action.severity], action.severity)} ${escapeControls(action.title)} (${action.checks.join(', ')}, ${plural(action.findings.length, 'finding')})`,
      );
  }
  return lines;
}

function renderThreats(threats: readonly Threat[], kbName: string, profile: string): string[] {
  const elements = new Set(threats.map((t) => t.element));
  const lines = [
    `${plural(threats.length, 'threat')} on ${plural(elements.size, 'element')} (${kbName}, profile ${profile})`,
  ];
  let current: string | undefined;
  for (const threat of threats) {
    if (threat.element !== current) {
      current = threat.element;
      lines.push(`  ${threat.element} (${threat.elementKind})`);
    }
    const mitigations = threat.mitigations.map((m) => `${m.id} ${m.status}`).join(', ');
    lines.push(
      `    ${threat.top ? 'TOP ' : '    '}${threat.id} — ${threat.title} [${threat.severity}, ${threat.stride.join('')}] ${threat.status}${mitigations ? `; ${mitigations}` : ''}`,
    );
  }
  return lines;
}

function where(location: Location): string {
  if (isFileLocation(location)) return `${location.file}:${location.line}:${location.column}`;
  return `backlog ${location.backlogItem.id}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
