import { plural } from './render-text.js';

/**
 * The counts as a sentence's words: "1 error, 85 warnings and 21 notes", "2 warnings", "no
 * findings" — only the severities there are, each with its right plural.
 */
export function countsInWords(counts: { error: number; warning: number; note: number }): string {
  const parts = [
    counts.error > 0 ? plural(counts.error, 'error') : undefined,
    counts.warning > 0 ? plural(counts.warning, 'warning') : undefined,
    counts.note > 0 ? plural(counts.note, 'note') : undefined,
  ].filter((part): part is string => part !== undefined);
  if (parts.length === 0) return 'no findings';
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}
