import { suggestId } from '../source/suggest-id.js';
import { childPointer } from '../source/source-index.js';
import { dig, field, isJsonObject, listOf, oneLine, textOf, type JsonObject } from './json-import-source.js';

/** What a Threat Dragon cell is, whatever the version wrote. */
type CellKind = 'process' | 'store' | 'actor' | 'flow' | 'boundary-box' | 'boundary-curve' | 'text';

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** One end of an edge: the cell it is attached to, or a loose point on the canvas. */
export interface CellEnd {
  cell?: string;
  point?: Point;
  pointer: string;
}

/** A threat as written on a cell, with its source pointer. */
export interface CellThreat {
  value: JsonObject;
  pointer: string;
}

/** A cell of either version, with source pointers to the parts a native element is traced to. */
export interface Cell {
  pointer: string;
  diagram: number;
  id: string;
  idPointer: string;
  /** The shape (v2) or type (v1) as written, and how it was read; `kind` is undefined when unknown. */
  shape: string;
  shapePointer: string;
  kind?: CellKind;
  misspelt: boolean;
  name: string;
  namePointer: string;
  description?: string;
  /** Where the element's properties sit: `data` in v2, the cell itself in v1. */
  props: JsonObject;
  propsPointer: string;
  box?: Box;
  source?: CellEnd;
  target?: CellEnd;
  vertices: Point[];
  threats: CellThreat[];
}

export interface Diagram {
  index: number;
  title: string;
  pointer: string;
  cells: Cell[];
}

/** Shape names of v2, `type` names of v1 and v2 data, squeezed to letters: all the spellings read. */
const kinds = new Map<string, CellKind>(
  Object.entries({
    process: 'process',
    tmprocess: 'process',
    store: 'store',
    tmstore: 'store',
    actor: 'actor',
    tmactor: 'actor',
    flow: 'flow',
    tmflow: 'flow',
    edge: 'flow',
    trustboundarybox: 'boundary-box',
    tmboundarybox: 'boundary-box',
    trustboundarycurve: 'boundary-curve',
    // Threat Dragon 2.0 itself writes this misspelling (td.vue registers the shape under it).
    trustbroundarycurve: 'boundary-curve',
    tmboundary: 'boundary-curve',
    tdtextblock: 'text',
    tmtext: 'text',
  } satisfies Record<string, CellKind>),
);

/**
 * The diagrams of a file; undefined when it has no `detail.diagrams` list. Cells and threats that
 * are not objects cannot be read: their pointers are added to `malformed`, for the caller to report.
 */
export function readDiagrams(root: unknown, malformed: string[] = []): Diagram[] | undefined {
  const diagrams = dig(root, 'detail', 'diagrams');
  if (!Array.isArray(diagrams)) return undefined;
  return diagrams.map((diagram: unknown, index) => {
    const pointer = `/detail/diagrams/${index}`;
    const title = textOf(field(diagram, 'title')) ?? `diagram ${index + 1}`;
    const v2Cells = field(diagram, 'cells');
    const cellsPointer = Array.isArray(v2Cells) ? `${pointer}/cells` : `${pointer}/diagramJson/cells`;
    const cells = Array.isArray(v2Cells) ? v2Cells : listOf(dig(diagram, 'diagramJson', 'cells'));
    return {
      index,
      title,
      pointer,
      cells: cells.flatMap((cell, c) => {
        if (isJsonObject(cell)) return [readCell(cell, `${cellsPointer}/${c}`, index, c, malformed)];
        malformed.push(`${cellsPointer}/${c}`);
        return [];
      }),
    };
  });
}

function readCell(
  cell: JsonObject,
  pointer: string,
  diagram: number,
  position: number,
  malformed: string[],
): Cell {
  const data = field(cell, 'data');
  const props = isJsonObject(data) ? data : cell;
  const propsPointer = isJsonObject(data) ? `${pointer}/data` : pointer;
  const id = textOf(field(cell, 'id'));
  const shape = classify(cell, props, pointer, propsPointer);
  const name = readName(cell, props, pointer, propsPointer);
  const description = textOf(field(props, 'description'));
  const box = readBox(cell);
  const source = readEnd(field(cell, 'source'), `${pointer}/source`);
  const target = readEnd(field(cell, 'target'), `${pointer}/target`);
  return {
    pointer,
    diagram,
    id: id ?? `diagram-${diagram + 1}-cell-${position + 1}`,
    idPointer: id === undefined ? pointer : `${pointer}/id`,
    ...shape,
    ...name,
    ...(description === undefined ? {} : { description }),
    props,
    propsPointer,
    ...(box ? { box } : {}),
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
    vertices: listOf(field(cell, 'vertices')).flatMap((v) => {
      const point = readPoint(v);
      return point ? [point] : [];
    }),
    threats: readThreats(cell, props, pointer, propsPointer, malformed),
  };
}

