import type { Analysis } from '../analyse.js';
import type { Threat } from '../expand/expansion.js';
import { compareText } from '../findings/order-findings.js';
import type { KnowledgeBase, MitigationType, SecurityEvent } from '../kb/knowledge-base.js';
import { backlogRefPattern } from '../model/model-schema.js';
import type { EventStatus, MitigationStatus, ThreatModel } from '../model/threat-model.js';
import { plural } from './render-text.js';

/** One event a threat should raise, with how to alert on it and where the model and backlog stand. */
interface CatalogueEvent {
  id: string;
  /** The OWASP logging vocabulary's name where one fits (`authn_login_fail`). */
  name: string;
  level: SecurityEvent['level'];
  description: string;
  threshold: SecurityEvent['threshold'];
  status: EventStatus;
  /** Backlog items linked to the event, from both sides. */
  backlog: string[];
}

/** The mitigations whose failure or bypass the threat's events reveal. */
interface WatchedMitigation {
  id: string;
  name: string;
  /** The control type; null for a mitigation id the knowledge base lacks (TA102 reports it). */
  control: MitigationType['control'] | null;
  status: MitigationStatus;
}

interface CatalogueThreat {
  id: string;
  title: string;
  element: string;
  severity: Threat['severity'];
  top: boolean;
  status: Threat['status'];
  events: CatalogueEvent[];
  mitigations: WatchedMitigation[];
}

/**
 * The detection catalogue for the SOC (SPEC §6), as data.
 * @internal Exported for its tests; production reaches it through this module.
 */
export interface DetectionCatalogue {
  knowledgeBase?: { name: string; version: string; sha256: string; profile: string };
  threats: CatalogueThreat[];
  /** Each event once, with the threats it helps detect: the alert rules to configure. */
  events: (CatalogueEvent & { threats: string[] })[];
}

type CatalogueInput = Pick<Analysis, 'model' | 'kb' | 'expansion' | 'links'>;

/**
 * Per threat in scope, the security events to raise, their alert thresholds and the mitigations
 * they watch. Threats marked not-applicable, and events the model marks not-applicable, are left
 * out: nothing will raise them. Event ids the knowledge base lacks are left out too; TA102 reports them.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function buildDetectionCatalogue(analysis: CatalogueInput): DetectionCatalogue {
  const { kb, expansion } = analysis;
  if (!kb || !expansion) return { threats: [], events: [] };
  const events = new Map(kb.events.map((e) => [e.id, e]));
  const threats: CatalogueThreat[] = [];
  for (const threat of expansion.threats) {
    if (threat.status === 'not-applicable') continue;
    const raised = threat.events
      .map((id) => events.get(id))
      .filter((event): event is SecurityEvent => event !== undefined)
      .map((event) => catalogueEvent(event, analysis))
      .filter((event) => event.status !== 'not-applicable');
    if (raised.length === 0) continue;
    threats.push({
      id: threat.id,
      title: threat.title,
      element: threat.element,
      severity: threat.severity,
      top: threat.top,
      status: threat.status,
      events: raised,
      mitigations: watchedMitigations(threat, kb),
    });
  }
  return {
    knowledgeBase: { name: kb.name, version: kb.version, sha256: kb.sha256, profile: expansion.profile },
    threats,
    events: eventIndex(threats),
  };
}

function catalogueEvent(event: SecurityEvent, analysis: CatalogueInput): CatalogueEvent {
  const decision = analysis.model?.events?.[event.id];
  return {
    id: event.id,
    name: event.name,
    level: event.level,
    description: event.description,
    threshold: { ...event.threshold },
    status: decision?.status ?? 'proposed',
    backlog: eventBacklog(event.id, analysis.model, analysis.links),
  };
}

function eventBacklog(id: string, model: ThreatModel | undefined, links: CatalogueInput['links']): string[] {
  const linked = links?.itemsFor.event.get(id);
  const items = linked ? [...linked] : (model?.events?.[id]?.backlog ?? []);
  return [...new Set(items)].sort(compareText);
}

function watchedMitigations(threat: Threat, kb: KnowledgeBase): WatchedMitigation[] {
  const types = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  return threat.mitigations.map((m) => {
    const type = types.get(m.id);
    return { id: m.id, name: type?.name ?? m.id, control: type?.control ?? null, status: m.status };
  });
}

function eventIndex(threats: readonly CatalogueThreat[]): DetectionCatalogue['events'] {
  const index = new Map<string, CatalogueEvent & { threats: string[] }>();
  for (const threat of threats) {
    for (const event of threat.events) {
      const entry = index.get(event.id) ?? { ...event, threats: [] };
      entry.threats.push(threat.id);
      index.set(event.id, entry);
    }
  }
  return [...index.values()].sort((a, b) => compareText(a.id, b.id));
}

/** The detection catalogue as JSON (its schema: events-schema.ts), for SIEM rules and other tools. */
export function renderEventsJson(analysis: CatalogueInput): string {
  return `${JSON.stringify(buildDetectionCatalogue(analysis), null, 2)}\n`;
}

