import { isStory, type BacklogItem } from '../backlog/backlog-item.js';
import { findWithoutClauses, type WithoutClause } from '../backlog/without-clause.js';
import type { Expansion } from '../expand/expansion.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ThreatModel } from '../model/threat-model.js';
import { childPointer } from '../source/source-index.js';
import { normalizeBacklogRef } from './backlog-reference.js';

export type LinkKind = 'threat' | 'mitigation' | 'requirement' | 'event';

/** A `backlog:` reference written in the model, with where it is written. */
export interface ModelReference {
  kind: LinkKind | 'story';
  /** The threat, mitigation type, requirement or event it belongs to (for stories: the backlog ref itself). */
  owner: string;
  /** For a mitigation's exception: the element it applies at. */
  element?: string;
  ref: string;
  itemId: string;
  pointer: string;
}

/** An id written in a backlog item that the model does not have (TA204). */
export interface UnknownMention {
  itemId: string;
  id: string;
  where: 'title' | 'body' | 'label';
  /** What the id is shaped as (a label says it; in text, its shape). */
  kind?: LinkKind;
}

/** Both directions of every link between the model and the backlog (SPEC §3.4). */
export interface Links {
  items: ReadonlyMap<string, BacklogItem>;
  /** Every model-side reference, resolved or not. */
  modelReferences: readonly ModelReference[];
  /** Items per linked id, from both sides, by kind. */
  itemsFor: Record<LinkKind, ReadonlyMap<string, ReadonlySet<string>>>;
  /** Ids each item is linked to, from both sides, by kind. */
  linkedFrom: ReadonlyMap<string, Record<LinkKind, ReadonlySet<string>>>;
  unknownMentions: readonly UnknownMention[];
  withoutClauses: ReadonlyMap<string, readonly WithoutClause[]>;
  stories: ReadonlySet<string>;
}

const threatIdShape = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*@[A-Za-z0-9][A-Za-z0-9._-]*$/;
const mitigationIdShape = /^M-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const eventIdShape = /^EV-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const labelPrefixes: Record<string, LinkKind> = {
  threat: 'threat',
  mitigation: 'mitigation',
  requirement: 'requirement',
  event: 'event',
};
/** Id-like tokens: one character class, no nesting, so scanning is linear in the text. */
const tokenPattern = /[A-Za-z0-9][A-Za-z0-9._@-]*/g;

/**
 * Resolves links both ways: the model's `backlog:` references (normalised to item ids) and the ids
 * items name in titles, bodies and `kind:id` labels. Known ids come from the full expansion, so a
 * threat out of the profile's scope is still a known id.
 */
export function resolveLinks(input: {
  model: ThreatModel;
  kb: KnowledgeBase;
  fullExpansion: Expansion;
  items: readonly BacklogItem[];
  aliases: readonly string[];
  withoutKeyword?: string;
}): Links {
  const { model, kb, items, aliases } = input;
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const byUrl = new Map(items.filter((i) => i.url !== undefined).map((i) => [i.url ?? '', i.id]));
  const resolveRef = (ref: string): string => byUrl.get(ref) ?? normalizeBacklogRef(ref, aliases);

  const known: Record<LinkKind, Set<string>> = {
    threat: new Set(input.fullExpansion.threats.map((t) => t.id)),
    mitigation: new Set([...kb.mitigationTypes.map((m) => m.id), ...Object.keys(model.mitigations ?? {})]),
    requirement: new Set((model.requirements ?? []).map((r) => r.id)),
    event: new Set([...kb.events.map((e) => e.id), ...Object.keys(model.events ?? {})]),
  };
  const itemsFor: Record<LinkKind, Map<string, Set<string>>> = {
    threat: new Map(),
    mitigation: new Map(),
    requirement: new Map(),
    event: new Map(),
  };
  const linkedFrom = new Map<string, Record<LinkKind, Set<string>>>();
  const link = (kind: LinkKind, id: string, itemId: string): void => {
    addTo(itemsFor[kind], id, itemId);
    let entry = linkedFrom.get(itemId);
    if (!entry) {
      entry = { threat: new Set(), mitigation: new Set(), requirement: new Set(), event: new Set() };
      linkedFrom.set(itemId, entry);
    }
    entry[kind].add(id);
  };

  const modelReferences = collectModelReferences(model, resolveRef);
  for (const reference of modelReferences) {
    if (reference.kind === 'story') continue;
    link(reference.kind, reference.owner, reference.itemId);
  }
  for (const story of model.stories ?? []) {
    const itemId = resolveRef(story.backlog);
    for (const threat of story.threats ?? []) link('threat', threat, itemId);
    for (const requirement of story.requirements ?? []) link('requirement', requirement, itemId);
  }

  const threatTypes = new Set(kb.threatTypes.map((t) => t.id));
  const requirementShape = familyShape((model.requirements ?? []).map((r) => r.id));
  const elements = new Set([...model.components.map((c) => c.id), ...(model.flows ?? []).map((f) => f.id)]);
  const unknownMentions: UnknownMention[] = [];
  const withoutClauses = new Map<string, WithoutClause[]>();
  const stories = new Set<string>();
  for (const item of items) {
    const seen = new Set<string>();
    const mention = (id: string, where: UnknownMention['where'], forced?: LinkKind): void => {
      const kind = forced ?? kindOf(id, known, requirementShape);
      if (kind && known[kind].has(id)) link(kind, id, item.id);
      else if ((forced || plausiblyOurs(id, threatTypes, elements, requirementShape)) && !seen.has(id)) {
        seen.add(id);
        unknownMentions.push({ itemId: item.id, id, where, ...(kind ? { kind } : {}) });
      }
    };
    for (const label of item.labels) {
      const colon = label.indexOf(':');
      const kind = colon > 0 ? labelPrefixes[label.slice(0, colon).trim().toLowerCase()] : undefined;
      if (kind) mention(label.slice(colon + 1).trim(), 'label', kind);
    }
    for (const [where, text] of [
      ['title', item.title],
      ['body', item.body],
    ] as const) {
      for (const match of text.matchAll(tokenPattern)) mention(trimToken(match[0]), where);
    }
    const clauses = [
      ...findWithoutClauses(item.title, 'title', input.withoutKeyword),
      ...findWithoutClauses(item.body, 'body', input.withoutKeyword),
    ];
    if (clauses.length > 0) withoutClauses.set(item.id, clauses);
    if (isStory(item) || clauses.length > 0) stories.add(item.id);
  }

  return {
    items: itemsById,
    modelReferences,
    itemsFor,
    linkedFrom,
    unknownMentions,
    withoutClauses,
    stories,
  };
}

