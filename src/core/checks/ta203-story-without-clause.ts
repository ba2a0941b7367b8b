import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Threat } from '../expand/expansion.js';
import { isWontDo, itemLocation, listIds, withoutKeywordOf } from './alignment-wording.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta203StoryWithoutClause: Check = {
  id: 'TA203',
  title: 'A story linked to a threat has no WITHOUT clause',
  defaultSeverity: 'warning',
  why: 'The WITHOUT clause is how a story tells its team, in their own words, what must not happen; a story linked to a threat without one leaves the threat invisible to whoever builds it.',
  fix: 'Add a WITHOUT clause (the keyword in capitals, to the end of its sentence) to the story’s title or body, saying what the linked threat must not achieve.',
  run: findStoriesWithoutClause,
};

type Knowledge = NonNullable<CheckContext['knowledge']>;

/** Longest title the hint proposes to extend: past it, the hint proposes a sentence for the body. */
const maxTitleToExtend = 120;

function findStoriesWithoutClause(context: CheckContext): FindingDraft[] {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const threats = new Map(knowledge.fullExpansion.threats.map((t) => [t.id, t]));
  const order = new Map(knowledge.fullExpansion.threats.map((t, i) => [t.id, i]));
  const findings: FindingDraft[] = [];
  for (const itemId of links.stories) {
    const item = links.items.get(itemId);
    if (!item || isWontDo(item) || links.withoutClauses.has(itemId)) continue;
    const linked = [...(links.linkedFrom.get(itemId)?.threat ?? [])]
      .filter((id) => threats.has(id))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (linked.length === 0) continue;
    const what = linked.length === 1 ? `threat ${linked[0] ?? ''}` : `threats ${listIds(linked)}`;
    findings.push({
      message: `story ${item.id} is linked to ${what} but has no ${withoutKeywordOf(context)} clause`,
      location: itemLocation(item),
      hint: clauseHint(context, item, linked.map((id) => threats.get(id)).filter(isThreat), knowledge),
      subject: item.id,
    });
  }
  return findings;
}

function isThreat(threat: Threat | undefined): threat is Threat {
  return threat !== undefined;
}

/** The sentence to add, in the words of the first linked threat whose type has a WITHOUT phrase. */
function clauseHint(
  context: CheckContext,
  item: BacklogItem,
  linked: readonly Threat[],
  knowledge: Knowledge,
): string {
  const keyword = withoutKeywordOf(context);
  const rule = `(${keyword} in capitals; the clause runs to the end of its sentence)`;
  for (const threat of linked) {
    const type = knowledge.kb.threatTypes.find((t) => t.id === threat.typeId);
    const phrase = type?.withoutPhrases?.[0];
    if (phrase === undefined) continue;
    const sentence = `"This story must be done ${keyword} ${phrase}."`;
    const title = item.title.trim().replace(/[.!?]+$/, '');
    const from = `the phrase ${knowledge.kb.name}@${knowledge.kb.version} gives for ${threat.typeId ?? ''}, the type of ${threat.id}`;
    if (/^as an? /i.test(title) && title.length <= maxTitleToExtend) {
      return `Say what must not happen ${rule}: change the title of ${item.id} to "${title}, ${keyword} ${phrase}", or add to its body: ${sentence} This is ${from}; reword it in the story's terms.`;
    }
    return `Say what must not happen ${rule}: add to the body of ${item.id}: ${sentence} This is ${from}; reword it in the story's terms.`;
  }
  const threat = linked[0];
  const about = threat
    ? ` what threat ${threat.id} (${threat.title}) must not achieve`
    : ' what must not happen';
  return `Add to the body of ${item.id} a sentence that says${about} ${rule}: "This story must be done ${keyword} …".`;
}
