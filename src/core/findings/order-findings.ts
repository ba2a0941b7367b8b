import { isFileLocation, type Finding } from './finding.js';

/** The one stable order of findings: model locations by file, line and column, then backlog items by id. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocation(a, b) ||
    compareText(a.check, b.check) ||
    compareText(a.subject, b.subject) ||
    compareText(a.message, b.message)
  );
}

function compareLocation(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  if (isFileLocation(la) && isFileLocation(lb)) {
    return compareText(la.file, lb.file) || la.line - lb.line || la.column - lb.column;
  }
  if (isFileLocation(la)) return -1;
  if (isFileLocation(lb)) return 1;
  return compareBacklogIds(la.backlogItem.id, lb.backlogItem.id);
}

function compareBacklogIds(a: string, b: string): number {
  const na = /^\D*(\d+)$/.exec(a);
  const nb = /^\D*(\d+)$/.exec(b);
  if (na?.[1] !== undefined && nb?.[1] !== undefined) {
    return Number(na[1]) - Number(nb[1]) || compareText(a, b);
  }
  return compareText(a, b);
}

/** Code-unit order, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
