import type { Analysis } from '../analyse.js';
import { isFileLocation, type Finding } from '../findings/finding.js';

/** The CLI's report: one compiler-style line per finding, its hint beneath, and the counts. */
export function renderText(analysis: Pick<Analysis, 'findings' | 'counts'>): string {
  const lines: string[] = [];
  for (const finding of analysis.findings) {
    lines.push(`${where(finding)}: ${finding.severity} ${finding.check}: ${finding.message}`);
    lines.push(`    hint: ${finding.hint}`);
  }
  const { error, warning, note } = analysis.counts;
  lines.push(`${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(note, 'note')}`);
  return `${lines.join('\n')}\n`;
}

function where(finding: Finding): string {
  const location = finding.location;
  if (isFileLocation(location)) return `${location.file}:${location.line}:${location.column}`;
  return `backlog ${location.backlogItem.id}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
