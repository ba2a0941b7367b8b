import type { Boundary, Flow, Properties } from '../../model/threat-model.js';
import { clipText } from '../import-text.js';
import { field, isJsonObject, listOf, textOf } from '../json-import-source.js';
import { kebabCase, sanitizeId } from '../native-ids.js';
import type { ThreagileBuilder } from './threagile-builder.js';
import { fieldPointer } from './threagile-assets.js';
import type { SectionEntry } from './threagile-sections.js';
import type { NativeParts } from './native-parts.js';
import { authenticationMap, boundaryKindMap, encryptedProtocols, protocolMap } from './threagile-tables.js';

/** Threagile ids → native ids, per kind of element. */
export interface IdMaps {
  data: ReadonlyMap<string, string>;
  assets: ReadonlyMap<string, string>;
  /** Communication links by Threagile's id for them: `source-asset>normalised-title`. */
  links: Map<string, string>;
  boundaries: Map<string, string>;
}

/**
 * Trust boundaries → native boundaries: `technical_assets_inside` gives each component its boundary,
 * `trust_boundaries_nested` each nested boundary its parent; the type gives the kind.
 */
export function readTrustBoundaries(
  builder: ThreagileBuilder,
  parts: NativeParts,
  entries: SectionEntry[],
  ids: IdMaps,
): void {
  const owners = new Map<string, string>();
  for (const entry of entries) {
    const raw = textOf(field(entry.value, 'id'));
    const id = builder.ids.claim(sanitizeId(raw ?? ''), kebabCase(entry.title) || 'boundary');
    if (raw !== undefined && !ids.boundaries.has(raw)) ids.boundaries.set(raw, id);
    const boundary: Boundary = { id, name: clipText(entry.title) ?? id };
    const type = textOf(field(entry.value, 'type'));
    const kind = type === undefined ? undefined : boundaryKindMap.get(type);
    if (kind !== undefined) boundary.kind = kind;
    const description = clipText(textOf(field(entry.value, 'description')));
    if (description !== undefined) boundary.description = description;
    builder.traceEntry(`/boundaries/${parts.boundaries.length}`, entry.from);
    builder.trace(`/boundaries/${parts.boundaries.length}/kind`, fieldPointer(entry, 'type'));
    parts.boundaries.push(boundary);
  }
  entries.forEach((entry, i) => {
    const boundary = parts.boundaries[i];
    if (!boundary) return;
    listOf(field(entry.value, 'technical_assets_inside')).forEach((raw, j) => {
      placeAsset(builder, parts, {
        entry,
        boundary,
        ref: textOf(raw),
        pointer: fieldPointer(entry, 'technical_assets_inside', j),
        ids,
        owners,
      });
    });
  });
  entries.forEach((entry, i) => {
    const boundary = parts.boundaries[i];
    if (!boundary) return;
    listOf(field(entry.value, 'trust_boundaries_nested')).forEach((raw, j) => {
      nestBoundary(builder, parts, {
        entry,
        boundary,
        ref: textOf(raw),
        pointer: fieldPointer(entry, 'trust_boundaries_nested', j),
        ids,
      });
    });
  });
}

interface Placement {
  entry: SectionEntry;
  boundary: Boundary;
  ref: string | undefined;
  pointer: string;
  ids: IdMaps;
}

function placeAsset(
  builder: ThreagileBuilder,
  parts: NativeParts,
  placement: Placement & { owners: Map<string, string> },
): void {
  const { entry, boundary, ref, pointer, ids, owners } = placement;
  if (ref === undefined) return;
  const id = ids.assets.get(ref);
  const at = parts.components.findIndex((c) => c.id === id);
  const component = parts.components[at];
  if (id === undefined || !component) {
    builder.unmapped(
      pointer,
      `threagile-boundary-asset:${entry.title}/${ref}`,
      `trust boundary "${entry.title}" holds "${ref}", which is no technical asset of the model: it is left out`,
      'Write the id of a technical asset, or define the asset.',
    );
    return;
  }
  const owner = owners.get(id);
  if (owner !== undefined) {
    builder.unmapped(
      pointer,
      `threagile-boundary-twice:${ref}`,
      `technical asset "${ref}" is inside both "${owner}" and "${entry.title}": a component sits in one boundary, so it stays in "${owner}"`,
      'List the asset in one trust boundary only (nest the boundaries instead).',
    );
    return;
  }
  owners.set(id, entry.title);
  component.boundary = boundary.id;
  builder.trace(`/components/${at}/boundary`, pointer);
}

function nestBoundary(builder: ThreagileBuilder, parts: NativeParts, placement: Placement): void {
  const { entry, boundary, ref, pointer, ids } = placement;
  if (ref === undefined) return;
  const id = ids.boundaries.get(ref);
  const at = parts.boundaries.findIndex((b) => b.id === id);
  const nested = parts.boundaries[at];
  if (!nested) {
    builder.unmapped(
      pointer,
      `threagile-nested:${entry.title}/${ref}`,
      `trust boundary "${entry.title}" nests "${ref}", which is no trust boundary of the model: it is left out`,
      'Write the id of a trust boundary, or define it.',
    );
    return;
  }
  if (nested.parent !== undefined || encloses(parts.boundaries, nested.id, boundary.id)) {
    const why =
      nested.parent !== undefined ? `already sits in "${nested.parent}"` : `would then sit inside itself`;
    builder.unmapped(
      pointer,
      `threagile-nested-cycle:${entry.title}/${ref}`,
      `trust boundary "${ref}" ${why}: it is not nested in "${entry.title}"`,
      'Nest each trust boundary in one other boundary, without loops.',
    );
    return;
  }
  nested.parent = boundary.id;
  builder.trace(`/boundaries/${at}/parent`, pointer);
}

