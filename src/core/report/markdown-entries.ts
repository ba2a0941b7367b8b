import type { BacklogItem } from '../backlog/backlog-item.js';
import { findCheckInfo } from '../checks/registry.js';
import type { AppliedMitigation, Threat } from '../expand/expansion.js';
import { isFileLocation, type Finding, type Location, type Severity } from '../findings/finding.js';
import type { MitigationStatus } from '../model/threat-model.js';
import { codeSpan, neutralizeMarkdown, safeUrl } from './neutralize.js';
import { checkDocsUrl, sourceLineUrl, type ReportOptions } from './report-options.js';

/** How long each kind of untrusted text may be in a report: enough to read, never enough to flood it. */
export const limits = { title: 200, message: 1000, hint: 1000, question: 500, id: 200 } as const;

export const severityIcons: Record<Severity, string> = { error: '❌', warning: '⚠️', note: 'ℹ️' };

const mitigationIcons: Record<MitigationStatus, string> = {
  implemented: '✅',
  'not-applicable': '➖',
  'accepted-risk': '➖',
  proposed: '⚠️',
  planned: '⚠️',
  'in-progress': '⚠️',
};

/** Inline text from anywhere outside this code, made inert (neutralize.ts). */
export const text = (value: string, maxLength: number = limits.message): string =>
  neutralizeMarkdown(value, { maxLength });

/** An id or a file position, as inline code. */
export const code = (value: string): string => codeSpan(value, { maxLength: limits.id });

/** The check's title from the catalogue, or its id alone for a check the catalogue does not know. */
export function checkTitle(check: string): string {
  return findCheckInfo(check)?.title ?? check;
}

/** `[TA102](docs/checks/TA102.md)`: the check id linking to its documentation page. */
export function checkLink(check: string, options: ReportOptions): string {
  return `[${text(check, limits.id)}](${linkDestination(checkDocsUrl(options, check))})`;
}

/** A link destination from configuration: characters that would end or break it percent-encoded. */
function linkDestination(url: string): string {
  return url.replace(
    /[\s()<>[\]`"'\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * Where a finding is: `file:line:column` as code (linked to the line at the head commit when the
 * options say where the file is), or the backlog item, linked when its URL is safe.
 */
function findingPlace(finding: Pick<Finding, 'location'>, options?: ReportOptions): string {
  return placeOf(finding.location, options);
}

export function placeOf(location: Location, options?: ReportOptions): string {
  if (isFileLocation(location)) {
    const shown = code(`${location.file}:${location.line}:${location.column}`);
    const url = options ? safeUrl(sourceLineUrl(options, location.file, location.line)) : undefined;
    return url === undefined ? shown : `[${shown}](${url})`;
  }
  return itemReference(location.backlogItem.id, location.backlogItem.url);
}

/** A backlog item's id, linked to it when its URL is a plain http(s) URL. */
export function itemReference(id: string, url?: string): string {
  const shown = text(id, limits.id);
  const target = safeUrl(url);
  return target === undefined ? shown : `[${shown}](${target})`;
}

/** One finding as a list entry: icon, optionally the check, where, what; the hint beneath when asked for. */
export function findingEntry(
  finding: Finding,
  options: ReportOptions,
  show: { check: boolean; hint: boolean },
): string {
  const check = show.check ? `${checkLink(finding.check, options)} ` : '';
  const line = `- ${severityIcons[finding.severity]} ${check}${findingPlace(finding, options)} ${text(finding.message)}`;
  return show.hint ? `${line}\n  - Fix: ${text(finding.hint, limits.hint)}` : line;
}

/** One threat as a list entry: id, title, severity, TOP, status; its mitigations beneath when asked for. */
export function threatEntry(threat: Threat, show: { mitigations: boolean }): string {
  const facts = [threat.severity, ...(threat.top ? ['TOP'] : []), threat.status].join(' · ');
  const line = `- ${code(threat.id)} ${text(threat.title, limits.title)} · ${facts}`;
  if (!show.mitigations || threat.mitigations.length === 0) return line;
  return `${line}\n  - mitigations: ${threat.mitigations.map((m) => mitigationState(m)).join(' · ')}`;
}

/** `✅ M-PARAM implemented`, with the mitigation's backlog items and their status when given. */
export function mitigationState(
  mitigation: Pick<AppliedMitigation, 'id' | 'status'>,
  items: readonly BacklogItem[] = [],
): string {
  const shown = items.slice(0, 5).map((item) => `${itemReference(item.id, item.url)} ${item.status}`);
  if (items.length > 5) shown.push(`${items.length - 5} more`);
  const backlog = shown.length > 0 ? ` (${shown.join(', ')})` : '';
  return `${mitigationIcons[mitigation.status]} ${code(mitigation.id)} ${mitigation.status}${backlog}`;
}

export function countOf(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
