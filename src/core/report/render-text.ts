import type { Analysis } from '../analyse.js';
import type { Threat } from '../expand/expansion.js';
import { isFileLocation, type Finding } from '../findings/finding.js';

/** The CLI's report: threats per element (TOP first), then one compiler-style line per finding, then the counts. */
export function renderText(analysis: Pick<Analysis, 'findings' | 'counts' | 'expansion' | 'kb'>): string {
  const lines: string[] = [];
  if (analysis.expansion && analysis.kb) {
    lines.push(
      ...renderThreats(
        analysis.expansion.threats,
        `${analysis.kb.name}@${analysis.kb.version}`,
        analysis.expansion.profile,
      ),
      '',
    );
  }
  for (const finding of analysis.findings) {
    lines.push(`${where(finding)}: ${finding.severity} ${finding.check}: ${finding.message}`);
    lines.push(`    hint: ${finding.hint}`);
  }
  const { error, warning, note } = analysis.counts;
  lines.push(`${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(note, 'note')}`);
  return `${lines.join('\n')}\n`;
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

function where(finding: Finding): string {
  const location = finding.location;
  if (isFileLocation(location)) return `${location.file}:${location.line}:${location.column}`;
  return `backlog ${location.backlogItem.id}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
