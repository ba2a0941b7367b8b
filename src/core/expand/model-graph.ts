import type { Component, Flow, Properties, ThreatModel } from '../model/threat-model.js';
import { classifications } from '../model/model-schema.js';

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
  properties: Properties;
  from: GraphComponent;
  to: GraphComponent;
  dataRank: number;
}

export type GraphElement = GraphComponent | GraphFlow;

/** The model as a graph: adjacency, boundary nesting and data ranks, in document order. */
export interface ModelGraph {
  components: GraphComponent[];
  flows: GraphFlow[];
  byId: ReadonlyMap<string, GraphElement>;
  boundaryKinds: ReadonlyMap<string, string | undefined>;
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
  const rankOf = (ids: readonly string[] | undefined): number =>
    Math.max(-1, ...(ids ?? []).map((id) => dataRanks.get(id) ?? -1));

  const byId = new Map<string, GraphElement>();
  const components = model.components.map((component, index): GraphComponent => {
    const node: GraphComponent = {
      kind: 'component',
      id: component.id,
      index,
      pointer: `/components/${index}/id`,
      source: component,
      properties: component.properties ?? {},
      boundary: component.boundary,
      enclosing: enclosingBoundaries(component.boundary, parents),
      dataRank: rankOf(component.data),
      incoming: [],
      outgoing: [],
    };
    if (!byId.has(component.id)) byId.set(component.id, node);
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
      properties: flow.properties ?? {},
      from,
      to,
      dataRank: rankOf(flow.data),
    };
    from.outgoing.push(node);
    to.incoming.push(node);
    from.dataRank = Math.max(from.dataRank, node.dataRank);
    to.dataRank = Math.max(to.dataRank, node.dataRank);
    flows.push(node);
    if (!byId.has(flow.id)) byId.set(flow.id, node);
  }
  return { components, flows, byId, boundaryKinds };
}

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
