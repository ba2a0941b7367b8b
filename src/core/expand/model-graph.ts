import type { Component, Flow, FlowRole, Properties, ThreatModel } from '../model/threat-model.js';
import { classifications, dataKinds } from '../model/model-schema.js';

/** A component with everything rules read, precomputed once. */
export interface GraphComponent {
  kind: 'component';
  id: string;
  index: number;
  /** JSON Pointer of the component's id in the model, computed once (threats and questions share it). */
  pointer: string;
  source: Component;
  properties: Properties;
  /** The innermost boundary, if any. */
  boundary: string | undefined;
  /** Every boundary the component sits in, innermost first. */
  enclosing: readonly string[];
  /** Rank of the highest classification it handles (own data and its flows' data); -1 for none. */
  dataRank: number;
  /** The kinds of the data it handles (own data and its flows' data), one bit per kind (`dataKindBit`). */
  dataKinds: number;
  /** Marked out of scope, itself or through a boundary it sits in: rules generate nothing on it. */
  outOfScope: boolean;
  /** Where its threats and questions are listed (see `listOrder`). */
  order: number;
  incoming: GraphFlow[];
  outgoing: GraphFlow[];
}

export interface GraphFlow {
  kind: 'flow';
  id: string;
  index: number;
  /** JSON Pointer of the flow's id in the model. */
  pointer: string;
  source: Flow;
  /** The protocol in lower case, as rules compare it (lowered once, not per rule and flow). */
  protocol: string | undefined;
  properties: Properties;
  from: GraphComponent;
  to: GraphComponent;
  /** Whether its ends sit in different innermost boundaries: read once here, not per rule from both ends. */
  crossesBoundary: boolean;
  dataRank: number;
  dataKinds: number;
  /** `request` unless the model says otherwise. */
  role: FlowRole;
  /** Marked out of scope, or both its ends are: rules generate nothing on it. */
  outOfScope: boolean;
  /** Where its threats are listed (see `listOrder`). */
  order: number;
}

export type GraphElement = GraphComponent | GraphFlow;

/** The model as a graph: adjacency, boundary nesting and data ranks, in document order. */
export interface ModelGraph {
  components: GraphComponent[];
  flows: GraphFlow[];
  byId: ReadonlyMap<string, GraphElement>;
  boundaryKinds: ReadonlyMap<string, string | undefined>;
  /** One more than the largest `order`. */
  orders: number;
}

/** The bit of a data kind in `dataKinds`; 0 for a kind the model schema does not know. */
export function dataKindBit(kind: string): number {
  const index = (dataKinds as readonly string[]).indexOf(kind);
  return index < 0 ? 0 : 1 << index;
}

export function classificationRank(classification: string): number {
  return (classifications as readonly string[]).indexOf(classification);
}

/**
 * Builds the graph in one pass over components and one over flows. Flows whose ends are unknown
 * are left out (TA102 reports them), as are the ids of boundaries that loop.
 */
export function buildModelGraph(model: ThreatModel): ModelGraph {
  const parents = new Map((model.boundaries ?? []).map((b) => [b.id, b.parent]));
  const boundaryKinds = new Map((model.boundaries ?? []).map((b) => [b.id, b.kind]));
  const dataRanks = new Map((model.data ?? []).map((d) => [d.id, classificationRank(d.classification)]));
  const rankOf = (ids: readonly string[] | undefined): number => {
    let rank = -1;
    for (const id of ids ?? noIds) rank = Math.max(rank, dataRanks.get(id) ?? -1);
    return rank;
  };
  const kindBits = new Map(
    (model.data ?? []).map((d) => [d.id, (d.kinds ?? []).reduce((bits, k) => bits | dataKindBit(k), 0)]),
  );
  const kindsOf = (ids: readonly string[] | undefined): number => {
    let bits = 0;
    for (const id of ids ?? noIds) bits |= kindBits.get(id) ?? 0;
    return bits;
  };
  const outOfScopeBoundaries = new Set(
    (model.boundaries ?? []).filter((b) => b.outOfScope === true).map((b) => b.id),
  );

  // One list of enclosing boundaries per innermost boundary, shared by its components; and one
  // string per boundary id, so that rules compare boundaries by identity, not character by character.
  const enclosingOf = new Map<string | undefined, readonly string[]>();
  const enclosing = (innermost: string | undefined): readonly string[] => {
    let chain = enclosingOf.get(innermost);
    if (!chain) {
      chain = enclosingBoundaries(innermost, parents);
      enclosingOf.set(innermost, chain);
    }
    return chain;
  };

  // Flows are listed after every component: `span` places are left for the components.
  const span = Math.max(model.components.length, model.flows?.length ?? 0);
  const byId = new Map<string, GraphElement>();
  const components = model.components.map((component, index): GraphComponent => {
    const chain = enclosing(component.boundary);
    const node: GraphComponent = {
      kind: 'component',
      id: component.id,
      index,
      pointer: `/components/${index}/id`,
      source: component,
      properties: component.properties ?? noProperties,
      boundary: chain[0] ?? component.boundary,
      enclosing: chain,
      dataRank: rankOf(component.data),
      dataKinds: kindsOf(component.data),
      outOfScope:
        component.outOfScope === true ||
        (outOfScopeBoundaries.size > 0 && chain.some((b) => outOfScopeBoundaries.has(b))),
      order: index,
      incoming: [],
      outgoing: [],
    };
    listOnce(node, byId, span);
    return node;
  });

  const flows: GraphFlow[] = [];
  for (const [index, flow] of (model.flows ?? []).entries()) {
    const from = byId.get(flow.from);
    const to = byId.get(flow.to);
    if (from?.kind !== 'component' || to?.kind !== 'component') continue;
    const node: GraphFlow = {
      kind: 'flow',
      id: flow.id,
      index,
      pointer: `/flows/${index}/id`,
      source: flow,
      protocol: flow.protocol?.toLowerCase(),
      properties: flow.properties ?? noProperties,
      from,
      to,
      crossesBoundary: from.boundary !== to.boundary,
      dataRank: rankOf(flow.data),
      dataKinds: kindsOf(flow.data),
      role: flow.role ?? 'request',
      outOfScope: flow.outOfScope === true || (from.outOfScope && to.outOfScope),
      order: span + index,
    };
    from.outgoing.push(node);
    to.incoming.push(node);
    from.dataRank = Math.max(from.dataRank, node.dataRank);
    to.dataRank = Math.max(to.dataRank, node.dataRank);
    from.dataKinds |= node.dataKinds;
    to.dataKinds |= node.dataKinds;
    flows.push(node);
    listOnce(node, byId, span);
  }
  return { components, flows, byId, boundaryKinds, orders: 2 * span };
}

/**
 * Indexes an element by id, and sets where its threats and questions are listed (`order`):
 * components first, in document order, then flows. An element that repeats an earlier element's
 * id (TA102 reports it) is listed where that element is, as every look-up by id finds that one.
 * Computed once per element, so that ordering threats and questions needs no look-up by id.
 */
function listOnce(element: GraphElement, byId: Map<string, GraphElement>, span: number): void {
  const first = byId.get(element.id);
  if (first === undefined) byId.set(element.id, element);
  else element.order = first.kind === 'component' ? first.index : span + first.index;
}

/** Shared by every element without properties or data: read them, never change them. */
const noProperties: Properties = Object.freeze({});
const noIds: readonly string[] = [];

function enclosingBoundaries(
  innermost: string | undefined,
  parents: ReadonlyMap<string, string | undefined>,
): string[] {
  const chain: string[] = [];
  let current = innermost;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = parents.get(current);
  }
  return chain;
}
