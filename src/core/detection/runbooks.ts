import { codeSpan } from '../report/neutralize.js';
import type { ThreatSeverity } from '../model/threat-model.js';
import type { DetectionPlan, PlannedEvent, PlannedThreat } from './detection-plan.js';
import { eventPaths } from './sigma-rules.js';

/** How fast the SOC reacts to an alert, by the highest severity of the threats it reveals. */
const reaction: Record<ThreatSeverity, string> = {
  critical: 'Treat it as an incident now: page the owners below, day or night.',
  high: 'Review it within the hour; open an incident unless the first checks explain it.',
  medium: 'Review it the same working day.',
  low: 'Review it in the weekly review of low alerts, unless it repeats.',
};

/** What containment means for what the alert counts per. */
const containment: Record<string, string> = {
  userid:
    'Protect the account: force a step-up or a password reset, end its sessions, and lock it if the activity goes on.',
  source_ip: 'Throttle or block the address at the edge (WAF or API gateway) for a limited time.',
  session_id: 'End the session and ask the user to sign in again.',
  client_id: "Revoke or rotate the client's credential and tell the partner or device owner.",
  appid:
    'Capture the evidence (logs, a memory or disk snapshot where you can), then isolate, scale or restart the component.',
  tenant_id: "Suspend the tenant's access to the affected function until the owners have looked.",
};

/** The runbook of one record of the event (runbooks/<event>.md), linked from its detection rule. */
export function eventRunbook(plan: DetectionPlan, event: PlannedEvent): string {
  const paths = eventPaths(event);
  return page([
    `# ${codeSpan(event.name)}: ${text(event.description)}`,
    `Runbook for one record of the security event ${codeSpan(event.id)} in ${text(plan.system.name)}. Rule: ${codeSpan(paths.rule)}. When it repeats (${threshold(event)}), the alert's runbook applies: [${codeSpan(paths.alertRunbook)}](${relative(paths.alertRunbook)}).`,
    meaning(plan, event),
    [
      '## How bad it is',
      `The application logs it at level ${event.level}. Alone it is ${event.level === 'CRITICAL' ? `serious: the threats behind it reach ${event.severity}` : 'a signal, not an incident'}; repeated, it alerts at severity ${event.severity}.`,
      statusNote(event),
    ]
      .filter((part) => part !== '')
      .join('\n\n'),
    firstChecks(event, false),
    actions(event, false),
    watched(event),
  ]);
}

/** The runbook of the event's alert (runbooks/<event>-alert.md), linked from its correlation rule. */
export function alertRunbook(plan: DetectionPlan, event: PlannedEvent): string {
  const paths = eventPaths(event);
  return page([
    `# Alert: ${codeSpan(event.name)}, ${threshold(event)}`,
    `Runbook for the alert of ${codeSpan(event.id)} in ${text(plan.system.name)}: ${event.threshold.count} or more records of ${codeSpan(event.name)} within ${event.threshold.window} for one ${codeSpan(event.subject.name)}. Rule: ${codeSpan(paths.correlation)}; one record: [${codeSpan(paths.runbook)}](${relative(paths.runbook)}).`,
    meaning(plan, event),
    [
      '## How bad it is',
      `Severity ${event.severity}, the highest of the threats it reveals. ${reaction[event.severity]}`,
      statusNote(event),
    ]
      .filter((part) => part !== '')
      .join('\n\n'),
    firstChecks(event, true),
    actions(event, true),
    watched(event),
  ]);
}

/** Places listed per threat in a runbook's table; `threat-align events` lists every one. */
const maxPlaces = 25;

