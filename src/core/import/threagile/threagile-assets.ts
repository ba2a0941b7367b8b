import type { Component, DataAsset, Properties } from '../../model/threat-model.js';
import type { NativeParts } from './native-parts.js';
import { childPointer } from '../../source/source-index.js';
import { clipText } from '../import-text.js';
import { field, listOf, textOf } from '../json-import-source.js';
import { kebabCase, sanitizeId } from '../native-ids.js';
import type { ThreagileBuilder } from './threagile-builder.js';
import type { SectionEntry } from './threagile-sections.js';
import {
  assetBaseTypes,
  classificationMap,
  clientTechnologies,
  machineTypes,
  nosqlHint,
  technologyAliases,
  technologyMap,
} from './threagile-tables.js';

const mappingDoc = 'docs/import-mappings/threagile.md';

/** Where a field of an entry shows in the main file: the field itself, or the include that brought the entry in. */
export function fieldPointer(entry: SectionEntry, ...keys: (string | number)[]): string {
  if (entry.file !== undefined) return entry.from;
  return keys.reduce<string>((pointer, key) => childPointer(pointer, key), entry.from);
}

/** Data assets → native data, with their classification read from Threagile's confidentiality. */
export function readDataAssets(
  builder: ThreagileBuilder,
  parts: NativeParts,
  entries: SectionEntry[],
): Map<string, string> {
  const data = parts.data;
  const ids = new Map<string, string>();
  for (const entry of entries) {
    const raw = textOf(field(entry.value, 'id'));
    const id = builder.ids.claim(sanitizeId(raw ?? ''), kebabCase(entry.title) || 'data');
    if (raw !== undefined && !ids.has(raw)) ids.set(raw, id);
    const confidentiality = textOf(field(entry.value, 'confidentiality'));
    const classification = confidentiality === undefined ? undefined : classificationMap.get(confidentiality);
    if (classification === undefined) {
      builder.unmapped(
        fieldPointer(entry, 'confidentiality'),
        `threagile-confidentiality:${entry.title}`,
        `data asset "${entry.title}" has the confidentiality "${confidentiality ?? '(none)'}", which Threagile does not define: it is imported as internal`,
        'Write one of public, internal, restricted, confidential or strictly-confidential.',
      );
    }
    const asset: DataAsset = {
      id,
      name: clipText(entry.title) ?? id,
      classification: classification ?? 'internal',
    };
    const description = clipText(textOf(field(entry.value, 'description')));
    if (description !== undefined) asset.description = description;
    builder.traceEntry(`/data/${data.length}`, entry.from);
    builder.trace(`/data/${data.length}/classification`, fieldPointer(entry, 'confidentiality'));
    data.push(asset);
  }
  return ids;
}

/** Technical assets → components, typed through the technology table; returns Threagile id → native id. */
export function readTechnicalAssets(
  builder: ThreagileBuilder,
  parts: NativeParts,
  entries: SectionEntry[],
  dataIds: ReadonlyMap<string, string>,
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of entries) {
    const at = parts.components.length;
    const pointer = `/components/${at}`;
    const raw = textOf(field(entry.value, 'id'));
    const id = builder.ids.claim(sanitizeId(raw ?? ''), kebabCase(entry.title) || 'component');
    if (raw !== undefined && ids.has(raw)) {
      builder.unmapped(
        fieldPointer(entry, 'id'),
        `threagile-duplicate-id:${raw}`,
        `technical asset "${entry.title}" repeats the id "${raw}": it is imported as "${id}", and references to "${raw}" go to the first asset`,
        'Give every technical asset its own id.',
      );
    } else if (raw !== undefined) ids.set(raw, id);
    const component: Component = {
      id,
      name: clipText(entry.title) ?? id,
      type: componentType(builder, entry),
    };
    const description = clipText(textOf(field(entry.value, 'description')));
    if (description !== undefined) component.description = description;
    const data = assetData(builder, entry, dataIds);
    if (data.length > 0) component.data = data;
    const properties = assetProperties(entry);
    if (Object.keys(properties).length > 0) component.properties = properties;
    builder.traceEntry(pointer, entry.from);
    builder.trace(`${pointer}/type`, fieldPointer(entry, 'technology'));
    builder.trace(`${pointer}/data`, fieldPointer(entry, 'data_assets_processed'));
    builder.trace(`${pointer}/description`, fieldPointer(entry, 'description'));
    builder.trace(`${pointer}/properties/internetFacing`, fieldPointer(entry, 'internet'));
    builder.trace(`${pointer}/properties/encryptedAtRest`, fieldPointer(entry, 'encryption'));
    builder.trace(`${pointer}/properties/multiTenant`, fieldPointer(entry, 'multi_tenant'));
    parts.components.push(component);
    if (field(entry.value, 'out_of_scope') === true) {
      // Threagile's own mark: the knowledge base generates no threats on the asset.
      component.outOfScope = true;
      builder.trace(`${pointer}/outOfScope`, fieldPointer(entry, 'out_of_scope'));
      const why = textOf(field(entry.value, 'justification_out_of_scope'));
      builder.note(
        `${pointer}/outOfScope`,
        `out of scope in Threagile${why === undefined ? '' : ` (${clipText(why) ?? why})`}`,
      );
    }
  }
  return ids;
}

