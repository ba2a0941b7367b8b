import type { BacklogItem } from '../backlog/backlog-item.js';
import type { LinkKind, UnknownMention } from '../link/resolve-links.js';
import { threatElement } from '../model/index-model.js';
import { suggestId } from '../source/suggest-id.js';
import { cutText, isWontDo, itemLocation, listIds } from './alignment-wording.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta204UnknownBacklogMention: Check = {
  id: 'TA204',
  title: 'A backlog item names an id the model does not have',
  defaultSeverity: 'warning',
  why: 'An id in a backlog item is a link; when the model has no such threat, mitigation, requirement or event, the link is silently lost and the item looks unplanned to every other check.',
  fix: 'Correct the id in the item’s title, body or label to one the model or its knowledge base has, or remove it.',
  run: findUnknownMentions,
};

type Knowledge = NonNullable<CheckContext['knowledge']>;

const kindNames: Record<LinkKind, string> = {
  threat: 'threat',
  mitigation: 'mitigation type',
  requirement: 'requirement',
  event: 'security event',
};

function findUnknownMentions(context: CheckContext): FindingDraft[] {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const findings: FindingDraft[] = [];
  for (const mention of alignment.links.unknownMentions) {
    const item = alignment.links.items.get(mention.itemId);
    if (!item || isWontDo(item)) continue;
    const label = mention.where === 'label' ? findLabel(item, mention.id) : undefined;
    const kind = label?.kind ?? mention.kind ?? kindOfShape(mention.id);
    const known = knownIds(context, knowledge, kind);
    const suggestion = suggestId(mention.id, known);
    const where = label ? `the label ${label.text}` : `its ${mention.where}`;
    // Backlog text is cut for display; lookups and the subject use the id as written.
    const shown = { ...mention, id: cutText(mention.id) };
    findings.push({
      message: `${item.id} names ${kindNames[kind]} ${shown.id} in ${where}, but ${whyUnknown(context, knowledge, kind, mention.id)}`,
      location: itemLocation(item),
      hint: suggestion
        ? fixHint(item, shown, label, suggestion)
        : noSuggestionHint(context, knowledge, item, shown, kind, label),
      subject: `${item.id}:${mention.id}`,
    });
  }
  return findings;
}

interface MentionLabel {
  text: string;
  prefix: string;
  kind: LinkKind;
}

/** The `kind:id` label an unknown id came from, with the prefix as the item spells it. */
function findLabel(item: BacklogItem, id: string): MentionLabel | undefined {
  for (const text of item.labels) {
    const colon = text.indexOf(':');
    if (colon <= 0 || text.slice(colon + 1).trim() !== id) continue;
    const prefix = text.slice(0, colon).trim();
    const kind = (['threat', 'mitigation', 'requirement', 'event'] as const).find(
      (k) => k === prefix.toLowerCase(),
    );
    if (kind) return { text: cutText(text), prefix: cutText(prefix), kind };
  }
  return undefined;
}

/** The kind an id's shape says (link resolution only reports ids of these shapes outside labels). */
function kindOfShape(id: string): LinkKind {
  if (id.startsWith('M-')) return 'mitigation';
  if (id.startsWith('EV-')) return 'event';
  return 'threat';
}

function knownIds(context: CheckContext, knowledge: Knowledge, kind: LinkKind): string[] {
  switch (kind) {
    case 'threat':
      return knowledge.fullExpansion.threats.map((t) => t.id);
    case 'mitigation':
      return knowledge.kb.mitigationTypes.map((m) => m.id);
    case 'event':
      return knowledge.kb.events.map((e) => e.id);
    case 'requirement':
      return (context.model.requirements ?? []).map((r) => r.id);
  }
}

/** Why the id names nothing: for a threat id, which of its two parts is wrong. */
function whyUnknown(context: CheckContext, knowledge: Knowledge, kind: LinkKind, id: string): string {
  const kbName = `${knowledge.kb.name}@${knowledge.kb.version}`;
  if (kind === 'mitigation') return `${kbName} has no such mitigation type`;
  if (kind === 'event') return `${kbName} has no such security event`;
  if (kind === 'requirement') return 'the model has no such requirement';
  const element = threatElement(id);
  if (element === undefined) return 'the model has no such threat';
  const typeId = id.slice(0, id.indexOf('@'));
  if (!knowledge.kb.threatTypes.some((t) => t.id === typeId))
    return `${kbName} has no threat type ${cutText(typeId)}`;
  const declared = context.ids.byId.get(element);
  if (declared?.kind !== 'component' && declared?.kind !== 'flow')
    return `the model has no component or flow "${cutText(element)}"`;
  return `threat type ${typeId} does not apply to ${element} in this model`;
}

function fixHint(
  item: BacklogItem,
  mention: UnknownMention,
  label: MentionLabel | undefined,
  suggestion: string,
): string {
  if (label)
    return `Did you mean ${suggestion}? Replace the label ${label.text} on ${item.id} with ${label.prefix}:${suggestion}.`;
  return `Did you mean ${suggestion}? Replace ${mention.id} with ${suggestion} in the ${mention.where} of ${item.id}.`;
}

function noSuggestionHint(
  context: CheckContext,
  knowledge: Knowledge,
  item: BacklogItem,
  mention: UnknownMention,
  kind: LinkKind,
  label: MentionLabel | undefined,
): string {
  const remove = label
    ? `remove the label ${label.text} from ${item.id}`
    : `remove ${mention.id} from the ${mention.where} of ${item.id}`;
  const kbName = `${knowledge.kb.name}@${knowledge.kb.version}`;
  switch (kind) {
    case 'mitigation':
      return `Write a mitigation type of ${kbName} instead (threat-align kb show lists them), or ${remove}.`;
    case 'event':
      return `Write a security event of ${kbName} instead (threat-align kb show lists them), or ${remove}.`;
    case 'requirement': {
      const ids = (context.model.requirements ?? []).map((r) => r.id);
      const existing = ids.length > 0 ? `write one of ${listIds(ids, 'or')}, ` : '';
      return `Declare it in the model (- { id: ${mention.id}, text: … } under requirements:), ${existing}or ${remove}.`;
    }
    case 'threat': {
      const element = threatElement(mention.id);
      const ofElement = knowledge.fullExpansion.threats.filter((t) => t.element === element).map((t) => t.id);
      const choices =
        ofElement.length > 0
          ? `write one of the threats of ${element ?? ''}: ${listIds(ofElement, 'or')}`
          : 'write the id of a threat of the model (threat-align check lists them)';
      return `${capitalize(choices)}, or ${remove}; if the threat is real and the model lacks it, write it by hand under threats: in the model.`;
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
