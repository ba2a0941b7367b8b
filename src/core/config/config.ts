import type { Finding, Severity } from '../findings/finding.js';
import { parseSourceDocument } from '../source/parse-document.js';
import { validateDocument } from '../source/validate-document.js';
import { configSchema } from './config-schema.js';
import type { Limits } from './limits.js';

export type FailOn = Severity | 'never';

export interface Config {
  failOn?: FailOn;
  /** The word that starts a WITHOUT clause, in its exact case (default: WITHOUT). */
  withoutKeyword?: string;
  checks?: Record<string, Severity | 'off'>;
  suppressions?: Suppression[];
  /** The most a run takes on: model size, elements, backlog items (limits.ts). */
  limits?: Limits;
}

/** An accepted finding: its check and target, why, and until when. */
export interface Suppression {
  check: string;
  target: string;
  reason: string;
  expires?: string;
}

/** Reads `.threat-align.yaml`; problems are findings of the file, at their line. */
export function loadConfig(file: string, text: string): { config: Config; findings: Finding[] } {
  // An empty file, or one with only comments, means the defaults.
  if (isOnlyComments(text.replace(/^\uFEFF/, ''))) return { config: {}, findings: [] };
  const parsed = parseSourceDocument(file, text);
  if (parsed.findings.length > 0) return { config: {}, findings: parsed.findings };
  if (parsed.value === null || parsed.value === undefined) return { config: {}, findings: [] };
  const findings = validateDocument(parsed.value, configSchema, parsed.index, {
    check: 'TA101',
    what: 'config',
  });
  if (findings.length > 0) return { config: {}, findings };
  const config = parsed.value as Config;
  return { config, findings };
}

/**
 * Whether every line is blank or a comment. Line by line, not one pattern over the whole text:
 * `/^\s*(#[^\n]*\s*)*$/` backtracks exponentially on a run of `#` followed by anything else.
 */
function isOnlyComments(text: string): boolean {
  return text.split(/\r\n|[\n\r]/).every((line) => /^\s*(?:#.*)?$/.test(line));
}
