import type { SecurityEvent } from '../kb/knowledge-base.js';
import { listSome, refExample } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta501ThreatEventsUnplanned: Check = {
  id: 'TA501',
  title: 'A TOP threat’s security events are neither implemented nor in the backlog',
  defaultSeverity: 'warning',
  why: 'Attacks fail several times before one succeeds; the events the application raises on those failures are what lets the SOC notice an attack in progress. Infrastructure monitoring does not see them, so the team must build them, and that is backlog work.',
  fix: 'Record the events the application raises (`events:` with status implemented), or plan them: `events:` with status planned and a `backlog:` reference, or the event id in a backlog item.',
  run: findThreatEventsUnplanned,
};

function findThreatEventsUnplanned(context: CheckContext): FindingDraft[] {
  const knowledge = context.knowledge;
  if (!knowledge) return [];
  const events = new Map(knowledge.kb.events.map((e) => [e.id, e]));
  const findings: FindingDraft[] = [];
  for (const threat of knowledge.expansion.threats) {
    if (!threat.top || threat.events.length === 0 || threat.status === 'not-applicable') continue;
    if (threat.events.some((id) => isCovered(context, id))) continue;
    const named = threat.events.map((id) => describeEvent(id, events.get(id)));
    const ref = refExample(context);
    const yaml = threat.events.map((id) => `${id}: { status: planned, backlog: ["${ref}"] }`);
    const noBacklog = context.alignment
      ? ''
      : ' No backlog was read in this run, so only backlog: references in the model count.';
    findings.push({
      message: `TOP threat ${threat.id} (${threat.title}) has security events to raise, but none is implemented or in the backlog: ${listSome(named.map((e) => e.name))}`,
      location: context.index.locate(threat.pointer),
      hint:
        `Plan the events the SOC can alert on: ${named.map((e) => e.detail).join('; ')}. ` +
        `Under events: write ${listSome(yaml, yaml.length)} (N: the item that implements it), or write the event id in that item's title or body; ` +
        `write status: implemented if the application raises it already.${noBacklog}`,
      subject: threat.id,
    });
  }
  return findings;
}

/** Implemented, decided not applicable, or carried by a backlog item (model reference or item). */
function isCovered(context: CheckContext, id: string): boolean {
  const events = context.model.events;
  const decision = events !== undefined && Object.hasOwn(events, id) ? events[id] : undefined;
  if (decision?.status === 'implemented' || decision?.status === 'not-applicable') return true;
  if ((decision?.backlog ?? []).length > 0) return true;
  return (context.alignment?.links.itemsFor.event.get(id)?.size ?? 0) > 0;
}

function describeEvent(id: string, event: SecurityEvent | undefined): { name: string; detail: string } {
  if (!event) return { name: id, detail: id };
  const { count, window, per } = event.threshold;
  return {
    name: `${id} (${event.name})`,
    detail: `${id} (${event.name}, ${event.level}: alert at ${count} in ${window} per ${per})`,
  };
}
