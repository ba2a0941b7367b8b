import type { ThreatModel } from '../model/threat-model.js';
import { collectIncludes } from './collect-includes.js';
import { clipText } from './import-text.js';
import { dig, field, isJsonObject, readJsonImportSource, textOf } from './json-import-source.js';
import type { ImportResult, ModelReader, ReadOptions } from './model-reader.js';
import { ThreagileBuilder } from './threagile/threagile-builder.js';
import { emptyParts, type NativeParts } from './threagile/native-parts.js';
import { readDataAssets, readTechnicalAssets } from './threagile/threagile-assets.js';
import { readCommunicationLinks, readTrustBoundaries, type IdMaps } from './threagile/threagile-links.js';
import { readRisks } from './threagile/threagile-risks.js';
import { collectSections, type SectionEntry, type SectionName } from './threagile/threagile-sections.js';
import { SourceIndex } from '../source/source-index.js';
import { refineImportedModel } from './refine-imported-model.js';

const title = 'Threagile';
const mappingDoc = 'docs/import-mappings/threagile.md';

/**
 * Threagile YAML models (SPEC §3.2): technical assets become components, communication links flows,
 * trust boundaries zones, data assets data, security requirements requirements, and identified and
 * tracked risks threats. `includes` are merged when the caller hands their text over. See
 * docs/import-mappings/threagile.md.
 */
export const threagileReader: ModelReader = {
  format: 'threagile',
  title,
  detect: (text) => topLevelKey(text, 'threagile_version') && topLevelKey(text, 'technical_assets'),
  read: (file, text, options) => refineImportedModel(readThreagile(file, text, options)),
  collectIncludes,
};

/** A key at the start of a line (YAML block style, quoted or not) or anywhere as a JSON key. */
function topLevelKey(text: string, key: string): boolean {
  return new RegExp(`^["']?${key}["']?[ \\t]*:|"${key}"\\s*:`, 'm').test(text);
}

function readThreagile(file: string, text: string, options?: ReadOptions): ImportResult {
  // Threagile files are YAML 1.1 at heart: shared blocks are written once and merged with `<<:`.
  const read = readJsonImportSource(file, text, { mergeKeys: true });
  if (!read.source) {
    return { format: 'threagile', index: new SourceIndex(file, text), findings: read.findings, notes: [] };
  }
  const builder = new ThreagileBuilder(read.source);
  const root = read.source.root;
  if (!isJsonObject(root)) {
    return builder.unreadable(
      '',
      'threagile-root',
      `the ${title} file is not a mapping of sections`,
      `Write the model as a ${title} YAML file: threagile_version, title, technical_assets…`,
    );
  }
  const sections = collectSections(builder, root, options?.includes);
  const section = (name: SectionName): SectionEntry[] => sections.get(name) ?? [];
  const parts = emptyParts();
  const ids: IdMaps = {
    data: readDataAssets(builder, parts, section('data_assets')),
    assets: new Map(),
    links: new Map(),
    boundaries: new Map(),
  };
  ids.assets = readTechnicalAssets(builder, parts, section('technical_assets'), ids.data);
  if (parts.components.length === 0) {
    return builder.unreadable(
      isJsonObject(field(root, 'technical_assets')) ? '/technical_assets' : '',
      'no-components',
      `the ${title} file has no technical asset, and a model needs at least one component`,
      `Describe the system's technical assets under technical_assets (${mappingDoc}).`,
    );
  }
  readTrustBoundaries(builder, parts, section('trust_boundaries'), ids);
  readCommunicationLinks(builder, parts, section('technical_assets'), ids);
  readRequirements(builder, parts, section('security_requirements'));
  readRisks(
    builder,
    parts,
    { categories: section('individual_risk_categories'), tracking: section('risk_tracking') },
    ids,
  );
  reportUnsupported(builder, sections);
  return builder.result(assemble(builder, root, parts, file));
}

function assemble(
  builder: ThreagileBuilder,
  root: Record<string, unknown>,
  parts: NativeParts,
  file: string,
): ThreatModel {
  const name = clipText(textOf(field(root, 'title')));
  const model: ThreatModel = {
    schema: 'threat-align/v1',
    system: { name: name ?? `Imported from ${file.split(/[\\/]/).pop() ?? file}` },
    components: parts.components,
  };
  if (name !== undefined) builder.trace('/system/name', '/title');
  const overview =
    textOf(dig(root, 'application_description', 'description')) ??
    textOf(dig(root, 'business_overview', 'description'));
  // Threagile's texts may carry HTML for its PDF report; the native model keeps plain text.
  const description = clipText(overview?.replace(/<[^<>]{0,100}>/g, ''));
  if (description !== undefined) model.system.description = description;
  const owner = clipText(textOf(dig(root, 'author', 'name')));
  if (owner !== undefined) model.system.owner = owner;
  if (parts.boundaries.length > 0) model.boundaries = parts.boundaries;
  if (parts.data.length > 0) model.data = parts.data;
  if (parts.flows.length > 0) model.flows = parts.flows;
  if (parts.requirements.length > 0) model.requirements = parts.requirements;
  if (parts.threats.length > 0) model.threats = parts.threats;
  return model;
}

/** Security requirements (title: text) → requirements. */
function readRequirements(builder: ThreagileBuilder, parts: NativeParts, entries: SectionEntry[]): void {
  for (const entry of entries) {
    const text = clipText([entry.title, textOf(entry.value)].filter((t) => t !== undefined).join(': '));
    if (text === undefined) continue;
    builder.traceEntry(`/requirements/${parts.requirements.length}`, entry.from);
    parts.requirements.push({ id: builder.ids.claim(`SR-${parts.requirements.length + 1}`, 'SR'), text });
  }
}

/** Sections the native model has no place for: each is reported once, with how many entries it loses. */
function reportUnsupported(builder: ThreagileBuilder, sections: Map<SectionName, SectionEntry[]>): void {
  const unsupported: [SectionName, string][] = [
    ['shared_runtimes', 'shared runtimes'],
    ['abuse_cases', 'abuse cases'],
    ['questions', 'questions'],
  ];
  for (const [name, what] of unsupported) {
    const entries = sections.get(name) ?? [];
    const first = entries[0];
    if (!first) continue;
    const names = entries.slice(0, 5).map((e) => `"${e.title}"`);
    if (entries.length > 5) names.push('…');
    const pointer = first.file === undefined ? `/${name}` : first.from;
    builder.findings.push({
      check: 'TA107',
      severity: 'warning',
      message: `${entries.length} ${what} (${names.join(', ')}) cannot be expressed in the native model: not imported`,
      location: builder.source.index.locate(pointer, 'key'),
      hint: `Keep them in the ${title} model or in the team's documentation; the native model has no ${what} (${mappingDoc}).`,
      subject: `threagile-section:${name}`,
    });
  }
}
