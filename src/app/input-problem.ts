import { countFindings } from '../core/findings/count-findings.js';
import type { Finding } from '../core/findings/finding.js';
import { renderText } from '../core/report/render-text.js';

/**
 * An input no run can use, as every front end words it: the CLI prints it on stderr (exit 2),
 * the Action fails its step with it, the task fails with it.
 */
export interface InputProblem {
  ok: false;
  message: string;
}

/** A value read from the inputs, or the problem that stops the run. */
export type InputRead<T> = { ok: true; value: T } | InputProblem;

export function inputProblem(message: string): InputProblem {
  return { ok: false, message };
}

/** Every problem of an input file, one compiler-style line each with its hint, under one title. */
export function invalidInput(title: string, findings: readonly Finding[]): InputProblem {
  const text = renderText({ findings: [...findings], counts: countFindings([...findings]) });
  return inputProblem(`threat-align: ${title}\n${text.trimEnd()}`);
}

/** A file that cannot be read: `what` names it for the reader ("the threat model"). */
export function unreadable(what: string, reason: string): InputProblem {
  return inputProblem(`threat-align: ${what} cannot be read: ${reason}`);
}

/** A file that is not UTF-8 text, at the first bad byte. */
export function undecodable(
  file: string,
  decoded: { line: number; column: number; message: string },
): InputProblem {
  return inputProblem(`${file}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}`);
}
