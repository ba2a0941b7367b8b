import { severityRank, type Severity } from '../findings/finding.js';

/** What a capped outlet keeps, and how many it leaves out (to say "N more" once). */
export interface Capped<T> {
  kept: T[];
  left: number;
}

/** The entries with errors first, then warnings, then notes; the order within a severity kept. */
export function errorsFirst<T>(entries: readonly T[], severityOf: (entry: T) => Severity): T[] {
  return entries
    .map((entry, index) => ({ entry, index, rank: severityRank(severityOf(entry)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * At most `total` entries, errors first (SPEC §6: a capped outlet takes errors first and says how
 * many more): an error is only ever left out when there are more errors than room.
 */
export function capErrorsFirst<T>(
  entries: readonly T[],
  severityOf: (entry: T) => Severity,
  total: number,
): Capped<T> {
  const ordered = errorsFirst(entries, severityOf);
  const kept = ordered.slice(0, Math.max(0, total));
  return { kept, left: ordered.length - kept.length };
}

/**
 * At most `perSeverity` entries of each severity, errors first: what GitHub displays of workflow
 * annotations (10 of each type per step). With `reserveNote`, one note's room is kept for the
 * "N more" notice whenever something is left out.
 */
export function capPerSeverity<T>(
  entries: readonly T[],
  severityOf: (entry: T) => Severity,
  perSeverity: number,
  reserveNote = false,
): Capped<T> {
  const ordered = errorsFirst(entries, severityOf);
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const kept: T[] = [];
  for (const entry of ordered) {
    const severity = severityOf(entry);
    if (counts[severity] >= perSeverity) continue;
    counts[severity] += 1;
    kept.push(entry);
  }
  if (reserveNote && kept.length < ordered.length && counts.note >= perSeverity) {
    const lastNote = kept.map(severityOf).lastIndexOf('note');
    kept.splice(lastNote, 1);
  }
  return { kept, left: ordered.length - kept.length };
}