/** The shape, then the type names; an exact spelling first, then a close misspelling. */
function classify(
  cell: JsonObject,
  props: JsonObject,
  pointer: string,
  propsPointer: string,
): Pick<Cell, 'shape' | 'shapePointer' | 'kind' | 'misspelt'> {
  const candidates = [
    { value: textOf(field(cell, 'shape')), pointer: `${pointer}/shape` },
    { value: textOf(field(cell, 'type')), pointer: `${pointer}/type` },
    { value: props === cell ? undefined : textOf(field(props, 'type')), pointer: `${propsPointer}/type` },
  ].flatMap(({ value, pointer: at }) => (value === undefined ? [] : [{ value, pointer: at }]));
  const squeeze = (value: string): string => value.toLowerCase().replace(/[^a-z]/g, '');
  for (const candidate of candidates) {
    const kind = kinds.get(squeeze(candidate.value));
    if (kind) return { shape: candidate.value, shapePointer: candidate.pointer, kind, misspelt: false };
  }
  for (const candidate of candidates) {
    const near = suggestId(squeeze(candidate.value), kinds.keys());
    const kind = near === undefined ? undefined : kinds.get(near);
    if (kind) return { shape: candidate.value, shapePointer: candidate.pointer, kind, misspelt: true };
  }
  const first = candidates[0];
  return { shape: first?.value ?? '', shapePointer: first?.pointer ?? pointer, misspelt: false };
}

/** v2 keeps the name in `data.name`; both versions draw it as a text or label attribute. */
function readName(
  cell: JsonObject,
  props: JsonObject,
  pointer: string,
  propsPointer: string,
): Pick<Cell, 'name' | 'namePointer'> {
  const places: [unknown, string][] = [
    [field(props, 'name'), `${propsPointer}/name`],
    [dig(cell, 'attrs', 'text', 'text'), `${pointer}/attrs/text/text`],
    [dig(cell, 'attrs', 'label', 'text'), `${pointer}/attrs/label/text`],
  ];
  for (const label of ['label', 'text', 'labelText']) {
    places.push([dig(cell, 'labels', 0, 'attrs', label, 'text'), `${pointer}/labels/0/attrs/${label}/text`]);
  }
  for (const [value, at] of places) {
    const name = textOf(value);
    if (name !== undefined) return { name: oneLine(name), namePointer: at };
  }
  return { name: '', namePointer: pointer };
}

function readPoint(value: unknown): Point | undefined {
  const x = field(value, 'x');
  const y = field(value, 'y');
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : undefined;
}

function readBox(cell: JsonObject): Box | undefined {
  const point = readPoint(field(cell, 'position'));
  const width = dig(cell, 'size', 'width');
  const height = dig(cell, 'size', 'height');
  if (!point || typeof width !== 'number' || typeof height !== 'number') return undefined;
  if (!Number.isFinite(width) || !Number.isFinite(height) || width < 0 || height < 0) return undefined;
  return { ...point, width, height };
}

/** v2 writes `{ cell, port }`, v1 `{ id }`; a loose end is `{ x, y }`. */
function readEnd(value: unknown, pointer: string): CellEnd | undefined {
  if (!isJsonObject(value)) return undefined;
  const cellField = Object.hasOwn(value, 'cell') ? 'cell' : 'id';
  const cell = textOf(field(value, cellField));
  if (cell !== undefined) return { cell, pointer: childPointer(pointer, cellField) };
  const point = readPoint(value);
  return point ? { point, pointer } : { pointer };
}

/**
 * Threats sit in `data.threats` (v2, and on the cell itself in v1); the published v2 schema says
 * `cell.threats`. Both are read; a threat written in both places is read once.
 */
function readThreats(
  cell: JsonObject,
  props: JsonObject,
  pointer: string,
  propsPointer: string,
  malformed: string[],
): CellThreat[] {
  const keyOf = (value: JsonObject): string =>
    JSON.stringify(field(value, 'id') ?? field(value, 'threatId') ?? value);
  const threats: CellThreat[] = [];
  const lists: [unknown, string][] = [[field(props, 'threats'), `${propsPointer}/threats`]];
  if (props !== cell) lists.push([field(cell, 'threats'), `${pointer}/threats`]);
  for (const [n, [values, at]] of lists.entries()) {
    const seen = new Set(threats.map((threat) => keyOf(threat.value)));
    for (const [i, value] of listOf(values).entries()) {
      if (!isJsonObject(value)) malformed.push(`${at}/${i}`);
      else if (n === 0 || !seen.has(keyOf(value))) threats.push({ value, pointer: `${at}/${i}` });
    }
  }
  return threats;
}
