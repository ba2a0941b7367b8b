import type { Boundary, Component, DataAsset, Flow, HandWrittenThreat } from '../model/threat-model.js';
import type { NativeModelBuilder } from './native-model-builder.js';
import type { Cell, Point } from './threat-dragon-cells.js';
import type { ElementShape } from './threat-dragon-element-types.js';

/** A native element and the cell it came from. */
export interface Placed {
  id: string;
  index: number;
  cell: Cell;
}

export interface PlacedComponent extends Placed {
  shape: ElementShape;
}

interface PlacedFlow extends Placed {
  /** The flow's course on the canvas: source centre, bends, target centre. */
  course: Point[];
}

/** The native model as a Threat Dragon file is read into it, with what links its parts to the cells. */
export interface DragonParts {
  builder: NativeModelBuilder;
  components: Component[];
  boundaries: Boundary[];
  flows: Flow[];
  threats: HandWrittenThreat[];
  data: DataAsset[];
  /** Components in document order, and by `cellKey` (the first cell of an id wins, as for flows in Threat Dragon). */
  placedComponents: PlacedComponent[];
  componentOf: Map<string, PlacedComponent>;
  boundaryOf: Map<string, Placed>;
  placedFlows: PlacedFlow[];
  /** Components that handle a kind of data a Threat Dragon flag names (storesCredentials, handlesCardPayment). */
  dataNeeds: Map<'credentials' | 'card-data', number[]>;
  /** Free text drawn on the diagrams, for the system's description. */
  texts: string[];
}

export function emptyParts(builder: NativeModelBuilder): DragonParts {
  return {
    builder,
    components: [],
    boundaries: [],
    flows: [],
    threats: [],
    data: [],
    placedComponents: [],
    componentOf: new Map(),
    boundaryOf: new Map(),
    placedFlows: [],
    dataNeeds: new Map(),
    texts: [],
  };
}

/** Cells are looked up per diagram: edges in Threat Dragon join cells of their own diagram only. */
export function cellKey(diagram: number, id: string): string {
  return `${diagram}\u0000${id}`;
}

/** How a cell is named in messages: `process "Web Application" (cell 0d9909ea…)`. */
export function describeCell(cell: Cell, what: string = cell.kind ?? 'cell'): string {
  const name =
    cell.name === '' ? '' : ` "${cell.name.length > 60 ? `${cell.name.slice(0, 59)}…` : cell.name}"`;
  return `${what}${name} (cell ${cell.id})`;
}
