import type { Analysis } from '../analyse.js';
import type { Config } from '../config/config.js';
import type { Threat } from '../expand/expansion.js';
import { compareText } from '../findings/order-findings.js';
import type { LogField, SecurityEvent } from '../kb/knowledge-base.js';
import { threatSeverities } from '../model/model-schema.js';
import type { ThreatModel, ThreatSeverity } from '../model/threat-model.js';
import {
  buildDetectionCatalogue,
  type CatalogueEvent,
  type WatchedMitigation,
} from '../report/render-events.js';
import { parameterSeparator, requiredFields, subjectField } from './log-fields.js';

/** A threat an event helps detect, with where it sits in the system and who answers for it. */
export interface PlannedThreat {
  id: string;
  title: string;
  severity: ThreatSeverity;
  top: boolean;
  status: Threat['status'];
  element: string;
  elementKind: Threat['elementKind'];
  /** The element's name in the model, or its id. */
  elementName: string;
  /** For a threat on a flow: its ends and protocol. */
  flow?: { from: string; to: string; protocol?: string };
  /** Whom to call: the owners of the element (a flow's two ends), else the system's owner. */
  owners: string[];
  mitigations: WatchedMitigation[];
}

/** One event in scope with everything its rules, log contract and runbooks say. */
export interface PlannedEvent extends CatalogueEvent {
  /** What separates the name from OWASP parameters in a record's `event` (parameterSeparator). */
  separator: ':' | ',';
  /** A file-name stem: the id in lower case with underscores (`ev_authn_login_fail`). */
  slug: string;
  /** The fields its record must carry (the log contract). */
  fields: LogField[];
  /** The field its alert counts per. */
  subject: LogField;
  /** The highest severity among the threats it detects. */
  severity: ThreatSeverity;
  threats: PlannedThreat[];
  /** The threats grouped by title, for a reader (groupThreats). */
  groups: ThreatGroup[];
  /** The mitigations the event watches, each once, in first-seen order. */
  watched: WatchedMitigation[];
  /** Whom to call: the owners of the threats' places, each once. */
  owners: string[];
  references: { capec: number[]; cwe: number[]; owasp: string[]; attack: string[] };
}

/** The detection artefacts' common input (SPEC §6): the system, its log source and its events. */
export interface DetectionPlan {
  system: { name: string; owner?: string };
  logsource: { product: string; service: string };
  knowledgeBase?: { name: string; version: string };
  events: PlannedEvent[];
}

type PlanInput = Pick<Analysis, 'model' | 'kb' | 'expansion' | 'links'>;

/**
 * The events in scope (those of the detection catalogue), each with the threats it detects, their
 * places, owners and watched mitigations, and its log fields. The Sigma logsource is the model's
 * `monitoring.logsource`, else the configuration's, else the system name and `security`.
 */
export function planDetection(analysis: PlanInput, config: Pick<Config, 'monitoring'> = {}): DetectionPlan {
  const catalogue = buildDetectionCatalogue(analysis);
  const model = analysis.model;
  const system = model?.system ?? { name: 'system' };
  const kbEvents = new Map((analysis.kb?.events ?? []).map((e) => [e.id, e]));
  const threats = new Map((analysis.expansion?.threats ?? []).map((t) => [t.id, t]));
  const types = new Map((analysis.kb?.threatTypes ?? []).map((t) => [t.id, t]));
  const catalogueThreats = new Map(catalogue.threats.map((t) => [t.id, t]));
  const places = elementIndex(model);
  const plannedThreats = new Map<string, PlannedThreat>();

  const events = catalogue.events.map((entry): PlannedEvent => {
    const { threats: ids, ...event } = entry;
    const kbEvent: Pick<SecurityEvent, 'threshold' | 'fields'> = kbEvents.get(event.id) ?? event;
    const planned = ids.map((id) => {
      // One object per threat, shared by every event it raises: read it, never change it.
      const known = plannedThreats.get(id);
      if (known) return known;
      const threat = threats.get(id);
      const listed = catalogueThreats.get(id);
      const element = threat?.element ?? listed?.element ?? '';
      const place = places.get(element);
      const made: PlannedThreat = {
        id,
        title: listed?.title ?? id,
        severity: listed?.severity ?? 'medium',
        top: listed?.top ?? false,
        status: listed?.status ?? 'open',
        element,
        elementKind: threat?.elementKind ?? 'component',
        elementName: place?.name ?? element,
        ...(place?.flow === undefined ? {} : { flow: place.flow }),
        owners: place && place.owners.length > 0 ? place.owners : system.owner ? [system.owner] : [],
        mitigations: listed?.mitigations ?? [],
      };
      plannedThreats.set(id, made);
      return made;
    });
    const typeIds = new Set(planned.map((t) => threats.get(t.id)?.typeId ?? ''));
    const refs = [...typeIds].map((id) => types.get(id)?.references ?? {});
    return {
      ...event,
      separator: parameterSeparator(event.name),
      slug: event.id.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
      fields: requiredFields(kbEvent),
      subject: subjectField(kbEvent),
      severity: highest(planned.map((t) => t.severity)),
      threats: planned,
      groups: groupThreats(planned),
      watched: watchedOnce(planned),
      owners: union(planned.flatMap((t) => t.owners)),
      references: {
        capec: union(refs.flatMap((r) => r.capec ?? [])).sort((a, b) => a - b),
        cwe: union(refs.flatMap((r) => r.cwe ?? [])).sort((a, b) => a - b),
        owasp: union(refs.flatMap((r) => r.owasp ?? [])).sort(compareText),
        attack: union(refs.flatMap((r) => r.attack ?? [])).sort(compareText),
      },
    };
  });
  const configured = model?.monitoring?.logsource ?? {};
  const fallback = config.monitoring?.logsource ?? {};
  return {
    system: { name: system.name, ...(system.owner === undefined ? {} : { owner: system.owner }) },
    logsource: {
      product: configured.product ?? fallback.product ?? productOf(system.name),
      service: configured.service ?? fallback.service ?? 'security',
    },
    ...(catalogue.knowledgeBase === undefined
      ? {}
      : { knowledgeBase: { name: catalogue.knowledgeBase.name, version: catalogue.knowledgeBase.version } }),
    events,
  };
}

