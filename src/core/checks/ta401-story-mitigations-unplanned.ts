import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Threat } from '../expand/expansion.js';
import type { Links } from '../link/resolve-links.js';
import { itemLocation } from './alignment-wording.js';
import { describeItem, isSettled, itemRank, listSome, mitigationItems } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta401StoryMitigationsUnplanned: Check = {
  id: 'TA401',
  title: 'A planned story’s mitigation items are not planned with it',
  defaultSeverity: 'warning',
  why: 'The cheapest moment to build a mitigation is with the feature it protects; when a story is planned without the open mitigation items of its threats, the feature ships unprotected and security becomes late, reactive work.',
  fix: 'Plan the open mitigation items in the same milestone (or iteration) as the story, or an earlier one, or plan the story later.',
  run: findUnplannedStoryMitigations,
};

/** An open mitigation item to move, and the mitigations it carries for the story's threats. */
interface ItemToMove {
  item: BacklogItem;
  mitigations: Set<string>;
}

function findUnplannedStoryMitigations(context: CheckContext): FindingDraft[] {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const threats = new Map(knowledge.expansion.threats.map((t) => [t.id, t]));
  const findings: FindingDraft[] = [];
  for (const story of alignment.items) {
    const milestone = story.milestone;
    if (
      !links.stories.has(story.id) ||
      story.status !== 'open' ||
      milestone === undefined ||
      milestone === ''
    )
      continue;
    const storyThreats = [...(links.linkedFrom.get(story.id)?.threat ?? [])]
      .map((id) => threats.get(id))
      .filter((threat): threat is Threat => threat !== undefined);
    const { toMove, via } = itemsToMove(links, story, storyThreats);
    if (toMove.length === 0) continue;
    // The message shows six items and counts the rest: describe only those it shows.
    const listed = toMove
      .slice(0, 6)
      .map(
        ({ item, mitigations }) =>
          `${describeItem(item)} (${[...mitigations].join(', ')}; ${item.milestone === undefined ? 'no milestone' : `in ${item.milestone}`})`,
      );
    const more = toMove.length - listed.length;
    findings.push({
      message: `story ${describeItem(story)} is planned in ${milestone}, but open items of the mitigations of its threat${via.length === 1 ? '' : 's'} ${listSome(via)} are not planned by then: ${more > 0 ? `${listed.join(', ')} and ${more} more` : listSome(listed)}`,
      location: itemLocation(story),
      hint: `Plan the mitigations with the story: set the milestone (in Azure Boards, the iteration) of ${listSome(
        toMove.map(({ item }) => item.id),
        12,
      )} to ${milestone}, or plan the story in a later milestone.`,
      subject: story.id,
    });
  }
  return findings;
}

/**
 * The open items of the threats' mitigations that are not in the story's milestone, by number.
 *
 * Stories share milestones and kinds of threat, so many stories ask the same question: the items of
 * the same mitigation lists, not planned by the same milestone. Each distinct question is answered
 * once (`movesFor`), and a story's own answer is that one, less the story itself when it carries a
 * mitigation; walking every open item of every mitigation again for each story, and sorting them,
 * took 21 s for 100,000 issues.
 */
function itemsToMove(
  links: Links,
  story: BacklogItem,
  threats: readonly Threat[],
): { toMove: readonly ItemToMove[]; via: string[] } {
  const milestone = story.milestone;
  const lists: MitigationList[] = [];
  const via: string[] = [];
  for (const threat of threats) {
    let contributes = false;
    for (const applied of threat.mitigations) {
      if (isSettled(applied.status)) continue;
      const items = mitigationItems(links, applied.id, threat.element);
      if (!contributes && unplannedIn(items, milestone).some((item) => item.id !== story.id))
        contributes = true;
      lists.push({ mitigation: applied.id, items });
    }
    if (contributes) via.push(threat.id);
  }
  const moves = movesFor(links, lists, milestone);
  return {
    toMove: moves.ids.has(story.id) ? moves.list.filter(({ item }) => item.id !== story.id) : moves.list,
    via,
  };
}

interface MitigationList {
  mitigation: string;
  items: readonly BacklogItem[];
}

interface Moves {
  list: readonly ItemToMove[];
  ids: ReadonlySet<string>;
}

