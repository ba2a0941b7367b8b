import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** A fingerprint that survives edits elsewhere in the file: the check and its subject, never a line number. */
export function fingerprintFinding(finding: Pick<Finding, 'check' | 'subject'>): string {
  return createHash('sha256').update(`${finding.check}\u0000${finding.subject}`).digest('hex').slice(0, 32);
}
