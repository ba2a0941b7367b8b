import type { Finding } from '../findings/finding.js';
import type { SourceIndex } from '../source/source-index.js';

/**
 * Check ids in a configuration that no check has (`checks: { TA999: off }`, a suppression of
 * `check: TA299`): each an error at the id itself, with the ids there are. The schema only knows
 * their shape; accepted in silence, a typo would leave the check it meant at its default.
 */
export function unknownCheckIds(
  // The parts of a Config it reads (config.ts calls it: importing Config back would be a cycle).
  config: { checks?: Record<string, unknown>; suppressions?: readonly { check: string }[] },
  knownIds: readonly string[],
  index: Pick<SourceIndex, 'locate'>,
): Finding[] {
  const known = new Set(knownIds);
  const findings: Finding[] = [];
  const report = (id: string, pointer: string, part: 'key' | 'value', where: string) => {
    findings.push({
      check: 'TA101',
      severity: 'error',
      message: `${where}: "${id}" is not a threat-align check`,
      location: index.locate(pointer, part),
      hint: `Write one of the checks there are (docs/checks): ${knownIds.join(', ')}.`,
      subject: `config${pointer}#unknown-check`,
    });
  };
  for (const id of Object.keys(config.checks ?? {})) {
    if (!known.has(id)) report(id, `/checks/${escapePointer(id)}`, 'key', 'checks');
  }
  (config.suppressions ?? []).forEach((suppression, i) => {
    if (!known.has(suppression.check)) {
      report(suppression.check, `/suppressions/${i}/check`, 'value', `suppressions[${i}].check`);
    }
  });
  return findings;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