/** The detection catalogue as Markdown, for the SOC: the alerts to configure, then threat by threat. */
export function renderEventsMarkdown(analysis: CatalogueInput): string {
  const catalogue = buildDetectionCatalogue(analysis);
  const lines = ['# Detection catalogue', ''];
  const kb = catalogue.knowledgeBase;
  if (!kb) {
    lines.push(
      'No knowledge base was loaded, so no threat and no event is known: fix the errors of the check run first.',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${plural(catalogue.threats.length, 'threat')} in scope (${code(`${kb.name}@${kb.version}`)}, profile ${kb.profile}) ${catalogue.threats.length === 1 ? 'raises' : 'raise'} ${plural(catalogue.events.length, 'security event')}.`,
  );
  if (catalogue.threats.length === 0) return `${lines.join('\n')}\n`;

  lines.push('', '## Alerts to configure', '');
  lines.push(
    '| Event | Name | Level | Alert at | Status | Detects |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const event of catalogue.events) {
    lines.push(
      row([
        code(event.id),
        code(event.name),
        event.level,
        threshold(event),
        statusWithBacklog(event),
        event.threats.map(code).join(', '),
      ]),
    );
  }

  lines.push('', '## By threat');
  for (const threat of catalogue.threats) {
    lines.push('', `### ${code(threat.id)} ${text(threat.title)}`, '');
    lines.push(
      `Severity ${threat.severity}${threat.top ? ' (TOP)' : ''}, on ${code(threat.element)}, status ${threat.status}.`,
      '',
    );
    lines.push('| Event | Name | Level | What happened | Alert at |', '| --- | --- | --- | --- | --- |');
    for (const event of threat.events) {
      lines.push(
        row([code(event.id), code(event.name), event.level, text(event.description), threshold(event)]),
      );
    }
    const watched = threat.mitigations.map(
      (m) => `${code(m.id)}${m.name === m.id ? '' : ` ${text(m.name)}`} (${m.status})`,
    );
    lines.push(
      '',
      watched.length > 0
        ? `Watches: ${watched.join(', ')}.`
        : 'Watches no mitigation: the model lists none for this threat.',
    );
  }
  return `${lines.join('\n')}\n`;
}

function threshold(event: CatalogueEvent): string {
  const { count, window, per } = event.threshold;
  return text(`${count} in ${window} per ${per}`);
}

function statusWithBacklog(event: CatalogueEvent): string {
  return event.backlog.length > 0
    ? `${event.status} (${event.backlog.map(reference).join(', ')})`
    : event.status;
}

/** A backlog reference as written, so that the platform links it (`#12`, `AB#12`); anything else as text. */
function reference(value: string): string {
  return new RegExp(backlogRefPattern).test(value) && !/[|<>\\`]/.test(value) ? value : text(value);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text from the model or the knowledge base as inert Markdown on one line: Markdown and HTML
 * punctuation backslash-escaped (CommonMark shows the character itself), `|` escaped for tables.
 */
function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#~!&]/g, (c) => `\\${c}`);
}

/** An id or name in a code span; text that a code span cannot hold falls back to escaped text. */
function code(value: string): string {
  return /^[^`\s|\\]+$/.test(value) ? `\`${value}\`` : text(value);
}