/** Per backlog: the answers already given, by milestone and mitigation lists. */
const movesMemo = new WeakMap<Links, Map<string, Moves>>();
/** Per backlog: a number for each distinct list of items (`mitigationItems` returns the same array for the same question). */
const listIds = new WeakMap<Links, Map<readonly BacklogItem[], number>>();
/** Per list: its open items not planned by a milestone, in the list's order. */
const unplannedMemo = new WeakMap<readonly BacklogItem[], Map<string | undefined, readonly BacklogItem[]>>();

function unplannedIn(items: readonly BacklogItem[], milestone: string | undefined): readonly BacklogItem[] {
  let byMilestone = unplannedMemo.get(items);
  if (!byMilestone) {
    byMilestone = new Map();
    unplannedMemo.set(items, byMilestone);
  }
  let unplanned = byMilestone.get(milestone);
  if (!unplanned) {
    unplanned = items.filter((item) => item.status === 'open' && !isPlannedBy(item.milestone, milestone));
    byMilestone.set(milestone, unplanned);
  }
  return unplanned;
}

function movesFor(links: Links, lists: readonly MitigationList[], milestone: string | undefined): Moves {
  let ids = listIds.get(links);
  if (!ids) {
    ids = new Map();
    listIds.set(links, ids);
  }
  const numbered = ids;
  const idOf = (items: readonly BacklogItem[]): number => {
    let id = numbered.get(items);
    if (id === undefined) {
      id = numbered.size;
      numbered.set(items, id);
    }
    return id;
  };
  const key = [
    milestone ?? '\u0000',
    // In order (it is the order of each item's mitigations in the message), each list once.
    ...new Set(lists.map(({ mitigation, items }) => `${mitigation}\u0000${idOf(items)}`)),
  ].join('\u0001');
  let memo = movesMemo.get(links);
  if (!memo) {
    memo = new Map();
    movesMemo.set(links, memo);
  }
  let moves = memo.get(key);
  if (!moves) {
    const toMove = new Map<string, ItemToMove>();
    for (const { mitigation, items } of lists) {
      for (const item of unplannedIn(items, milestone)) {
        const entry = toMove.get(item.id) ?? { item, mitigations: new Set<string>() };
        entry.mitigations.add(mitigation);
        toMove.set(item.id, entry);
      }
    }
    // Each item's rank read once, not on every comparison.
    const ranked = [...toMove.values()].map((entry) => ({ entry, rank: itemRank(links, entry.item) }));
    const list = ranked.sort((a, b) => a.rank - b.rank).map(({ entry }) => entry);
    moves = { list, ids: new Set(toMove.keys()) };
    memo.set(key, moves);
  }
  return moves;
}

/**
 * Whether an item in `milestone` is done by the story's milestone: the same milestone, or an earlier
 * one of the same numbered series ("Sprint 15" before "Sprint 16", "Shop\Iteration 3" before
 * "Shop\Iteration 4"). Milestones of no common series cannot be ordered, so they do not count.
 */
function isPlannedBy(milestone: string | undefined, storyMilestone: string | undefined): boolean {
  if (milestone === undefined || storyMilestone === undefined) return false;
  if (milestone === storyMilestone) return true;
  const item = splitNumber(milestone);
  const story = splitNumber(storyMilestone);
  return (
    item !== undefined && story !== undefined && item.series === story.series && item.number < story.number
  );
}

/** `Sprint 15` → { series: "Sprint ", number: 15 }; a scan from the end, linear in the text. */
function splitNumber(milestone: string): { series: string; number: number } | undefined {
  // The same few milestone names are compared for every item of every story: parse each once.
  if (splitCache.has(milestone)) return splitCache.get(milestone);
  const split = parseNumberedMilestone(milestone);
  splitCache.set(milestone, split);
  return split;
}

const splitCache = new Map<string, { series: string; number: number } | undefined>();

function parseNumberedMilestone(milestone: string): { series: string; number: number } | undefined {
  let start = milestone.length;
  while (start > 0 && /\d/.test(milestone.charAt(start - 1))) start -= 1;
  if (start === milestone.length) return undefined;
  return { series: milestone.slice(0, start), number: Number(milestone.slice(start)) };
}