/** A token without the dots and dashes that end a sentence or a clause (`M-MFA.` → `M-MFA`). */
function trimToken(token: string): string {
  const last = token.charCodeAt(token.length - 1);
  return last === 0x2e || last === 0x2d ? token.replace(/[.-]+$/, '') : token;
}

function kindOf(
  id: string,
  known: Record<LinkKind, Set<string>>,
  requirementShape?: RegExp,
): LinkKind | undefined {
  for (const kind of ['threat', 'mitigation', 'requirement', 'event'] as const)
    if (known[kind].has(id)) return kind;
  // Most tokens are prose: the shapes are tried only on what could have them.
  if (id.includes('@')) return threatIdShape.test(id) ? 'threat' : undefined;
  if (id.startsWith('M-') && mitigationIdShape.test(id)) return 'mitigation';
  if (id.startsWith('EV-') && eventIdShape.test(id)) return 'event';
  if (requirementShape?.test(id) === true) return 'requirement';
  return undefined;
}

/**
 * The shape of the model's own requirement ids, when they share one: the same letters, a dash and
 * a number (`SR-1`, `SR-12` → `SR-<number>`). Requirement ids have no fixed shape, so an unknown one
 * in free text is recognised only by its likeness to the model's.
 */
function familyShape(ids: readonly string[]): RegExp | undefined {
  const prefixes = new Set<string>();
  for (const id of ids) {
    const match = /^([A-Z][A-Z0-9]{0,9})-\d{1,6}$/.exec(id);
    if (!match?.[1]) return undefined;
    prefixes.add(match[1]);
  }
  if (prefixes.size === 0 || [...prefixes].some((p) => p === 'M' || p === 'EV')) return undefined;
  return new RegExp(`^(?:${[...prefixes].join('|')})-\\d{1,6}$`);
}

/** A mitigation or event id in prose: letters after the dash, not a number ("M-16" is a rifle). */
const lettered = /^(?:M|EV)-[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/**
 * Whether an unknown id in free text is meant as one of ours, rather than prose that happens to
 * look like one (an upper-case e-mail address, "M-16"): a threat id with one of its two halves
 * known; a mitigation or event id with letters after its dash; a requirement id shaped like the
 * model's own. Labels (`kind:id`) are always ours.
 */
function plausiblyOurs(
  id: string,
  threatTypes: ReadonlySet<string>,
  elements: ReadonlySet<string>,
  requirementShape?: RegExp,
): boolean {
  if (threatIdShape.test(id)) {
    const at = id.indexOf('@');
    return threatTypes.has(id.slice(0, at)) || elements.has(id.slice(at + 1));
  }
  // TA204 reports every mitigation and event id written in a title or a body (docs/checks/TA204.md).
  if (mitigationIdShape.test(id) || eventIdShape.test(id)) return lettered.test(id);
  return requirementShape?.test(id) === true;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function collectModelReferences(model: ThreatModel, resolveRef: (ref: string) => string): ModelReference[] {
  const out: ModelReference[] = [];
  const add = (
    kind: ModelReference['kind'],
    owner: string,
    refs: readonly string[] | undefined,
    pointer: string,
    element?: string,
  ): void => {
    for (const [j, ref] of (refs ?? []).entries()) {
      const reference: ModelReference = {
        kind,
        owner,
        ref,
        itemId: resolveRef(ref),
        pointer: `${pointer}/${j}`,
      };
      if (element !== undefined) reference.element = element;
      out.push(reference);
    }
  };
  for (const [id, decision] of Object.entries(model.mitigations ?? {})) {
    const pointer = childPointer('/mitigations', id);
    add('mitigation', id, decision.backlog, `${pointer}/backlog`);
    for (const [element, place] of Object.entries(decision.except ?? {})) {
      add('mitigation', id, place.backlog, `${childPointer(`${pointer}/except`, element)}/backlog`, element);
    }
  }
  for (const [i, requirement] of (model.requirements ?? []).entries())
    add('requirement', requirement.id, requirement.backlog, `/requirements/${i}/backlog`);
  for (const [i, threat] of (model.threats ?? []).entries())
    add('threat', threat.id, threat.backlog, `/threats/${i}/backlog`);
  for (const [id, event] of Object.entries(model.events ?? {}))
    add('event', id, event.backlog, `${childPointer('/events', id)}/backlog`);
  for (const [i, story] of (model.stories ?? []).entries()) {
    out.push({
      kind: 'story',
      owner: story.backlog,
      ref: story.backlog,
      itemId: resolveRef(story.backlog),
      pointer: `/stories/${i}/backlog`,
    });
  }
  return out;
}
