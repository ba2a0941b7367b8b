import type { Finding } from '../findings/finding.js';
import type { SourceIndex } from '../source/source-index.js';

/** A span of the source file, as character offsets. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** TA107: part of the source that the native model cannot carry, at its place in the source file. */
export function unmappedFinding(
  index: SourceIndex,
  span: SourceSpan,
  what: { message: string; hint: string; subject: string },
): Finding {
  return {
    check: 'TA107',
    severity: 'warning',
    message: what.message,
    location: index.at(span.start, span.end),
    hint: what.hint,
    subject: what.subject,
  };
}

/** TA101: the source file cannot be read at all, at the place where reading stopped. */
export function unreadableFinding(
  index: SourceIndex,
  offset: number,
  what: { message: string; hint: string; subject: string },
): Finding {
  return {
    check: 'TA101',
    severity: 'error',
    message: what.message,
    location: index.at(offset),
    hint: what.hint,
    subject: what.subject,
  };
}