function meaning(plan: DetectionPlan, event: PlannedEvent): string {
  return [
    `## What it means in ${text(plan.system.name)}`,
    '',
    `${text(event.description)} The threat model says it reveals:`,
    '',
    '| Threat | Severity | Where | Threat status |',
    '| --- | --- | --- | --- |',
    ...event.groups.map((group) => {
      const places = group.threats.slice(0, maxPlaces).map(where);
      const more = group.threats.length - places.length;
      return `| ${text(group.title)} (${codeSpan(group.kind, { inTable: true })}) | ${group.severity}${group.top ? ' (TOP)' : ''} | ${places.join('; ')}${more > 0 ? `; and ${more} more (\`threat-align events\` lists them)` : ''} | ${statuses(group.threats)} |`;
    }),
  ].join('\n');
}

function where(threat: PlannedThreat): string {
  const name = `${text(threat.elementName)} (${codeSpan(threat.element, { inTable: true })})`;
  if (!threat.flow) return name;
  const { from, to, protocol } = threat.flow;
  return `flow ${name}, ${codeSpan(from, { inTable: true })} → ${codeSpan(to, { inTable: true })}${protocol === undefined ? '' : ` over ${text(protocol)}`}`;
}

/** `open`, or `open ×3, mitigated ×1` when the places differ. */
function statuses(threats: readonly PlannedThreat[]): string {
  const counts = new Map<string, number>();
  for (const t of threats) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  if (counts.size === 1) return [...counts.keys()].join('');
  return [...counts].map(([status, n]) => `${status} ×${n}`).join(', ');
}

function statusNote(event: PlannedEvent): string {
  if (event.status === 'implemented') return '';
  const items =
    event.backlog.length === 0
      ? 'no backlog item yet'
      : `backlog: ${event.backlog.map((b) => text(b)).join(', ')}`;
  return `The threat model records this event as ${event.status} (${items}): until the application raises it, this rule matches nothing.`;
}

function firstChecks(event: PlannedEvent, alert: boolean): string {
  const subject = codeSpan(event.subject.name);
  const fields = event.fields
    .filter((f) => !['datetime', 'event', 'level', 'description'].includes(f.name))
    .map((f) => codeSpan(f.name));
  return [
    '## What to check first',
    '',
    alert
      ? `1. The records behind the alert: all ${codeSpan(event.name)} records for this ${subject} in the last ${event.threshold.window}, and whether the count is still rising.`
      : `1. The record: ${fields.join(', ')}; and whether more ${codeSpan(event.name)} records came for the same ${subject}.`,
    `2. What else the same ${subject} did around that time: other security events, successful requests after the failures, and where it came from (${codeSpan('source_ip')}, ${codeSpan('useragent')}).`,
    `3. Whether the mitigations below are in place where the threat sits; one that is not implemented means the attack met no control here.`,
    "4. Whether a test, a scanner or a release explains it (see the rule's false positives).",
  ].join('\n');
}

function actions(event: PlannedEvent, alert: boolean): string {
  const owners = event.owners;
  return [
    '## What to do',
    '',
    `- **Contain:** ${containment[event.subject.name] ?? `Limit what the ${codeSpan(event.subject.name)} can do until the owners have looked.`}`,
    `- **Escalate:** ${alert ? reaction[event.severity] : `follow the alert's runbook when the alert fires; open an incident now if the record shows a success after the attempt (${event.severity} threats are behind it).`}`,
    `- **Whom to call:** ${owners.length === 0 ? 'the threat model names no owner: add `owner` to the components or the system.' : owners.map((o) => text(o)).join(', ')}.`,
  ].join('\n');
}

function watched(event: PlannedEvent): string {
  const mitigations = event.watched;
  if (mitigations.length === 0)
    return '## The mitigations it watches\n\nThe threat model names none for these threats.';
  return [
    '## The mitigations it watches',
    '',
    'A run of these events means one of these controls is being probed or bypassed:',
    '',
    '| Mitigation | Control | Status in the model |',
    '| --- | --- | --- |',
    ...mitigations.map(
      (m) =>
        `| ${text(m.name)} (${codeSpan(m.id, { inTable: true })}) | ${m.control ?? 'unknown'} | ${m.status} |`,
    ),
  ].join('\n');
}

function threshold(event: PlannedEvent): string {
  return `${event.threshold.count} in ${event.threshold.window} per ${event.threshold.per}`;
}

/** A path of the output folder as seen from a runbook (they all sit in runbooks/). */
function relative(path: string): string {
  return path.startsWith('runbooks/') ? path.slice('runbooks/'.length) : `../${path}`;
}

/**
 * Text from the model or the knowledge base as inert Markdown on one line, still readable as plain
 * text: white space folded, and Markdown and HTML punctuation backslash-escaped (CommonMark shows
 * the character itself). Runbooks are files handed over, never posted where a mention would ping.
 */
function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~!]/g, (c) => `\\${c}`);
}

function page(sections: readonly string[]): string {
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}
