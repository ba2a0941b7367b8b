import type { Analysis } from '../analyse.js';
import type { Threat } from '../expand/expansion.js';
import { isFileLocation, type Finding } from '../findings/finding.js';
import { escapeControls } from './escape-controls.js';

/**
 * The CLI's report: threats per element (TOP first), then one compiler-style line per finding, then the counts.
 * Every line has its control characters escaped (`escapeControls`): the report goes to a terminal.
 */
export function renderText(analysis: TextReportInput): string {
  return [...renderTextLines(analysis)].join('');
}

type TextReportInput = Pick<Analysis, 'findings' | 'counts' | 'expansion' | 'kb'>;

/** The same report line by line, each with its line feed: a large model's report is never one string. */
export function* renderTextLines(analysis: TextReportInput): Generator<string> {
  const line = (text: string): string => `${escapeControls(text)}\n`;
  if (analysis.expansion && analysis.kb) {
    const kbName = `${analysis.kb.name}@${analysis.kb.version}`;
    for (const text of renderThreats(analysis.expansion.threats, kbName, analysis.expansion.profile))
      yield line(text);
    yield '\n';
  }
  for (const finding of analysis.findings) {
    yield line(`${where(finding)}: ${finding.severity} ${finding.check}: ${finding.message}`);
    yield line(`    hint: ${finding.hint}`);
  }
  const { error, warning, note } = analysis.counts;
  yield line(`${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(note, 'note')}`);
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

function where(finding: Finding): string {
  const location = finding.location;
  if (isFileLocation(location)) return `${location.file}:${location.line}:${location.column}`;
  return `backlog ${location.backlogItem.id}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
