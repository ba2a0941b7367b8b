import type { ThreatModel } from '../model/threat-model.js';
import {
  clip,
  dig,
  field,
  isJsonObject,
  listOf,
  oneLine,
  readJsonImportSource,
  textOf,
} from './json-import-source.js';
import type { ImportResult } from './model-reader.js';
import { describePointer } from '../source/source-index.js';
import { importDocs, NativeModelBuilder } from './native-model-builder.js';
import { readDiagrams, type Cell, type Diagram } from './threat-dragon-cells.js';
import { addBoundaries } from './threat-dragon-boundaries.js';
import { addComponent, addFlaggedData } from './threat-dragon-components.js';
import { reportCurves } from './threat-dragon-curves.js';
import { addFlows } from './threat-dragon-flows.js';
import { describeCell, emptyParts, type DragonParts } from './threat-dragon-parts.js';
import { addCellThreats } from './threat-dragon-threats.js';

const drawHint =
  'Draw at least one process, store or actor in Threat Dragon, or write the model in the native format.';

/**
 * Reads a Threat Dragon file (v1 or v2: the cells differ, the mapping does not) into a native model.
 * Ids are claimed in a fixed order (components, data, boundaries, flows, threats) so that they are stable.
 */
export function readThreatDragon(
  file: string,
  text: string,
  format: 'threat-dragon-v1' | 'threat-dragon-v2',
): ImportResult {
  const read = readJsonImportSource(file, text);
  if (!read.source) return { format, index: read.index, findings: read.findings, notes: [] };
  const builder = new NativeModelBuilder(format, read.source);
  const root = read.source.root;
  const malformed: string[] = [];
  const diagrams = readDiagrams(root, malformed);
  if (!isJsonObject(root) || !diagrams || diagrams.length === 0) {
    const where = diagrams ? '/detail/diagrams' : isJsonObject(field(root, 'detail')) ? '/detail' : '';
    const what = diagrams ? 'its list of diagrams is empty' : 'it has no detail.diagrams list';
    return builder.unreadable(where, 'diagrams', `the Threat Dragon file has no elements: ${what}`, drawHint);
  }
  const parts = emptyParts(builder);
  const cells = diagrams.flatMap((diagram) => diagram.cells);
  for (const cell of cells) {
    if (cell.kind === 'process' || cell.kind === 'store' || cell.kind === 'actor')
      addComponent(parts, cell, cell.kind);
  }
  if (parts.components.length === 0) {
    return builder.unreadable(
      '/detail/diagrams',
      'components',
      'the Threat Dragon file has no process, store or actor, and a threat model needs at least one component',
      drawHint,
    );
  }
  addFlaggedData(parts);
  for (const diagram of diagrams) addBoundaries(parts, diagram);
  for (const diagram of diagrams) addFlows(parts, diagram);
  for (const diagram of diagrams) reportCurves(parts, diagram);
  for (const cell of cells) readOtherCell(parts, cell);
  for (const pointer of malformed) {
    builder.unmapped(
      pointer,
      pointer,
      `${describePointer(pointer)} is ${pointer.includes('/threats/') ? 'a threat' : 'a cell'} that is not an object: it is not imported`,
      'Remove the entry, or redraw what it was meant to be in Threat Dragon.',
    );
  }
  for (const placed of parts.placedComponents) addCellThreats(builder, parts.threats, placed.cell, placed.id);
  for (const placed of parts.placedFlows) addCellThreats(builder, parts.threats, placed.cell, placed.id);
  return builder.result(assemble(parts, root, diagrams));
}

/** Free text joins the system's description; anything else that is no element is reported. */
function readOtherCell(parts: DragonParts, cell: Cell): void {
  const { builder } = parts;
  if (cell.kind === 'text' && cell.name !== '') parts.texts.push(cell.name);
  if (cell.kind === undefined) {
    const shape = cell.shape === '' ? 'no shape or type' : `the shape "${clip(cell.shape, 60)}"`;
    builder.unmapped(
      cell.shapePointer,
      cell.id,
      `${describeCell(cell)} has ${shape}, which is no Threat Dragon element: it is not imported${cell.threats.length > 0 ? `, nor are its ${cell.threats.length} threat(s)` : ''}`,
      `Redraw it as a process, store, actor, flow or trust boundary in Threat Dragon, or add it to the converted model by hand (${importDocs}).`,
    );
    return;
  }
  const holdsThreats = cell.kind === 'boundary-box' || cell.kind === 'boundary-curve' || cell.kind === 'text';
  if (holdsThreats && cell.threats.length > 0) {
    builder.unmapped(
      cell.threats[0]?.pointer ?? cell.pointer,
      `${cell.id}#threats`,
      `${describeCell(cell)} carries ${cell.threats.length} threat(s), but native threats apply to a component or a flow: they are not imported`,
      'Move the threats to the elements they concern, in Threat Dragon or in the converted model.',
    );
  }
}

function assemble(parts: DragonParts, root: Record<string, unknown>, diagrams: Diagram[]): ThreatModel {
  const { builder } = parts;
  const summary = field(root, 'summary');
  const title = textOf(field(summary, 'title'));
  const description = [textOf(field(summary, 'description')), ...parts.texts].filter((t) => t !== undefined);
  const owner = textOf(field(summary, 'owner'));
  const system: ThreatModel['system'] = {
    name: title === undefined ? 'Threat Dragon model' : clip(oneLine(title), 200),
  };
  if (description.length > 0) system.description = clip(description.join('\n\n'), 100_000);
  if (owner !== undefined) system.owner = clip(oneLine(owner), 200);
  builder.trace('/system', isJsonObject(summary) ? '/summary' : '');
  if (title !== undefined) builder.trace('/system/name', '/summary/title');
  if (owner !== undefined) builder.trace('/system/owner', '/summary/owner');
  if (parts.texts.length > 0)
    builder.note('/system/description', 'ends with the free text drawn on the diagrams');
  // Who took part (detail.reviewer, detail.contributors) has no place in the native format.
  const reviewer = textOf(dig(root, 'detail', 'reviewer'));
  const contributors = listOf(dig(root, 'detail', 'contributors')).map((c) => textOf(field(c, 'name')));
  const people = [reviewer === undefined ? undefined : `reviewer ${reviewer}`]
    .concat(contributors.map((name) => (name === undefined ? undefined : `contributor ${name}`)))
    .filter((person) => person !== undefined);
  if (people.length > 0) builder.note('/system', `Threat Dragon also names: ${people.join(', ')}`);
  if (title === undefined) builder.note('/system/name', 'the Threat Dragon file has no summary.title');
  builder.trace('/components', diagrams.length === 1 ? (diagrams[0]?.pointer ?? '') : '/detail/diagrams');
  return {
    schema: 'threat-align/v1',
    system,
    ...(parts.boundaries.length > 0 ? { boundaries: parts.boundaries } : {}),
    ...(parts.data.length > 0 ? { data: parts.data } : {}),
    components: parts.components,
    ...(parts.flows.length > 0 ? { flows: parts.flows } : {}),
    ...(parts.threats.length > 0 ? { threats: parts.threats } : {}),
  };
}
