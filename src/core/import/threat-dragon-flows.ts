import type { Flow } from '../model/threat-model.js';
import { clip, field, textOf } from './json-import-source.js';
import { importDocs } from './native-model-builder.js';
import { kebabCase } from './native-ids.js';
import type { Cell, CellEnd, Diagram, Point } from './threat-dragon-cells.js';
import { markOutOfScope } from './threat-dragon-components.js';
import { centre } from './threat-dragon-geometry.js';
import { cellKey, describeCell, type DragonParts, type PlacedComponent } from './threat-dragon-parts.js';
import { normaliseProtocol } from './threat-dragon-values.js';

/** The flows of a diagram, their ends resolved through the cells they are attached to. */
export function addFlows(parts: DragonParts, diagram: Diagram): void {
  for (const cell of diagram.cells) {
    if (cell.kind !== 'flow') continue;
    const from = resolveEnd(parts, diagram, cell.source);
    const to = resolveEnd(parts, diagram, cell.target);
    if (typeof from === 'string' || typeof to === 'string') {
      reportLooseFlow(parts, cell, typeof from === 'string' ? ['source', from] : ['target', to as string]);
      continue;
    }
    const forward = addFlow(parts, cell, from, to);
    if (field(cell.props, 'isBidirectional') === true) {
      const reverse = addFlow(parts, cell, to, from, forward);
      parts.builder.note(
        `/flows/${reverse}`,
        `the Threat Dragon flow ${parts.flows[forward]?.id ?? ''} goes both ways; this is its way back`,
      );
    }
  }
}

/** Adds one native flow; `reverseOf` is the index of the flow this one mirrors (a bidirectional flow). */
function addFlow(
  parts: DragonParts,
  cell: Cell,
  from: PlacedComponent,
  to: PlacedComponent,
  reverseOf?: number,
): number {
  const { builder } = parts;
  const index = parts.flows.length;
  const pointer = `/flows/${index}`;
  // An unnamed flow is named after its ends, so its way back needs no suffix.
  const named = kebabCase(cell.name);
  const wanted =
    named === '' ? `${from.id}-to-${to.id}` : reverseOf === undefined ? named : `${named}-reverse`;
  const id = builder.ids.claim(wanted, `flow-${index + 1}`);
  const flow: Flow = {
    id,
    ...(cell.name === '' ? {} : { name: clip(cell.name, 200) }),
    from: from.id,
    to: to.id,
  };
  const protocol = textOf(field(cell.props, 'protocol'));
  if (protocol !== undefined) {
    flow.protocol = normaliseProtocol(protocol);
    builder.trace(`${pointer}/protocol`, `${cell.propsPointer}/protocol`);
    if (flow.protocol !== protocol) builder.note(`${pointer}/protocol`, `Threat Dragon says "${protocol}"`);
  }
  if (cell.description !== undefined) flow.description = clip(cell.description, 100_000);
  if (field(cell.props, 'isEncrypted') === true) {
    flow.properties = { encrypted: true };
    builder.trace(`${pointer}/properties/encrypted`, `${cell.propsPointer}/isEncrypted`);
  }
  if (reverseOf !== undefined) {
    // The way back of a two-way flow answers the way there: a response, not a second connection.
    flow.role = 'response';
    builder.note(`${pointer}/role`, 'the way back of a bidirectional Threat Dragon flow');
  }
  markOutOfScope(parts, cell, pointer, flow, reverseOf === undefined);
  parts.flows.push(flow);
  builder.trace(pointer, cell.pointer);
  builder.trace(`${pointer}/id`, cell.name === '' ? cell.idPointer : cell.namePointer);
  builder.trace(`${pointer}/name`, cell.namePointer);
  builder.trace(
    `${pointer}/from`,
    (reverseOf === undefined ? cell.source : cell.target)?.pointer ?? cell.pointer,
  );
  builder.trace(
    `${pointer}/to`,
    (reverseOf === undefined ? cell.target : cell.source)?.pointer ?? cell.pointer,
  );
  if (reverseOf === undefined) {
    builder.note(pointer, `from Threat Dragon ${describeCell(cell, 'flow')}`);
    if (cell.misspelt) builder.note(pointer, `the shape "${cell.shape}" is read as a flow`);
    parts.placedFlows.push({ id, index, cell, course: course(from, cell.vertices, to) });
  }
  if (field(cell.props, 'isPublicNetwork') === true) markPublic(parts, cell, from, to, id);
  return index;
}

/** The component an end is attached to, or why there is none. */
function resolveEnd(
  parts: DragonParts,
  diagram: Diagram,
  end: CellEnd | undefined,
): PlacedComponent | string {
  if (end?.cell === undefined) return end?.point ? 'is a loose point on the canvas' : 'is missing';
  const component = parts.componentOf.get(cellKey(diagram.index, end.cell));
  if (component) return component;
  const boundary = parts.boundaryOf.get(cellKey(diagram.index, end.cell));
  if (boundary) return `is attached to the trust boundary ${boundary.id}, not to a process, store or actor`;
  return `is attached to the cell ${end.cell}, which is no process, store or actor of the file`;
}

function reportLooseFlow(parts: DragonParts, cell: Cell, [end, why]: [string, string]): void {
  const lost =
    cell.threats.length === 0 ? '' : ` Its ${cell.threats.length} threat(s) are not imported either.`;
  parts.builder.unmapped(
    (end === 'source' ? cell.source : cell.target)?.pointer ?? cell.pointer,
    cell.id,
    `${describeCell(cell, 'flow')} cannot be imported: its ${end} ${why}.${lost}`,
    `Attach both ends of the flow to elements in Threat Dragon, or add the flow to the converted model by hand (${importDocs}).`,
  );
}

/**
 * A flow over a public network: its receiving end is reachable from the internet (`internetFacing`),
 * unless that end is an actor; an actor at either end that sits in a box with no kind sits on the internet.
 */
function markPublic(
  parts: DragonParts,
  cell: Cell,
  from: PlacedComponent,
  to: PlacedComponent,
  flow: string,
): void {
  const { builder } = parts;
  const target = parts.components[to.index];
  if (target && to.shape !== 'actor' && target.properties?.internetFacing !== true) {
    target.properties = { ...target.properties, internetFacing: true };
    builder.trace(
      `/components/${to.index}/properties/internetFacing`,
      `${cell.propsPointer}/isPublicNetwork`,
    );
    builder.note(
      `/components/${to.index}/properties/internetFacing`,
      `the flow ${flow} reaches it over a public network`,
    );
  }
  for (const end of [from, to]) {
    const boundaryId = parts.components[end.index]?.boundary;
    const boundary = parts.boundaries.find((b) => b.id === boundaryId);
    if (end.shape !== 'actor' || !boundary || boundary.kind !== undefined) continue;
    boundary.kind = 'internet';
    const index = parts.boundaries.indexOf(boundary);
    builder.note(
      `/boundaries/${index}/kind`,
      `internet: the actor ${end.id} in it is reached over a public network (flow ${flow})`,
    );
  }
}

function course(from: PlacedComponent, vertices: readonly Point[], to: PlacedComponent): Point[] {
  const ends = [from.cell.box, to.cell.box].map((box) => (box ? centre(box) : undefined));
  return [ends[0], ...vertices, ends[1]].filter((point) => point !== undefined);
}
