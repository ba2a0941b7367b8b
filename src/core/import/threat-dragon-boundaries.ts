import type { Boundary } from '../model/threat-model.js';
import { clip } from './json-import-source.js';
import { importDocs } from './native-model-builder.js';
import { kebabCase } from './native-ids.js';
import type { Box, Cell, Diagram } from './threat-dragon-cells.js';
import { area, centre, containsBox, containsPoint, overlaps } from './threat-dragon-geometry.js';
import { cellKey, describeCell, type DragonParts, type Placed } from './threat-dragon-parts.js';
import { boundaryKind } from './threat-dragon-values.js';

interface PlacedBox extends Placed {
  box?: Box;
  boundary: Boundary;
}

/**
 * Trust-boundary boxes as native boundaries. Threat Dragon records no membership, so it is derived
 * from the drawing: a box inside another gets it as `parent`, and a component belongs to the
 * innermost box its centre lies in.
 */
export function addBoundaries(parts: DragonParts, diagram: Diagram): void {
  const boxes = diagram.cells
    .filter((cell) => cell.kind === 'boundary-box')
    .map((cell) => addBox(parts, cell));
  for (const placed of boxes) nest(parts, placed, boxes);
  reportOverlaps(parts, boxes);
  for (const component of parts.placedComponents) {
    const box = component.cell.box;
    if (component.cell.diagram !== diagram.index || !box) continue;
    const around = boxes.filter((placed) => placed.box && containsPoint(placed.box, centre(box)));
    const inner = smallest(around);
    if (!inner) continue;
    const pointer = `/components/${component.index}`;
    const native = parts.components[component.index];
    if (native) native.boundary = inner.id;
    parts.builder.trace(`${pointer}/boundary`, `${component.cell.pointer}/position`);
    const straddles =
      inner.box && !containsBox(inner.box, box) ? ', though it crosses the edge (its centre decided)' : '';
    const loose = around.filter(
      (other) => other !== inner && !(other.box && inner.box && containsBox(other.box, inner.box)),
    );
    const overlap =
      loose.length > 0
        ? `; it also lies in ${loose.map((other) => other.id).join(', ')}, which overlaps: the smaller one decided`
        : '';
    parts.builder.note(
      `${pointer}/boundary`,
      `drawn inside the trust-boundary box ${inner.id}${straddles}${overlap}`,
    );
  }
}

function addBox(parts: DragonParts, cell: Cell): PlacedBox {
  const { builder } = parts;
  const index = parts.boundaries.length;
  const pointer = `/boundaries/${index}`;
  const id = builder.ids.claim(
    kebabCase(cell.name),
    `boundary-${kebabCase(cell.id).slice(0, 8) || String(index + 1)}`,
  );
  const boundary: Boundary = { id, ...(cell.name === '' ? {} : { name: clip(cell.name, 200) }) };
  if (cell.description !== undefined) boundary.description = clip(cell.description, 100_000);
  const kind = boundaryKind(cell.name);
  if (kind) {
    boundary.kind = kind.kind;
    builder.note(`${pointer}/kind`, `${kind.kind}: from the word "${kind.word.trim()}" in its name`);
  }
  parts.boundaries.push(boundary);
  const placed = { id, index, cell, boundary, ...(cell.box ? { box: cell.box } : {}) };
  if (!parts.boundaryOf.has(cellKey(cell.diagram, cell.id)))
    parts.boundaryOf.set(cellKey(cell.diagram, cell.id), placed);
  builder.trace(pointer, cell.pointer);
  builder.trace(`${pointer}/id`, cell.name === '' ? cell.idPointer : cell.namePointer);
  builder.trace(`${pointer}/name`, cell.namePointer);
  builder.note(pointer, `from Threat Dragon ${describeCell(cell, 'trust-boundary box')}`);
  if (!cell.box) builder.note(pointer, 'the box has no position or size: nothing is placed inside it');
  return placed;
}

/** The parent is the smallest other box that holds this one whole (of two equal boxes, the first holds the second). */
function nest(parts: DragonParts, placed: PlacedBox, boxes: readonly PlacedBox[]): void {
  const { box } = placed;
  if (!box) return;
  const holders = boxes.filter(
    (other) =>
      other !== placed &&
      other.box !== undefined &&
      containsBox(other.box, box) &&
      (area(other.box) > area(box) || (area(other.box) === area(box) && other.index < placed.index)),
  );
  const parent = smallest(holders);
  if (!parent) return;
  placed.boundary.parent = parent.id;
  parts.builder.trace(`/boundaries/${placed.index}/parent`, `${placed.cell.pointer}/position`);
  parts.builder.note(
    `/boundaries/${placed.index}/parent`,
    `drawn inside the trust-boundary box ${parent.id}`,
  );
}

function reportOverlaps(parts: DragonParts, boxes: readonly PlacedBox[]): void {
  for (const [j, later] of boxes.entries()) {
    for (const earlier of boxes.slice(0, j)) {
      const [a, b] = [earlier.box, later.box];
      if (!a || !b || !overlaps(a, b) || containsBox(a, b) || containsBox(b, a)) continue;
      parts.builder.unmapped(
        `${later.cell.pointer}/position`,
        `${later.cell.id}#overlaps:${earlier.cell.id}`,
        `${describeCell(later.cell, 'trust-boundary box')} partly overlaps ${describeCell(earlier.cell, 'trust-boundary box')}; native boundaries nest but cannot overlap, so a component in the overlap is placed in the smaller box only`,
        `Draw the boxes nested or apart in Threat Dragon, or check the boundary: of the components near both boxes in the converted model (${importDocs}).`,
      );
    }
  }
}

function smallest<T extends { box?: Box; index: number }>(boxes: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of boxes) {
    if (!candidate.box) continue;
    if (!best?.box || area(candidate.box) < area(best.box)) best = candidate;
  }
  return best;
}
