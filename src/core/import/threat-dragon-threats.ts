import type { HandWrittenThreat } from '../model/threat-model.js';
import { clip, field, oneLine, textOf } from './json-import-source.js';
import { importDocs, type NativeModelBuilder } from './native-model-builder.js';
import { kebabCase, sanitizeId } from './native-ids.js';
import type { Cell, CellThreat } from './threat-dragon-cells.js';
import { allStride, severityOf } from './stride-and-severity.js';
import { strideOf, threatStatusOf } from './threat-dragon-values.js';

const maxText = 100_000;

/**
 * The threats written on a cell, as threats written by hand on the native element `target`. The
 * native format has no free-text mitigation, so a threat's mitigation text joins its description.
 */
export function addCellThreats(
  builder: NativeModelBuilder,
  threats: HandWrittenThreat[],
  cell: Cell,
  target: string,
): void {
  for (const [k, source] of cell.threats.entries()) {
    threats.push(readThreat(builder, threats.length, source, cell, target, k));
  }
}

function readThreat(
  builder: NativeModelBuilder,
  index: number,
  source: CellThreat,
  cell: Cell,
  target: string,
  k: number,
): HandWrittenThreat {
  const pointer = `/threats/${index}`;
  const { value } = source;
  const at = (key: string): string => `${source.pointer}/${key}`;
  const type = textOf(field(value, 'type')) ?? '';
  const title = clip(oneLine(textOf(field(value, 'title')) ?? (type || `Threat ${k + 1} on ${target}`)), 200);
  const id = threatId(builder, pointer, source, title, target, k);
  const threat: HandWrittenThreat = { id, title, stride: strideOf(type), target };
  builder.trace(pointer, source.pointer);
  builder.trace(`${pointer}/title`, Object.hasOwn(value, 'title') ? at('title') : source.pointer);
  builder.trace(`${pointer}/target`, cell.idPointer);
  builder.trace(`${pointer}/stride`, Object.hasOwn(value, 'type') ? at('type') : source.pointer);
  if (threat.stride.length === 0) {
    threat.stride = [...allStride];
    const what = type === '' ? 'has no threat type' : `has the type "${type}", which has no STRIDE category`;
    builder.note(
      `${pointer}/stride`,
      `the Threat Dragon threat ${what}: all six categories are listed; keep those that apply`,
    );
    builder.unmapped(
      Object.hasOwn(value, 'type') ? at('type') : source.pointer,
      `${cell.id}#threat-${k + 1}:stride`,
      `threat "${title}" on ${target} ${what}; it is imported with all six STRIDE categories`,
      `Give the threat a STRIDE type in Threat Dragon, or keep only the categories that apply in the converted model (${importDocs}).`,
    );
  }
  const severity = severityOf(textOf(field(value, 'severity')));
  if (severity) {
    threat.severity = severity;
    builder.trace(`${pointer}/severity`, at('severity'));
  }
  const description = textOf(field(value, 'description'));
  const mitigation = textOf(field(value, 'mitigation'));
  const score = textOf(field(value, 'score'));
  const text = [
    description,
    mitigation === undefined ? undefined : `Mitigation (from Threat Dragon): ${mitigation}`,
    score === undefined ? undefined : `Score (from Threat Dragon): ${score}`,
  ].filter((part) => part !== undefined);
  if (text.length > 0) threat.description = clip(text.join('\n\n'), maxText);
  applyStatus(builder, threat, pointer, source, cell, k, mitigation ?? description);
  return threat;
}

/** The source id (`id`, or `threatId` as some files write it) kept as far as the pattern allows; else one from the title. */
function threatId(
  builder: NativeModelBuilder,
  pointer: string,
  source: CellThreat,
  title: string,
  target: string,
  k: number,
): string {
  const key = Object.hasOwn(source.value, 'id') ? 'id' : 'threatId';
  const written = textOf(field(source.value, key));
  builder.trace(`${pointer}/id`, written === undefined ? source.pointer : `${source.pointer}/${key}`);
  const fallback = `T-${target}-${k + 1}`;
  if (written === undefined) {
    builder.note(`${pointer}/id`, 'made from the title: the Threat Dragon threat has no id');
    const slug = kebabCase(title, 50).toUpperCase();
    return builder.ids.claim(slug === '' ? fallback : `T-${slug}`, fallback);
  }
  const wanted = /^\d+$/.test(written) ? `T-${written}` : sanitizeId(written);
  const id = builder.ids.claim(wanted, fallback);
  if (id !== written) builder.note(`${pointer}/id`, `Threat Dragon ${key} "${clip(written, 120)}"`);
  return id;
}

function applyStatus(
  builder: NativeModelBuilder,
  threat: HandWrittenThreat,
  pointer: string,
  source: CellThreat,
  cell: Cell,
  k: number,
  explanation: string | undefined,
): void {
  const written = textOf(field(source.value, 'status'));
  const status = threatStatusOf(written);
  if (written !== undefined) builder.trace(`${pointer}/status`, `${source.pointer}/status`);
  if (status === undefined) {
    builder.unmapped(
      `${source.pointer}/status`,
      `${cell.id}#threat-${k + 1}:status`,
      `threat "${threat.title}" has the status "${written ?? ''}", which is not Open, Mitigated or NotApplicable; it is imported as open`,
      'Set the status to Open, Mitigated or NotApplicable in Threat Dragon, or write the status in the converted model.',
    );
    threat.status = 'open';
    return;
  }
  threat.status = status;
  if (status === 'not-applicable') {
    threat.reason = clip(explanation ?? 'marked not applicable in Threat Dragon', maxText);
    if (explanation === undefined) builder.note(`${pointer}/reason`, 'Threat Dragon gives no reason');
  }
}
