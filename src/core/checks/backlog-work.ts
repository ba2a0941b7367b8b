import type { BacklogItem } from '../backlog/backlog-item.js';
import { compareText } from '../findings/order-findings.js';
import type { Links } from '../link/resolve-links.js';
import type { MitigationStatus } from '../model/threat-model.js';
import { quoteText } from './alignment-wording.js';
import type { CheckContext } from './check.js';

const settledStatuses: ReadonlySet<MitigationStatus> = new Set([
  'implemented',
  'not-applicable',
  'accepted-risk',
]);

/** Whether a mitigation status needs no more backlog work: in place, not needed, or a risk accepted. */
export function isSettled(status: MitigationStatus): boolean {
  return settledStatuses.has(status);
}

/** `#12 "Add MFA to the shop"`: an item as a message names it. */
export function describeItem(item: BacklogItem): string {
  return `${item.id} ${quoteText(item.title)}`;
}

/** `a, b, c, d, e, f and 3 more`: a list cut at `max` entries. */
export function listSome(parts: readonly string[], max = 6): string {
  const shown = parts.slice(0, max);
  const rest = parts.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

/** Backlog items in the order a reader expects: by number, then by text. */
export function compareItems(a: BacklogItem, b: BacklogItem): number {
  const na = itemNumber(a.id);
  const nb = itemNumber(b.id);
  const byNumber = na !== undefined && nb !== undefined ? na - nb : 0;
  return byNumber || compareText(a.id, b.id);
}

/**
 * The number an id ends with. Sorts compare the same items many times (for every story of a large
 * backlog): each id is read once, not once per comparison.
 */
function itemNumber(id: string): number | undefined {
  let number = itemNumbers.get(id);
  if (number === undefined && !itemNumbers.has(id)) {
    const digits = /(\d+)$/.exec(id)?.[1];
    number = digits === undefined ? undefined : Number(digits);
    if (itemNumbers.size >= maxRememberedIds) itemNumbers.clear();
    itemNumbers.set(id, number);
  }
  return number;
}

const itemNumbers = new Map<string, number | undefined>();
const maxRememberedIds = 100_000;

/** How a reference to an item of this backlog is written: `AB#N` for Azure Boards, `PROJ-N` for Jira, `#N` otherwise. */
export function refExample(context: CheckContext): string {
  const items = context.alignment?.items;
  if (!items) return '#N';
  // Asked for every finding of several checks: look at the items once per backlog.
  let example = refExamples.get(items);
  if (example === undefined) {
    const jiraProject = items.map((item) => /^([A-Z][A-Z0-9_]+)-\d+$/.exec(item.id)?.[1]).find(Boolean);
    example = items.some((item) => item.id.startsWith('AB#'))
      ? 'AB#N'
      : jiraProject !== undefined
        ? `${jiraProject}-N`
        : '#N';
    refExamples.set(items, example);
  }
  return example;
}

const refExamples = new WeakMap<readonly BacklogItem[], string>();

const memo = new WeakMap<Links, Map<string, BacklogItem[]>>();

/**
 * The items of the backlog that carry a mitigation type, linked from either side. An item that an
 * `except:` place references belongs to that place alone (a place has a status of its own), unless
 * the mitigation's own `backlog:` references it too: without `element`, the items of the mitigation
 * as a whole; with it, those of the mitigation at that element.
 */
export function mitigationItems(links: Links, mitigation: string, element?: string): readonly BacklogItem[] {
  // Asked once per story, threat and mitigation: the answer depends only on these two, so keep it.
  let cache = memo.get(links);
  if (!cache) {
    cache = new Map();
    memo.set(links, cache);
  }
  // Without an `except:` place that references items, the answer is the same at every element.
  const placed = element !== undefined && hasPlacedReferences(links, mitigation);
  const key = placed ? `${mitigation}\u0000${element}` : mitigation;
  let items = cache.get(key);
  if (!items) {
    items = findMitigationItems(links, mitigation, placed ? element : undefined);
    cache.set(key, items);
  }
  return items;
}

function findMitigationItems(links: Links, mitigation: string, element?: string): BacklogItem[] {
  const linked = links.itemsFor.mitigation.get(mitigation) ?? new Set<string>();
  const carried = new Set<string>();
  const elsewhere = new Set<string>();
  for (const reference of mitigationReferences(links).get(mitigation) ?? []) {
    const here = reference.element === undefined || reference.element === element;
    (here ? carried : elsewhere).add(reference.itemId);
  }
  const items: BacklogItem[] = [];
  for (const id of linked) {
    const item = links.items.get(id);
    if (item && (carried.has(id) || !elsewhere.has(id))) items.push(item);
  }
  return items.sort(compareItems);
}

type ModelReference = Links['modelReferences'][number];

const referencesByMitigation = new WeakMap<Links, Map<string, ModelReference[]>>();

/** The model's `backlog:` references of mitigations, by mitigation: one pass, not one per mitigation and place. */
function mitigationReferences(links: Links): Map<string, ModelReference[]> {
  let index = referencesByMitigation.get(links);
  if (!index) {
    index = new Map();
    for (const reference of links.modelReferences) {
      if (reference.kind !== 'mitigation') continue;
      const list = index.get(reference.owner);
      if (list) list.push(reference);
      else index.set(reference.owner, [reference]);
    }
    referencesByMitigation.set(links, index);
  }
  return index;
}

/** Whether some `except:` place of the mitigation references backlog items. */
function hasPlacedReferences(links: Links, mitigation: string): boolean {
  return (mitigationReferences(links).get(mitigation) ?? []).some((r) => r.element !== undefined);
}

const ranks = new WeakMap<Links, Map<string, number>>();

/**
 * An item's place in the backlog's reading order (compareItems), computed once per backlog: lists
 * built per story sort by it with one subtraction instead of reading ids on every comparison.
 */
export function itemRank(links: Links, item: BacklogItem): number {
  let rank = ranks.get(links);
  if (!rank) {
    const ordered = [...links.items.values()].sort(compareItems);
    rank = new Map(ordered.map((entry, index) => [entry.id, index]));
    ranks.set(links, rank);
  }
  return rank.get(item.id) ?? Number.MAX_SAFE_INTEGER;
}
