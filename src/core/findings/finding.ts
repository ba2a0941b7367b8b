/** How much a finding matters; configuration may change a check's default. */
export type Severity = 'error' | 'warning' | 'note';

const severities: readonly Severity[] = ['error', 'warning', 'note'];

/** A place in a source file: 1-based line and column. */
export interface FileLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A finding about a backlog item rather than a line of the model. */
export interface BacklogLocation {
  backlogItem: { id: string; url?: string };
}

export type Location = FileLocation | BacklogLocation;

/** One misalignment (SPEC §2): a check id, a severity, where, what, and how to fix it. */
export interface Finding {
  check: string;
  severity: Severity;
  message: string;
  location: Location;
  /** Exactly what to write where to fix it. */
  hint: string;
  /** A stable name of what the finding is about, independent of line numbers (fingerprints, suppressions). */
  subject: string;
}

export function isFileLocation(location: Location): location is FileLocation {
  return 'file' in location;
}

export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}
