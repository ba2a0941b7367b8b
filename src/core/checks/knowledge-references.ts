import { suggestId } from '../source/suggest-id.js';
import { isThreatDecision } from '../model/threat-model.js';
import { childPointer } from '../source/source-index.js';
import { stablePath } from '../source/stable-path.js';
import type { CheckContext, FindingDraft } from './check.js';

/** TA102's references into the knowledge base: types, mitigations, events, questions, threats. */
export function findUnknownKnowledgeReferences(context: CheckContext): FindingDraft[] {
  const knowledge = context.knowledge;
  if (!knowledge) return [];
  const { kb, expansion, fullExpansion } = knowledge;
  const { model } = context;
  const kbName = `${kb.name}@${kb.version}`;
  const findings: FindingDraft[] = [];
  const report = (
    pointer: string,
    part: 'key' | 'value',
    id: string,
    what: string,
    known: Iterable<string>,
  ): void => {
    const suggestion = suggestId(id, known);
    findings.push({
      message: `"${id}" is not ${what} of ${kbName}`,
      location: context.index.locate(pointer, part),
      hint: suggestion
        ? `Did you mean "${suggestion}"? threat-align kb show lists every entry.`
        : `Write ${what} that ${kbName} defines (threat-align kb show lists them).`,
      subject: `${stablePath(model, pointer)}=${id}`,
    });
  };

  const componentTypes = kb.componentTypes.map((t) => t.id);
  for (const unknown of expansion.unknownTypes) {
    report(unknown.pointer, 'value', unknown.type, 'a component type', componentTypes);
  }

  const mitigations = new Set(kb.mitigationTypes.map((m) => m.id));
  const checkMitigation = (pointer: string, part: 'key' | 'value', id: string): void => {
    if (!mitigations.has(id)) report(pointer, part, id, 'a mitigation type', mitigations);
  };
  for (const id of Object.keys(model.mitigations ?? {}))
    checkMitigation(childPointer('/mitigations', id), 'key', id);
  for (const [i, requirement] of (model.requirements ?? []).entries()) {
    for (const [j, id] of (requirement.mitigations ?? []).entries())
      checkMitigation(`/requirements/${i}/mitigations/${j}`, 'value', id);
  }

  const events = new Set(kb.events.map((e) => e.id));
  for (const id of Object.keys(model.events ?? {})) {
    if (!events.has(id)) report(childPointer('/events', id), 'key', id, 'a security event', events);
  }

  const questions = new Set(kb.questions.map((q) => q.id));
  for (const [component, answers] of Object.entries(model.answers ?? {})) {
    for (const id of Object.keys(answers)) {
      if (!questions.has(id))
        report(childPointer(childPointer('/answers', component), id), 'key', id, 'a question', questions);
    }
  }

  const threatTypes = new Set(kb.threatTypes.map((t) => t.id));
  const generated = new Set(fullExpansion.threats.map((t) => t.id));
  const inScope = new Set(expansion.threats.map((t) => t.id));
  let byElement: Map<string, string[]> | undefined;
  const threatsOf = (element: string): string => {
    if (!byElement) {
      byElement = new Map();
      for (const t of fullExpansion.threats) {
        const list = byElement.get(t.element);
        if (list) list.push(t.id);
        else byElement.set(t.element, [t.id]);
      }
    }
    const ids = byElement.get(element) ?? [];
    return ids.length === 0 ? 'none' : ids.slice(0, 8).join(', ') + (ids.length > 8 ? ', …' : '');
  };
  const checkThreat = (pointer: string, threatId: string): void => {
    if (generated.has(threatId)) return;
    const at = threatId.indexOf('@');
    if (at === -1) {
      if (!inScope.has(threatId)) {
        report(
          pointer,
          'value',
          threatId,
          'a threat of the model (THREATTYPE@element) or written by hand',
          generated,
        );
      }
      return;
    }
    const type = threatId.slice(0, at);
    const element = threatId.slice(at + 1);
    if (!threatTypes.has(type)) {
      report(pointer, 'value', type, 'a threat type', threatTypes);
      return;
    }
    if (!context.ids.byId.has(element)) return; // the element part is reported by the model references
    findings.push({
      message: `threat type ${type} does not apply to "${element}": its rule in ${kbName} does not hold there, so ${threatId} does not exist`,
      location: context.index.locate(pointer),
      hint: `Remove this entry, or write a threat by hand (id without "@") if the threat is real here. Threats of "${element}": ${threatsOf(element)}.`,
      subject: `${stablePath(model, pointer)}=${threatId}`,
    });
  };
  for (const [i, entry] of (model.threats ?? []).entries()) {
    if (isThreatDecision(entry)) checkThreat(`/threats/${i}/id`, entry.id);
    else
      for (const [j, id] of (entry.mitigations ?? []).entries())
        checkMitigation(`/threats/${i}/mitigations/${j}`, 'value', id);
    if (!isThreatDecision(entry)) {
      for (const [j, id] of (entry.events ?? []).entries()) {
        if (!events.has(id)) report(`/threats/${i}/events/${j}`, 'value', id, 'a security event', events);
      }
    }
  }
  for (const [i, story] of (model.stories ?? []).entries()) {
    for (const [j, id] of (story.threats ?? []).entries()) checkThreat(`/stories/${i}/threats/${j}`, id);
  }
  return findings;
}
