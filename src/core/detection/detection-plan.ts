import type { Analysis } from '../analyse.js';
import type { Config } from '../config/config.js';
import type { Threat } from '../expand/expand-model.js';
import { compareText } from '../findings/order-findings.js';
import type { LogField, SecurityEvent } from '../kb/knowledge-base.js';
import { threatSeverities } from '../model/model-schema.js';
import type { ThreatModel, ThreatSeverity } from '../model/threat-model.js';
import {
  buildDetectionCatalogue,
  type CatalogueEvent,
  type WatchedMitigation,
} from '../report/render-events.js';
import { eventBaseName, requiredFields, subjectField } from './log-fields.js';

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
  /** The name without OWASP parameters, as the `event` field of a record starts. */
  baseName: string;
  /** A file-name stem: the id in lower case with underscores (`ev_authn_login_fail`). */
  slug: string;
  /** The fields its record must carry (the log contract). */
  fields: LogField[];
  /** The field its alert counts per. */
  subject: LogField;
  /** The highest severity among the threats it detects. */
  severity: ThreatSeverity;
  threats: PlannedThreat[];
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

  const events = catalogue.events.map((entry): PlannedEvent => {
    const { threats: ids, ...event } = entry;
    const kbEvent: Pick<SecurityEvent, 'threshold' | 'fields'> = kbEvents.get(event.id) ?? event;
    const planned = ids.map((id) => {
      const threat = threats.get(id);
      const listed = catalogueThreats.get(id);
      const element = threat?.element ?? listed?.element ?? '';
      const place = places.get(element);
      return {
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
      } satisfies PlannedThreat;
    });
    const refs = planned.map((t) => types.get(threats.get(t.id)?.typeId ?? '')?.references ?? {});
    return {
      ...event,
      baseName: eventBaseName(event.name),
      slug: event.id.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
      fields: requiredFields(kbEvent),
      subject: subjectField(kbEvent),
      severity: highest(planned.map((t) => t.severity)),
      threats: planned,
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

/** A Sigma product name from the system's name: `northwind_outfitters_online_shop`. */
export function productOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug === '' ? 'application' : slug.slice(0, 100);
}

function highest(severities: readonly ThreatSeverity[]): ThreatSeverity {
  let best = -1;
  for (const s of severities) best = Math.max(best, threatSeverities.indexOf(s));
  return threatSeverities[best] ?? 'medium';
}

function union<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
