import type { BacklogItem } from '../backlog/backlog-item.js';
import type { WithoutClause } from '../backlog/without-clause.js';
import type { Expansion, Threat } from '../expand/expansion.js';
import { elementsCarrying, namedData } from '../link/clause-data.js';
import { suggestThreatTypes } from '../link/suggest-threat-types.js';
import type { ThreatModel } from '../model/threat-model.js';
import { isWontDo, itemLocation, listIds, quoteText, withoutKeywordOf } from './alignment-wording.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta201WithoutStoryUnmapped: Check = {
  id: 'TA201',
  title: 'A WITHOUT story is linked to no threat',
  defaultSeverity: 'warning',
  why: 'A WITHOUT clause says what must not happen. Until the story is linked to the threat that would make it happen, nothing checks that the mitigations of that threat are planned with the story.',
  fix: 'Link the story to the threat its clause is about: a threat:THREATTYPE@element label on the item, the threat id in its body, or an entry under stories: in the model.',
  run: findUnmappedWithoutStories,
};

type Knowledge = NonNullable<CheckContext['knowledge']>;

/** A threat type that a clause resembles, and the threats of that type the model has. */
interface Resemblance {
  clause: WithoutClause;
  typeId: string;
  typeName: string;
  phrase: string;
  score: number;
  threats: string[];
  /** The data assets the clause (or the story's title) names, when it names some. */
  data: string[];
}

/**
 * Least resemblance when the clause names data: the threats are then already narrowed to the
 * elements that carry it, so one shared word ("see" in "see or download them") is enough.
 */
const dataThreshold = 0.25;

function findUnmappedWithoutStories(context: CheckContext): FindingDraft[] {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const known = new Set(knowledge.fullExpansion.threats.map((t) => t.id));
  const keyword = withoutKeywordOf(context);
  const findings: FindingDraft[] = [];
  for (const [itemId, clauses] of links.withoutClauses) {
    const item = links.items.get(itemId);
    const first = clauses[0];
    if (!item || !first || isWontDo(item)) continue;
    const linked = [...(links.linkedFrom.get(itemId)?.threat ?? [])].filter((id) => known.has(id));
    if (linked.length > 0) continue;
    const resemblance = findResemblance(clauses, knowledge, item, context.model);
    const clause = resemblance?.clause ?? first;
    const found = `story ${item.id} has a ${keyword} clause in its ${clause.field}, ${quoteText(clause.text)}, but is linked to no threat`;
    findings.push({
      message: resemblance
        ? `${found}; the clause resembles ${resemblance.typeId} (${resemblance.typeName}: "${resemblance.phrase}")${
            resemblance.data.length > 0 ? ` on an element that carries ${resemblance.data.join(', ')}` : ''
          }`
        : found,
      location: itemLocation(item),
      hint: resemblance ? suggestedLinkHint(item, resemblance) : genericLinkHint(item, keyword),
      subject: item.id,
    });
  }
  return findings;
}

/**
 * The best-resembling threat type (over all the item's clauses) that has threats in the model,
 * with those threats ordered so that one on an element the item names comes first. When the clause
 * (or the story's title) names data assets, only threats on elements that carry them are
 * suggested — never an element without that data — and a weaker resemblance is enough.
 */
function findResemblance(
  clauses: readonly WithoutClause[],
  knowledge: Knowledge,
  item: BacklogItem,
  model: ThreatModel,
): Resemblance | undefined {
  let best: Resemblance | undefined;
  for (const clause of clauses) {
    const data = namedData(`${clause.text}\n${item.title}`, model);
    const carriers = data.length > 0 ? elementsCarrying(data, model) : undefined;
    const threshold = carriers ? dataThreshold : undefined;
    for (const suggestion of suggestThreatTypes(clause.text, knowledge.kb.threatTypes, threshold)) {
      const threats = threatsOfType(suggestion.typeId, knowledge, carriers);
      if (threats.length === 0) continue;
      if (!best || suggestion.score > best.score) {
        const typeName = knowledge.kb.threatTypes.find((t) => t.id === suggestion.typeId)?.name ?? '';
        best = { clause, ...suggestion, typeName, threats: namedFirst(threats, item, model), data };
      }
      break;
    }
  }
  return best;
}

/**
 * Threats of a type in scope; when none is in scope, those of the full profile (still linkable).
 * With `carriers`, only threats on those elements.
 */
function threatsOfType(
  typeId: string,
  knowledge: Knowledge,
  carriers?: ReadonlySet<string>,
): readonly Threat[] {
  const on = (threats: readonly Threat[]): readonly Threat[] =>
    carriers === undefined ? threats : threats.filter((t) => carriers.has(t.element));
  const inScope = on(byType(knowledge.expansion).get(typeId) ?? []);
  return inScope.length > 0 ? inScope : on(byType(knowledge.fullExpansion).get(typeId) ?? []);
}

const threatsByType = new WeakMap<Expansion, Map<string, Threat[]>>();

/** An expansion's threats by type, in model order: built once, not filtered again for every story. */
function byType(expansion: Expansion): Map<string, Threat[]> {
  let index = threatsByType.get(expansion);
  if (!index) {
    index = new Map();
    for (const threat of expansion.threats) {
      if (threat.typeId === undefined) continue;
      const list = index.get(threat.typeId);
      if (list) list.push(threat);
      else index.set(threat.typeId, [threat]);
    }
    threatsByType.set(expansion, index);
  }
  return index;
}

/**
 * Threat ids, those on an element the item's title, body or labels name (by id, or by every word of
 * its name) first; otherwise in model order.
 */
function namedFirst(threats: readonly Threat[], item: BacklogItem, model: ThreatModel): string[] {
  const text = [item.title, item.body, ...item.labels].join('\n').toLowerCase();
  const words = new Set(text.split(/[^a-z0-9._-]+/));
  const names = new Map<string, string>();
  for (const element of [...model.components, ...(model.flows ?? [])])
    if (element.name !== undefined) names.set(element.id, element.name.toLowerCase());
  const byName = (id: string): boolean => {
    const name = names.get(id);
    return name !== undefined && name.split(/[^a-z0-9]+/).every((w) => w === '' || words.has(w));
  };
  const named = threats.filter((t) => words.has(t.element.toLowerCase()) || byName(t.element));
  return [...named, ...threats.filter((t) => !named.includes(t))].map((t) => t.id);
}

function storyEntry(item: BacklogItem, threatId: string): string {
  return `- { backlog: "${item.id}", threats: [${threatId}] }`;
}

function suggestedLinkHint(item: BacklogItem, resemblance: Resemblance): string {
  const [threatId = '', ...others] = resemblance.threats;
  const hint = `Add the label threat:${threatId} to ${item.id}, or write ${threatId} in its body (or list it under stories: in the model: ${storyEntry(item, threatId)}).`;
  if (others.length === 0) return hint;
  return `${hint} ${resemblance.typeId} also applies elsewhere: write ${listIds(others, 'or')} instead if the story is about ${others.length === 1 ? 'that element' : 'one of those elements'}.`;
}

function genericLinkHint(item: BacklogItem, keyword: string): string {
  return `Link ${item.id} to the threat its ${keyword} clause is about: add the label threat:THREATTYPE@element to ${item.id} or write the threat id in its body (or list it under stories: in the model: ${storyEntry(item, 'THREATTYPE@element')}); threat-align check lists the model's threats. If none of them is what the clause is about, write that threat by hand under threats: in the model.`;
}