interface Place {
  name: string;
  owners: string[];
  flow?: { from: string; to: string; protocol?: string };
}

function elementIndex(model: ThreatModel | undefined): Map<string, Place> {
  const places = new Map<string, Place>();
  const components = new Map((model?.components ?? []).map((c) => [c.id, c]));
  for (const component of components.values()) {
    places.set(component.id, {
      name: component.name ?? component.id,
      owners: component.owner === undefined ? [] : [component.owner],
    });
  }
  for (const flow of model?.flows ?? []) {
    const owners = union(
      [components.get(flow.from)?.owner, components.get(flow.to)?.owner].filter(
        (o): o is string => o !== undefined,
      ),
    );
    places.set(flow.id, {
      name: flow.name ?? flow.id,
      owners,
      flow: {
        from: flow.from,
        to: flow.to,
        ...(flow.protocol === undefined ? {} : { protocol: flow.protocol }),
      },
    });
  }
  return places;
}

/** The threats of an event that share a title (one threat type at several places), in first-seen order. */
interface ThreatGroup {
  title: string;
  /** The threat type's id for generated threats (`SPOOF-USER`), the threat's own id for one written by hand. */
  kind: string;
  severity: ThreatSeverity;
  top: boolean;
  threats: PlannedThreat[];
}

/** An event's threats grouped by title: what a reader scans, bounded by the number of threat types. */
function groupThreats(threats: readonly PlannedThreat[]): ThreatGroup[] {
  const groups = new Map<string, ThreatGroup>();
  for (const threat of threats) {
    const group = groups.get(threat.title);
    if (group) {
      group.threats.push(threat);
      if (threatSeverities.indexOf(threat.severity) > threatSeverities.indexOf(group.severity))
        group.severity = threat.severity;
      group.top ||= threat.top;
    } else {
      const at = threat.id.indexOf('@');
      groups.set(threat.title, {
        title: threat.title,
        kind: at === -1 ? threat.id : threat.id.slice(0, at),
        severity: threat.severity,
        top: threat.top,
        threats: [threat],
      });
    }
  }
  return [...groups.values()];
}

/** A Sigma product name from the system's name: `northwind_outfitters_online_shop`. */
export function productOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug === '' ? 'application' : slug.slice(0, 100);
}

function watchedOnce(threats: readonly PlannedThreat[]): WatchedMitigation[] {
  const watched = new Map<string, WatchedMitigation>();
  for (const threat of threats)
    for (const m of threat.mitigations) if (!watched.has(m.id)) watched.set(m.id, m);
  return [...watched.values()];
}

function highest(severities: readonly ThreatSeverity[]): ThreatSeverity {
  let best = -1;
  for (const s of severities) best = Math.max(best, threatSeverities.indexOf(s));
  return threatSeverities[best] ?? 'medium';
}

function union<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
