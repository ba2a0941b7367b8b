import { importDocs } from './native-model-builder.js';
import type { Cell, CellEnd, Diagram, Point } from './threat-dragon-cells.js';
import { polylinesCross } from './plane-geometry.js';
import { centre } from './threat-dragon-geometry.js';
import { cellKey, describeCell, type DragonParts } from './threat-dragon-parts.js';

/**
 * Trust-boundary lines (curves) have no native counterpart: a native boundary is a zone that
 * components sit in. Each line is reported, with the flows that cross it on the drawing; a crossing
 * flow whose ends share a zone gets a note, since rules about crossing boundaries cannot see it.
 */
export function reportCurves(parts: DragonParts, diagram: Diagram): void {
  const zoneOf = new Map(parts.components.map((component) => [component.id, component.boundary]));
  for (const cell of diagram.cells) {
    if (cell.kind !== 'boundary-curve') continue;
    const line = [
      pointOf(parts, cell, cell.source),
      ...cell.vertices,
      pointOf(parts, cell, cell.target),
    ].filter((point) => point !== undefined);
    const crossing = parts.placedFlows.filter(
      (flow) => flow.cell.diagram === diagram.index && line.length > 1 && polylinesCross(flow.course, line),
    );
    const what = describeCell(cell, 'trust-boundary line');
    for (const flow of crossing) {
      const native = parts.flows[flow.index];
      if (!native || zoneOf.get(native.from) !== zoneOf.get(native.to)) continue;
      parts.builder.note(
        `/flows/${flow.index}`,
        `crosses the ${what} on the diagram, but its ends are not in different boundaries here, so rules about crossing boundaries do not see it`,
      );
    }
    const crossed =
      crossing.length === 0
        ? 'no flow crosses it on the drawing'
        : `on the drawing, ${crossing.map((flow) => flow.id).join(', ')} cross${crossing.length === 1 ? 'es' : ''} it`;
    parts.builder.unmapped(
      cell.pointer,
      cell.id,
      `${what} cannot be represented: native trust boundaries are zones that components sit in, not lines; ${crossed}`,
      `Draw the zones as trust-boundary boxes in Threat Dragon (membership is then read from the drawing), or declare boundaries in the converted model and set boundary: on the components on each side (${importDocs}).`,
    );
  }
}

function pointOf(parts: DragonParts, curve: Cell, end: CellEnd | undefined): Point | undefined {
  if (end?.point) return end.point;
  const key = end?.cell === undefined ? undefined : cellKey(curve.diagram, end.cell);
  const attached: Cell | undefined =
    key === undefined ? undefined : (parts.componentOf.get(key) ?? parts.boundaryOf.get(key))?.cell;
  return attached?.box ? centre(attached.box) : undefined;
}
