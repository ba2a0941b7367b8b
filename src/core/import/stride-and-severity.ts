import type { StrideCategory, ThreatSeverity } from '../model/threat-model.js';

/** All six categories, in STRIDE order: what a threat gets when its source names none (and a finding says so). */
export const allStride: readonly StrideCategory[] = ['S', 'T', 'R', 'I', 'D', 'E'];

/** "High", "MEDIUM", "low" → a native severity; anything else (TBD, blank) → undefined. */
export function severityOf(written: string | undefined): ThreatSeverity | undefined {
  const squeezed = (written ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return squeezed === 'critical' || squeezed === 'high' || squeezed === 'medium' || squeezed === 'low'
    ? squeezed
    : undefined;
}
