import type { ElementKind, KnowledgeBase } from '../kb/knowledge-base.js';
import type { Boundary, Component, Flow, ThreatModel } from '../model/threat-model.js';
import { appendTo } from '../append-to.js';

export interface MermaidOptions {
  /**
   * Component ids to show (the changed part of the system): those components, the flows among
   * them, and their direct neighbours with the flows that reach them, dimmed. All when absent.
   */
  only?: readonly string[];
  /** At most this many components (default 50); the rest are counted in a note. */
  maxNodes?: number;
  /** At most this many flows (default 200): Mermaid refuses diagrams past its own edge limit. */
  maxEdges?: number;
  /** Gives each component its element's shape and its type's name; without it, components are drawn as processes. */
  kb?: KnowledgeBase;
}

const defaultMaxNodes = 50;
const defaultMaxEdges = 200;
const maxLabelLength = 60;

interface Selection {
  shown: Component[];
  neighbours: Set<string>;
  flows: { flow: Flow; dimmed: boolean }[];
  hiddenNodes: number;
  hiddenEdges: number;
}

/**
 * The model as a Mermaid `flowchart LR` (without the surrounding fence): one subgraph per trust
 * boundary, nested as the boundaries nest; data stores as cylinders, external entities as
 * rectangles, processes rounded; flows as edges labelled with their protocol. Every id is rewritten
 * to a safe Mermaid identifier and every label is escaped, so no name can break the diagram.
 */
export function renderMermaid(model: ThreatModel, options: MermaidOptions = {}): string {
  const selection = select(model, options);
  const ids = new MermaidIds();
  const kinds = elementKinds(options.kb);
  const typeNames = new Map((options.kb?.componentTypes ?? []).map((t) => [t.id, t.name]));
  const lines = ['flowchart LR'];

  const byBoundary = new Map<string | undefined, Component[]>();
  const boundaries = new Map((model.boundaries ?? []).map((b) => [b.id, b]));
  for (const component of selection.shown) {
    const key =
      component.boundary !== undefined && boundaries.has(component.boundary) ? component.boundary : undefined;
    appendTo(byBoundary, key, component);
  }
  const tree = boundaryTree(model.boundaries ?? [], new Set(byBoundary.keys()));

  const node = (component: Component, indent: string): string => {
    const name = label(component.name?.trim() ? component.name : component.id);
    const type = label(typeNames.get(component.type) ?? component.type);
    const text = `"${name}<br/>${type}"`;
    const id = ids.of('c', component.id);
    switch (kinds.get(component.type)) {
      case 'data-store':
        return `${indent}${id}[(${text})]`;
      case 'external-entity':
        return `${indent}${id}[${text}]`;
      default:
        return `${indent}${id}(${text})`;
    }
  };
  const writeBoundary = (boundary: Boundary, depth: number): void => {
    const indent = '  '.repeat(depth);
    const title = label(boundary.name?.trim() ? boundary.name : boundary.id);
    lines.push(`${indent}subgraph ${ids.of('b', boundary.id)}["${title}"]`);
    for (const child of tree.children.get(boundary.id) ?? []) writeBoundary(child, depth + 1);
    for (const component of byBoundary.get(boundary.id) ?? []) lines.push(node(component, `${indent}  `));
    lines.push(`${indent}end`);
  };
  for (const boundary of tree.roots) writeBoundary(boundary, 1);
  for (const component of byBoundary.get(undefined) ?? []) lines.push(node(component, '  '));

  for (const { flow, dimmed } of selection.flows) {
    const arrow = dimmed ? '-.->' : '-->';
    const protocol = flow.protocol?.trim() ? `|"${label(flow.protocol)}"|` : '';
    lines.push(`  ${ids.of('c', flow.from)} ${arrow}${protocol} ${ids.of('c', flow.to)}`);
  }

  if (selection.shown.length === 0) lines.push('  empty["No component to show"]');
  const hidden = notShown(selection);
  if (hidden) lines.push(`  more["${hidden}"]`);
  if (selection.neighbours.size > 0) {
    lines.push('  classDef neighbour fill:#f6f8fa,stroke:#8c959f,color:#6e7781,stroke-dasharray:4 3');
    const dimmed = selection.shown
      .filter((c) => selection.neighbours.has(c.id))
      .map((c) => ids.of('c', c.id));
    lines.push(`  class ${dimmed.join(',')} neighbour`);
  }
  return `${lines.join('\n')}\n`;
}

