import { isFileLocation, type Finding, type Severity } from '../../../core/findings/finding.js';
import { errorsFirst } from '../../../core/report/cap-outlet.js';

/** One annotation on a line of the model, as both outlets (check run, workflow command) take it. */
export interface FileAnnotation {
  path: string;
  severity: Severity;
  title: string;
  message: string;
  startLine: number;
  endLine: number;
  /** Only on a one-line annotation: GitHub drops columns that span lines. */
  startColumn?: number;
  endColumn?: number;
}

/**
 * The findings located in a file, as annotations, errors first (so that a capped outlet keeps
 * them); backlog findings have no line to sit on.
 */
export function fileAnnotations(findings: readonly Finding[]): FileAnnotation[] {
  return errorsFirst(findings, (f) => f.severity).flatMap((finding) => {
    const location = finding.location;
    if (!isFileLocation(location)) return [];
    const endLine = location.endLine ?? location.line;
    const oneLine = endLine === location.line;
    return [
      {
        path: location.file.replace(/^\.\//, ''),
        severity: finding.severity,
        title: finding.check,
        message: `${finding.message}\n\nHint: ${finding.hint}`,
        startLine: location.line,
        endLine,
        ...(oneLine ? { startColumn: location.column } : {}),
        ...(oneLine && location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
      },
    ];
  });
}
