import type { Analysis } from '../analyse.js';
import type { Threat } from '../expand/expansion.js';
import type { Finding } from '../findings/finding.js';
import { fingerprintFinding } from '../findings/fingerprint.js';
import type { Component, DataAsset, Flow, ThreatModel } from '../model/threat-model.js';

/** What a pull request changes, comparing the analysis of its head with that of its base branch (SPEC §6). */
export interface PullRequestDelta {
  /** False when there was no base analysis (a new model): everything in head then counts as added or new. */
  hasBase: boolean;
  /**
   * False when the head model did not load or could not be expanded, so that no threats could be
   * compared: the threat lists are then empty rather than claiming every threat of base removed.
   * When the head model did not load at all, nothing counts as fixed or removed either.
   */
  threatsCompared: boolean;
  /** Threats of head whose id base does not have, in head's order. */
  threatsAdded: Threat[];
  /** Threats of base whose id head does not have, in base's order. */
  threatsRemoved: Threat[];
  /** Findings of head whose fingerprint base does not have, in head's order. */
  findingsNew: Finding[];
  /** Findings of base whose fingerprint head does not have, in base's order. */
  findingsFixed: Finding[];
  /** Ids of head's components that base does not have, in head's order. */
  componentsAdded: string[];
  /** Ids of components in both whose entry, flows, data assets or answers differ, in head's order. */
  componentsChanged: string[];
  /** Ids of base's components that head does not have, in base's order. */
  componentsRemoved: string[];
}

/**
 * Compares two analyses of a model: threats by id, findings by fingerprint (check and subject, so
 * a finding that only moved lines is neither new nor fixed), components by their entry and everything
 * attached to them. Pure and deterministic.
 */
export function computeDelta(base: Analysis | undefined, head: Analysis): PullRequestDelta {
  const threatsCompared = head.expansion !== undefined;
  const headThreats = head.expansion?.threats ?? [];
  const baseThreats = threatsCompared ? (base?.expansion?.threats ?? []) : [];
  // A model that does not load says nothing about what it fixed or removed.
  const comparable = head.model === undefined ? undefined : base;
  return {
    hasBase: base !== undefined,
    threatsCompared,
    threatsAdded: onlyIn(headThreats, baseThreats, (t) => t.id),
    threatsRemoved: onlyIn(baseThreats, headThreats, (t) => t.id),
    findingsNew: onlyIn(head.findings, base?.findings ?? [], fingerprintFinding),
    findingsFixed: onlyIn(comparable?.findings ?? [], head.findings, fingerprintFinding),
    ...compareComponents(comparable?.model, head.model),
  };
}

/** The entries of `list` whose key `other` does not have, in order. */
function onlyIn<T>(list: readonly T[], other: readonly T[], key: (entry: T) => string): T[] {
  const keys = new Set(other.map(key));
  return list.filter((entry) => !keys.has(key(entry)));
}

function compareComponents(
  base: ThreatModel | undefined,
  head: ThreatModel | undefined,
): Pick<PullRequestDelta, 'componentsAdded' | 'componentsChanged' | 'componentsRemoved'> {
  const headIds = new Set(head?.components.map((c) => c.id));
  const baseIds = new Set(base?.components.map((c) => c.id));
  const componentsAdded: string[] = [];
  const componentsChanged: string[] = [];
  const baseViews = base ? componentViews(base) : new Map<string, string>();
  const headViews = head ? componentViews(head) : new Map<string, string>();
  for (const id of headIds) {
    const before = baseViews.get(id);
    if (before === undefined) componentsAdded.push(id);
    else if (before !== headViews.get(id)) componentsChanged.push(id);
  }
  return {
    componentsAdded,
    componentsChanged,
    componentsRemoved: [...baseIds].filter((id) => !headIds.has(id)),
  };
}

/**
 * Per component id, one canonical text of everything that makes it what it is: its entry, the flows
 * that start or end at it, the data assets it or those flows carry, and the answers given for it.
 * Two components are the same exactly when their texts are equal.
 */
function componentViews(model: ThreatModel): Map<string, string> {
  const data = new Map<string, DataAsset>();
  for (const asset of model.data ?? []) if (!data.has(asset.id)) data.set(asset.id, asset);
  const flowsOf = new Map<string, Flow[]>();
  for (const flow of model.flows ?? []) {
    for (const end of new Set([flow.from, flow.to])) {
      const list = flowsOf.get(end);
      if (list) list.push(flow);
      else flowsOf.set(end, [flow]);
    }
  }
  const views = new Map<string, string>();
  for (const component of model.components) {
    if (views.has(component.id)) continue; // a duplicate id (TA103): the first entry stands
    const flows = flowsOf.get(component.id) ?? [];
    views.set(component.id, canonicalText(describeComponent(component, flows, data, model.answers)));
  }
  return views;
}

function describeComponent(
  component: Component,
  flows: readonly Flow[],
  data: ReadonlyMap<string, DataAsset>,
  answers: ThreatModel['answers'],
): unknown {
  const dataIds = new Set([...(component.data ?? []), ...flows.flatMap((f) => f.data ?? [])]);
  return {
    component,
    // Order of flows in the file is not a change of the component.
    flows: [...flows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    data: [...dataIds].sort().map((id) => data.get(id) ?? { id, missing: true }),
    answers: answers?.[component.id] ?? {},
  };
}

/** JSON with object keys sorted, so that key order in the file does not count as a change. */
function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
