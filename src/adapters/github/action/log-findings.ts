import type { Analysis } from '../../../core/analyse.js';
import { isFileLocation, severityRank, type Finding } from '../../../core/findings/finding.js';
import { countsInWords } from '../../../core/report/counts-in-words.js';
import { escapeControls } from '../../../core/report/escape-controls.js';

/** The part of `@actions/core` the log needs. */
export interface FindingsLog {
  info(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

/** How many findings the log names; the job summary and the files have them all. */
const loggedFindings = 10;

/**
 * The step's log: one line with the counts in words, then the most severe findings, one line
 * each as a compiler writes them, folded in a collapsible group so the log stays short.
 */
export function logFindings(analysis: Analysis, model: string, log: FindingsLog): void {
  const { findings, counts } = analysis;
  // The log is a terminal: model and backlog text reach it with every control character escaped.
  log.info(escapeControls(`threat-align: ${countsInWords(counts)} in ${model}.`));
  if (findings.length === 0) return;
  const top = findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.order - b.order)
    .slice(0, loggedFindings)
    .map(({ finding }) => finding);
  const title =
    top.length === findings.length
      ? `The ${findings.length === 1 ? 'finding' : `${findings.length} findings`}`
      : `The first ${top.length} of ${findings.length} findings, most severe first (the job summary has them all)`;
  log.startGroup(title);
  try {
    for (const finding of top) log.info(escapeControls(findingLine(finding)));
  } finally {
    log.endGroup();
  }
}

function findingLine(finding: Finding): string {
  const { location } = finding;
  const where = isFileLocation(location)
    ? `${location.file}:${location.line}:${location.column}`
    : `backlog ${location.backlogItem.id}`;
  return `${where}: ${finding.severity} ${finding.check}: ${finding.message}`;
}