function componentType(builder: ThreagileBuilder, entry: SectionEntry): string {
  const listed = listOf(field(entry.value, 'technologies')).map(textOf);
  const technology = (
    textOf(field(entry.value, 'technology')) ?? listed.find((t) => t !== undefined)
  )?.toLowerCase();
  const canonical = technology === undefined ? undefined : (technologyAliases.get(technology) ?? technology);
  const assetType = textOf(field(entry.value, 'type'));
  const base = assetType === undefined ? 'process' : (assetBaseTypes.get(assetType) ?? 'process');
  const mapped = canonical === undefined ? undefined : mapTechnology(canonical, entry);
  if (mapped !== undefined) {
    const machine = textOf(field(entry.value, 'machine'));
    const concrete =
      mapped === 'server-app' || mapped === 'process' ? machineTypes.get(machine ?? '') : undefined;
    return concrete ?? mapped;
  }
  builder.unmapped(
    fieldPointer(entry, 'technology'),
    `threagile-technology:${entry.title}`,
    `technical asset "${entry.title}" has the technology "${technology ?? '(none)'}", which has no knowledge-base counterpart: it is imported as the generic ${base}`,
    `Use a technology of the mapping table (${mappingDoc}), or convert the model and set a component type.`,
  );
  return base;
}

/** The technology's component type; client technologies by who uses them, databases by their name. */
function mapTechnology(technology: string, entry: SectionEntry): string | undefined {
  const client = clientTechnologies.get(technology);
  if (client) return field(entry.value, 'used_as_client_by_human') === true ? client.human : client.otherwise;
  const mapped = technologyMap.get(technology);
  if (mapped !== 'sql-database' || technology !== 'database') return mapped;
  const tags = listOf(field(entry.value, 'tags')).map(textOf).join(' ');
  const words = [
    entry.title,
    textOf(field(entry.value, 'id')),
    textOf(field(entry.value, 'description')),
    tags,
  ];
  return nosqlHint.test(words.join(' ')) ? 'nosql-database' : mapped;
}

/** Stored and processed data, each once; unknown data ids are reported. */
function assetData(
  builder: ThreagileBuilder,
  entry: SectionEntry,
  dataIds: ReadonlyMap<string, string>,
): string[] {
  const data: string[] = [];
  for (const key of ['data_assets_processed', 'data_assets_stored']) {
    listOf(field(entry.value, key)).forEach((raw, i) => {
      const ref = textOf(raw);
      if (ref === undefined) return;
      const id = dataIds.get(ref);
      if (id === undefined) {
        builder.unmapped(
          fieldPointer(entry, key, i),
          `threagile-data:${entry.title}/${ref}`,
          `technical asset "${entry.title}" names the data asset "${ref}", which the model does not define: it is left out`,
          'Define the data asset under data_assets, or correct its id.',
        );
      } else if (!data.includes(id)) data.push(id);
    });
  }
  return data;
}

/** The facts knowledge-base rules read: internetFacing, encryptedAtRest, multiTenant (written only when true). */
function assetProperties(entry: SectionEntry): Properties {
  const properties: Properties = {};
  if (field(entry.value, 'internet') === true) properties.internetFacing = true;
  const encryption = textOf(field(entry.value, 'encryption'));
  if (encryption !== undefined && encryption !== 'none') properties.encryptedAtRest = true;
  if (field(entry.value, 'multi_tenant') === true) properties.multiTenant = true;
  return properties;
}
