import type { Component } from '../model/threat-model.js';
import { clip, field, textOf } from './json-import-source.js';
import { kebabCase } from './native-ids.js';
import type { Cell } from './threat-dragon-cells.js';
import { chooseComponentType, type ElementShape } from './threat-dragon-element-types.js';
import { cellKey, describeCell, type DragonParts } from './threat-dragon-parts.js';
import { appendTo } from '../append-to.js';

/** A process, store or actor as a native component, typed through the table of docs/importing.md. */
export function addComponent(parts: DragonParts, cell: Cell, shape: ElementShape): void {
  const { builder } = parts;
  const index = parts.components.length;
  const pointer = `/components/${index}`;
  const chosen = chooseComponentType(cell, shape);
  const wanted = kebabCase(cell.name);
  const id = builder.ids.claim(wanted, `${shape}-${kebabCase(cell.id).slice(0, 8) || String(index + 1)}`);
  const component: Component = {
    id,
    ...(cell.name === '' ? {} : { name: clip(cell.name, 200) }),
    type: chosen.type,
  };
  if (cell.description !== undefined) component.description = clip(cell.description, 100_000);
  parts.components.push(component);
  const placed = { id, index, cell, shape };
  parts.placedComponents.push(placed);
  const key = cellKey(cell.diagram, cell.id);
  if (parts.componentOf.has(key)) {
    builder.note(
      pointer,
      `its cell id ${cell.id} is also the id of an earlier cell: flows attached to that id go to the earlier one`,
    );
  } else {
    parts.componentOf.set(key, placed);
  }

  builder.trace(pointer, cell.pointer);
  builder.trace(`${pointer}/id`, cell.name === '' ? cell.idPointer : cell.namePointer);
  builder.trace(`${pointer}/name`, cell.namePointer);
  builder.trace(`${pointer}/type`, cell.shapePointer);
  builder.note(pointer, `from Threat Dragon ${describeCell(cell, shape)}`);
  builder.note(
    `${pointer}/type`,
    `${chosen.type}: from ${chosen.why}${chosen.conflict ? `; ${chosen.conflict}` : ''}`,
  );
  if (cell.misspelt) builder.note(`${pointer}/type`, `the shape "${cell.shape}" is read as a ${shape}`);
  if (wanted !== '' && id !== wanted) {
    builder.note(`${pointer}/id`, `another element is also called "${cell.name}": ${id} keeps them apart`);
  }
  mapFlags(parts, cell, shape, component, pointer);
  markOutOfScope(parts, cell, pointer, component);
}

/** Flags with a native counterpart become properties or data; the others are named in a note. */
function mapFlags(
  parts: DragonParts,
  cell: Cell,
  shape: ElementShape,
  component: Component,
  pointer: string,
): void {
  const flag = (name: string): boolean => field(cell.props, name) === true;
  const index = parts.components.length - 1;
  if (shape === 'store' && flag('isEncrypted')) {
    component.properties = { encryptedAtRest: true };
    parts.builder.trace(`${pointer}/properties/encryptedAtRest`, `${cell.propsPointer}/isEncrypted`);
  }
  const need = (kind: 'credentials' | 'card-data'): void => {
    appendTo(parts.dataNeeds, kind, index);
  };
  if (shape === 'store' && flag('storesCredentials')) need('credentials');
  if (shape === 'process' && flag('handlesCardPayment')) need('card-data');
  const unmatched = [
    shape === 'store' && flag('isSigned') ? 'isSigned' : undefined,
    shape === 'process' && flag('handlesGoodsOrServices') ? 'handlesGoodsOrServices' : undefined,
    shape === 'process' && textOf(field(cell.props, 'privilegeLevel')) !== undefined
      ? `privilegeLevel "${textOf(field(cell.props, 'privilegeLevel')) ?? ''}"`
      : undefined,
  ].filter((text) => text !== undefined);
  if (unmatched.length > 0) {
    parts.builder.note(
      pointer,
      `Threat Dragon also says ${unmatched.join(', ')}, which the native format has no place for`,
    );
  }
}

/** Threat Dragon's own out-of-scope mark: the element is imported with `outOfScope: true` (no generated threats). */
export function markOutOfScope(
  parts: DragonParts,
  cell: Cell,
  pointer: string,
  element: { outOfScope?: boolean },
  noted = true,
): void {
  if (field(cell.props, 'outOfScope') !== true) return;
  element.outOfScope = true;
  parts.builder.trace(`${pointer}/outOfScope`, `${cell.propsPointer}/outOfScope`);
  if (!noted) return;
  const reason = textOf(field(cell.props, 'reasonOutOfScope'));
  const why = reason === undefined ? '' : ` (${clip(reason, 200)})`;
  parts.builder.note(
    `${pointer}/outOfScope`,
    `out of scope in Threat Dragon${why}: the knowledge base generates no threats here`,
  );
}

/** Data assets for the flags that name a kind of data, declared once and listed on the components concerned. */
export function addFlaggedData(parts: DragonParts): void {
  const assets = [
    { kind: 'credentials', name: 'Credentials', flag: 'storesCredentials' },
    { kind: 'card-data', name: 'Payment card data', flag: 'handlesCardPayment' },
  ] as const;
  const cells = new Map(parts.placedComponents.map((placed) => [placed.index, placed.cell]));
  for (const asset of assets) {
    const indexes = parts.dataNeeds.get(asset.kind) ?? [];
    if (indexes.length === 0) continue;
    const id = parts.builder.ids.claim(asset.kind, `${asset.kind}-data`);
    const pointer = `/data/${parts.data.length}`;
    parts.data.push({ id, name: asset.name, classification: 'restricted' });
    parts.builder.note(pointer, `inferred from Threat Dragon's ${asset.flag} flag`);
    const first = cells.get(indexes[0] ?? -1);
    if (first) parts.builder.trace(pointer, `${first.propsPointer}/${asset.flag}`);
    for (const index of indexes) {
      const component = parts.components[index];
      if (component) component.data = [...(component.data ?? []), id];
      const cell = cells.get(index);
      if (cell) parts.builder.trace(`/components/${index}/data`, `${cell.propsPointer}/${asset.flag}`);
    }
  }
}
