import type { ThreatSeverity } from '../model/threat-model.js';
import type { DetectionPlan, PlannedEvent } from './detection-plan.js';
import { nameUuid } from './name-uuid.js';

/** A Sigma document as plain data, keys in the order the specification lists them. */
export type SigmaDocument = Record<string, unknown>;

/** One event's two rules: the detection of a single record, and the correlation that alerts. */
export interface EventRules {
  event: PlannedEvent;
  detection: SigmaDocument;
  correlation: SigmaDocument;
}

/** Where an event's files sit inside the output folder (paths relative to its root). */
export function eventPaths(event: Pick<PlannedEvent, 'slug'>): {
  rule: string;
  correlation: string;
  runbook: string;
  alertRunbook: string;
} {
  const kebab = event.slug.replace(/_/g, '-');
  return {
    rule: `sigma/${event.slug}.yml`,
    correlation: `sigma/mr_${event.slug}.yml`,
    runbook: `runbooks/${kebab}.md`,
    alertRunbook: `runbooks/${kebab}-alert.md`,
  };
}

/** Places named per threat in a description; the runbook and the catalogue name them all. */
const maxPlaces = 10;

const levels: Record<ThreatSeverity, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
};

/**
 * Per event in scope, a Sigma detection rule for one record of the event and an `event_count`
 * correlation rule for its alert threshold (Sigma specification 2.x). Ids are name-based UUIDs of
 * the system and the event, so a rerun gives the same ids; `date` is the day of the run.
 */
export function sigmaRules(plan: DetectionPlan, options: { date: string }): EventRules[] {
  return plan.events.map((event) => {
    const paths = eventPaths(event);
    const ruleId = nameUuid(`${plan.system.name}\u0000rule\u0000${event.id}`);
    const tags = sigmaTags(event);
    const falsepositives = falsePositives(event);
    const status = event.status === 'implemented' ? 'test' : 'experimental';
    const detection: SigmaDocument = {
      title: truncate(`${event.name}: ${sentence(event.description)}`.replace(/\s+/g, ' '), 256),
      id: ruleId,
      name: `${plan.logsource.product}_${event.slug}`.slice(0, 256),
      status,
      description: truncate(ruleDescription(plan, event), 65_535),
      references: [paths.runbook, ...referenceUrls(event)],
      author: 'threat-align',
      date: options.date,
      ...(tags.length === 0 ? {} : { tags }),
      logsource: {
        product: plan.logsource.product,
        service: plan.logsource.service,
        definition: `The security log of ${plan.system.name}: one record per event, as log-contract.schema.json describes.`,
      },
      detection: {
        selection: { event: [event.name, `${escapeWildcards(event.name)}${event.separator}*`] },
        condition: 'selection',
      },
      fields: event.fields.map((f) => f.name),
      falsepositives,
      level: singleLevel(event),
    };
    const { count, window } = event.threshold;
    const correlation: SigmaDocument = {
      title: truncate(`${event.name}: ${count} or more in ${window} per ${event.threshold.per}`, 256),
      id: nameUuid(`${plan.system.name}\u0000correlation\u0000${event.id}`),
      status,
      description: truncate(
        `Alerts when ${event.name} (${event.id}) happens ${count} or more times within ${window} for one ${event.subject.name}. ${ruleDescription(plan, event)}`,
        65_535,
      ),
      references: [paths.alertRunbook, paths.runbook, ...referenceUrls(event)],
      author: 'threat-align',
      date: options.date,
      ...(tags.length === 0 ? {} : { tags }),
      correlation: {
        type: 'event_count',
        rules: [ruleId],
        'group-by': [event.subject.name],
        timespan: window,
        condition: { gte: count },
      },
      falsepositives,
      level: levels[event.severity],
    };
    return { event, detection, correlation };
  });
}

/** The rule's description on one line: model and knowledge-base text may hold line breaks. */
function ruleDescription(plan: DetectionPlan, event: PlannedEvent): string {
  return describeRule(plan, event).replace(/\s+/g, ' ').trim();
}

function describeRule(plan: DetectionPlan, event: PlannedEvent): string {
  const threats = event.groups.map((group) => {
    const places = group.threats.map((t) => t.elementName);
    const shown =
      places.length > maxPlaces
        ? [...places.slice(0, maxPlaces), `${places.length - maxPlaces} more`]
        : places;
    return `${group.title} (${group.severity}) on ${listing(shown)}`;
  });
  const watched = event.watched;
  return [
    `${sentence(event.description)} In ${plan.system.name} it reveals ${threats.join('; ')}.`,
    watched.length === 0
      ? 'The threat model names no mitigation for it.'
      : `It watches the mitigation${watched.length === 1 ? '' : 's'} ${listing(watched.map((m) => `${m.name} (${m.id}, ${m.status})`))}: a run of these events means ${watched.length === 1 ? 'it is' : 'they are'} being probed or bypassed.`,
  ].join(' ');
}

/**
 * Tags in Sigma's namespaces: `attack.t1110` (MITRE ATT&CK techniques, the specification's own
 * namespace), and `cwe.89` and `capec.66` for the weakness and attack-pattern catalogues.
 */
function sigmaTags(event: Pick<PlannedEvent, 'references'>): string[] {
  return [
    ...event.references.attack.map((t) => `attack.${t.toLowerCase()}`),
    ...event.references.capec.map((n) => `capec.${n}`),
    ...event.references.cwe.map((n) => `cwe.${n}`),
  ];
}

function referenceUrls(event: PlannedEvent): string[] {
  return [
    ...event.references.capec.map((n) => `https://capec.mitre.org/data/definitions/${n}.html`),
    ...event.references.cwe.map((n) => `https://cwe.mitre.org/data/definitions/${n}.html`),
    ...event.references.attack.map((t) => `https://attack.mitre.org/techniques/${t.replace('.', '/')}/`),
  ];
}

/**
 * A single record matters on its own only for an event the knowledge base calls CRITICAL; the
 * others alert through their correlation rule, at the threat's severity.
 */
function singleLevel(event: PlannedEvent): string {
  if (event.level === 'CRITICAL') return levels[event.severity];
  return event.level === 'INFO' ? 'informational' : 'low';
}

function falsePositives(event: PlannedEvent): string[] {
  return [
    `Legitimate activity of one ${event.threshold.per} above the threshold: the threshold (${event.threshold.count} in ${event.threshold.window}) is a starting point to tune`,
    'Tests, scanners and monitoring probes the team runs against the system',
  ];
}

function escapeWildcards(value: string): string {
  return value.replace(/[\\*?]/g, (c) => `\\${c}`);
}

function sentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return /[.!?]$/.test(flat) ? flat : `${flat}.`;
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