/** Whether `outer` is `inner` or one of its ancestors through `parent` (bounded by the number of boundaries). */
function encloses(boundaries: readonly Boundary[], outer: string, inner: string): boolean {
  let current: string | undefined = inner;
  for (let steps = 0; current !== undefined && steps <= boundaries.length; steps += 1) {
    if (current === outer) return true;
    current = boundaries.find((b) => b.id === current)?.parent;
  }
  return false;
}

/** Communication links of every asset → flows from the asset to the link's target. */
export function readCommunicationLinks(
  builder: ThreagileBuilder,
  parts: NativeParts,
  assets: SectionEntry[],
  ids: IdMaps,
): void {
  for (const asset of assets) {
    const links = field(asset.value, 'communication_links');
    const sourceRaw = textOf(field(asset.value, 'id'));
    const from = sourceRaw === undefined ? undefined : ids.assets.get(sourceRaw);
    if (!isJsonObject(links) || from === undefined || sourceRaw === undefined) continue;
    for (const [title, link] of Object.entries(links)) {
      const pointer = fieldPointer(asset, 'communication_links', title);
      const targetRaw = textOf(field(link, 'target'));
      const to = targetRaw === undefined ? undefined : ids.assets.get(targetRaw);
      if (to === undefined) {
        builder.unmapped(
          asset.file === undefined ? `${pointer}/target` : pointer,
          `threagile-link-target:${sourceRaw}/${title}`,
          `communication link "${title}" of "${asset.title}" goes to "${targetRaw ?? '(no target)'}", which is no technical asset of the model: the flow is left out`,
          "Write the id of a technical asset as the link's target.",
        );
        continue;
      }
      const linkId = `${sourceRaw}>${threagileLinkSlug(title)}`;
      const id = builder.ids.claim(`${from}.${kebabCase(title) || 'link'}`, `${from}.link`);
      ids.links.set(linkId, id);
      parts.flows.push(
        readFlow(builder, {
          id,
          from,
          to,
          title,
          link,
          asset,
          pointer,
          dataIds: ids.data,
          at: parts.flows.length,
        }),
      );
    }
  }
}

/** Threagile's normalisation of a link title in its id: lower case, runs of other characters as `-`. */
function threagileLinkSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[- ]+|[- ]+$/g, '');
}

function readFlow(
  builder: ThreagileBuilder,
  link: {
    id: string;
    from: string;
    to: string;
    title: string;
    link: unknown;
    asset: SectionEntry;
    pointer: string;
    dataIds: ReadonlyMap<string, string>;
    at: number;
  },
): Flow {
  const { id, from, to, title, asset, pointer, at } = link;
  const flow: Flow = { id, name: clipText(title) ?? id, from, to };
  const description = clipText(textOf(field(link.link, 'description')));
  if (description !== undefined) flow.description = description;
  const protocol = textOf(field(link.link, 'protocol'))?.toLowerCase();
  if (protocol !== undefined && protocol !== 'unknown-protocol')
    flow.protocol = protocolMap.get(protocol) ?? protocol;
  const properties: Properties = {};
  const authentication = textOf(field(link.link, 'authentication'));
  const mapped = authentication === undefined ? undefined : authenticationMap.get(authentication);
  if (mapped !== undefined) properties.authentication = mapped;
  else if (authentication !== undefined)
    builder.note(`/flows/${at}`, `authentication "${authentication}" has no counterpart and is left out`);
  if ((protocol !== undefined && encryptedProtocols.has(protocol)) || field(link.link, 'vpn') === true)
    properties.encrypted = true;
  if (Object.keys(properties).length > 0) flow.properties = properties;
  const data: string[] = [];
  for (const key of ['data_assets_sent', 'data_assets_received']) {
    listOf(field(link.link, key)).forEach((raw, i) => {
      const ref = textOf(raw);
      const dataId = ref === undefined ? undefined : link.dataIds.get(ref);
      if (dataId !== undefined && !data.includes(dataId)) data.push(dataId);
      else if (ref !== undefined && dataId === undefined) {
        const where = asset.file === undefined ? `${pointer}/${key}/${i}` : pointer;
        builder.unmapped(
          where,
          `threagile-link-data:${from}/${title}/${ref}`,
          `communication link "${title}" of "${asset.title}" carries "${ref}", which is no data asset of the model: it is left out`,
          'Define the data asset under data_assets, or correct its id.',
        );
      }
    });
  }
  if (data.length > 0) flow.data = data;
  builder.traceEntry(`/flows/${at}`, pointer);
  builder.traceEntry(`/flows/${at}/from`, pointer);
  const inMain = asset.file === undefined;
  builder.trace(`/flows/${at}/to`, inMain ? `${pointer}/target` : pointer);
  builder.trace(`/flows/${at}/data`, inMain ? `${pointer}/data_assets_sent` : pointer);
  builder.trace(`/flows/${at}/properties/authentication`, inMain ? `${pointer}/authentication` : pointer);
  if (flow.protocol !== undefined)
    builder.trace(`/flows/${at}/protocol`, asset.file === undefined ? `${pointer}/protocol` : pointer);
  return flow;
}