/** Which components and flows to draw, within the limits. */
function select(model: ThreatModel, options: MermaidOptions): Selection {
  const components = firstById(model.components);
  const known = new Set(components.map((c) => c.id));
  const flows = (model.flows ?? []).filter((f) => known.has(f.from) && known.has(f.to));
  const only = options.only ? new Set(options.only) : undefined;
  const neighbours = new Set<string>();
  if (only) {
    for (const flow of flows) {
      if (only.has(flow.from) && !only.has(flow.to)) neighbours.add(flow.to);
      if (only.has(flow.to) && !only.has(flow.from)) neighbours.add(flow.from);
    }
  }
  const wanted = only
    ? [...components.filter((c) => only.has(c.id)), ...components.filter((c) => neighbours.has(c.id))]
    : components;
  const maxNodes = Math.max(0, options.maxNodes ?? defaultMaxNodes);
  const shown = wanted.slice(0, maxNodes);
  const shownIds = new Set(shown.map((c) => c.id));
  const drawn = flows
    .filter((f) => shownIds.has(f.from) && shownIds.has(f.to))
    .filter((f) => !only || only.has(f.from) || only.has(f.to))
    .map((flow) => ({ flow, dimmed: neighbours.has(flow.from) || neighbours.has(flow.to) }));
  const maxEdges = Math.max(0, options.maxEdges ?? defaultMaxEdges);
  return {
    // Sorted back into model order, so that a neighbour stays beside the components it talks to.
    shown: components.filter((c) => shownIds.has(c.id)),
    neighbours: new Set([...neighbours].filter((id) => shownIds.has(id))),
    flows: drawn.slice(0, maxEdges),
    hiddenNodes: wanted.length - shown.length,
    hiddenEdges: Math.max(0, drawn.length - maxEdges),
  };
}

function notShown(selection: Selection): string | undefined {
  const parts: string[] = [];
  if (selection.hiddenNodes > 0)
    parts.push(`${selection.hiddenNodes} more component${selection.hiddenNodes === 1 ? '' : 's'}`);
  if (selection.hiddenEdges > 0)
    parts.push(`${selection.hiddenEdges} more flow${selection.hiddenEdges === 1 ? '' : 's'}`);
  return parts.length > 0 ? `… and ${parts.join(' and ')} not shown` : undefined;
}

function firstById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/**
 * The boundaries to draw (those holding a shown component, and their ancestors) as a tree. A
 * boundary whose parent is unknown or part of a loop (TA102 reports both) is drawn at the top.
 */
function boundaryTree(
  all: readonly Boundary[],
  holding: ReadonlySet<string | undefined>,
): { roots: Boundary[]; children: Map<string, Boundary[]> } {
  const boundaries = firstById(all);
  const byId = new Map(boundaries.map((b) => [b.id, b]));
  const parentOf = (boundary: Boundary): string | undefined => {
    const parent = boundary.parent;
    if (parent === undefined || !byId.has(parent)) return undefined;
    const seen = new Set([boundary.id]);
    for (let at: string | undefined = parent; at !== undefined; at = byId.get(at)?.parent) {
      if (seen.has(at)) return undefined;
      seen.add(at);
    }
    return parent;
  };
  const drawn = new Set<string>();
  for (const boundary of boundaries) {
    if (!holding.has(boundary.id)) continue;
    let at: Boundary | undefined = boundary;
    while (at && !drawn.has(at.id)) {
      drawn.add(at.id);
      const parent = parentOf(at);
      at = parent === undefined ? undefined : byId.get(parent);
    }
  }
  const roots: Boundary[] = [];
  const children = new Map<string, Boundary[]>();
  for (const boundary of boundaries) {
    if (!drawn.has(boundary.id)) continue;
    const parent = parentOf(boundary);
    if (parent === undefined) roots.push(boundary);
    else appendTo(children, parent, boundary);
  }
  return { roots, children };
}

/** The element kind of every component type, through `extends`. */
function elementKinds(kb: KnowledgeBase | undefined): Map<string, ElementKind> {
  const types = new Map((kb?.componentTypes ?? []).map((t) => [t.id, t]));
  const kinds = new Map<string, ElementKind>();
  for (const type of types.values()) {
    const seen = new Set<string>();
    for (
      let at = types.get(type.id);
      at && !seen.has(at.id);
      at = at.extends ? types.get(at.extends) : undefined
    ) {
      seen.add(at.id);
      if (at.element) {
        kinds.set(type.id, at.element);
        break;
      }
    }
  }
  return kinds;
}

/** Model ids mapped to Mermaid identifiers: a prefix, letters, digits and `_` only, never two alike. */
class MermaidIds {
  private readonly assigned = new Map<string, string>();
  private readonly used = new Set<string>();

  of(prefix: 'b' | 'c', id: string): string {
    const key = `${prefix}:${id}`;
    const known = this.assigned.get(key);
    if (known !== undefined) return known;
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_').slice(0, 40)}`;
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n += 1) candidate = `${base}_${n}`;
    this.assigned.set(key, candidate);
    this.used.add(candidate);
    return candidate;
  }
}

/** Characters that end or change a quoted Mermaid label, as Mermaid's own entity codes. */
const entities: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  ';': '#59;',
  '|': '#124;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
  '%': '#37;',
  '\\': '#92;',
  // Mermaid trims the last `;` of any line matching `style.*:\S*#.*;` before parsing, so no
  // literal colon may stand in a label beside the entity codes above.
  ':': '#58;',
};

/**
 * Text for inside `"…"`: one line (line breaks and control characters become spaces, bidirectional
 * overrides go), at most 60 graphemes, and every character that Mermaid reads as syntax written
 * as an entity code.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function label(text: string): string {
  const flat = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    // Bidirectional overrides would make a label read other than it is written.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  // Cut between graphemes, so that no emoji or accented letter is split in half.
  const graphemes = Array.from(
    new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(flat),
    (g) => g.segment,
  );
  const short =
    graphemes.length > maxLabelLength ? `${graphemes.slice(0, maxLabelLength - 1).join('')}…` : flat;
  return short.replace(/["#;|[\](){}<>&`%\\:]/g, (c) => entities[c] ?? c);
}
