import { parseSourceDocument } from '../../source/parse-document.js';
import { childPointer } from '../../source/source-index.js';
import { field, isJsonObject, listOf, textOf, type JsonObject } from '../json-import-source.js';
import type { ThreagileBuilder } from './threagile-builder.js';

/** The keyed sections of a Threagile model that `includes` merge, entry by entry. */
const mergedSections = [
  'data_assets',
  'technical_assets',
  'trust_boundaries',
  'shared_runtimes',
  'individual_risk_categories',
  'risk_tracking',
  'security_requirements',
  'abuse_cases',
  'questions',
] as const;

export type SectionName = (typeof mergedSections)[number];

/** One entry of a keyed section: its title (the YAML key), its value, and where it shows in the main file. */
export interface SectionEntry {
  title: string;
  value: unknown;
  /** Source pointer in the main file: the entry itself, or the `includes` item that brought it in. */
  from: string;
  /** The included file it came from, when it did not come from the main file. */
  file?: string;
}

const maxIncludeDepth = 16;
const mappingDoc = 'docs/import-mappings/threagile.md';

/**
 * The main file's sections merged with those of the files it includes (in order, nested includes
 * too, each file once). Threagile merges maps by key: a title defined twice keeps its first definition.
 */
export function collectSections(
  builder: ThreagileBuilder,
  root: JsonObject,
  includes: Readonly<Record<string, string>> | undefined,
): Map<SectionName, SectionEntry[]> {
  const sections = new Map<SectionName, SectionEntry[]>(mergedSections.map((name) => [name, []]));
  addSections(builder, sections, root, (title, section) => childPointer(childPointer('', section), title));
  // The main file is at the root of the paths includes use: including it again is a cycle.
  const visited = new Set([normalizePath(builder.source.file.split(/[\\/]/).pop() ?? '')]);
  listOf(field(root, 'includes')).forEach((raw, i) => {
    const from = `/includes/${i}`;
    const path = textOf(raw);
    if (path === undefined) return;
    includeFile(builder, sections, { path: normalizePath(path), from, includes, visited, depth: 1 });
  });
  return sections;
}

function addSections(
  builder: ThreagileBuilder,
  sections: Map<SectionName, SectionEntry[]>,
  document: JsonObject,
  pointerOf: (title: string, section: SectionName) => string,
  file?: string,
): void {
  for (const name of mergedSections) {
    const section = field(document, name);
    if (!isJsonObject(section)) continue;
    const entries = sections.get(name) ?? [];
    for (const [title, value] of Object.entries(section)) {
      const from = pointerOf(title, name);
      if (entries.some((e) => e.title === title)) {
        builder.unmappedEntry(
          from,
          `threagile-duplicate:${name}/${title}`,
          `${name} "${title}"${file === undefined ? '' : ` (in ${file})`} is defined twice: the first definition is imported`,
          'Give each entry its own title, or remove the repeated one.',
        );
        continue;
      }
      entries.push(file === undefined ? { title, value, from } : { title, value, from, file });
    }
  }
}

function includeFile(
  builder: ThreagileBuilder,
  sections: Map<SectionName, SectionEntry[]>,
  context: {
    path: string;
    from: string;
    includes: Readonly<Record<string, string>> | undefined;
    visited: Set<string>;
    depth: number;
  },
): void {
  const { path, from, includes, visited, depth } = context;
  if (visited.has(path) || depth > maxIncludeDepth) {
    builder.unmapped(
      from,
      `threagile-include-cycle:${path}`,
      `the included file ${path} is included again (a cycle or nesting deeper than ${maxIncludeDepth}): it is read once`,
      'Include each file once.',
    );
    return;
  }
  visited.add(path);
  const text = includes !== undefined && Object.hasOwn(includes, path) ? includes[path] : undefined;
  if (text === undefined) {
    builder.unmapped(
      from,
      `threagile-include:${path}`,
      `the included file ${path} was not read: the assets, boundaries and risk tracking it holds are missing from the imported model`,
      `Import the model together with ${path} (its path is relative to the model's folder), or copy its content into the model (${mappingDoc}).`,
    );
    return;
  }
  const parsed = parseSourceDocument(path, text, { mergeKeys: true });
  const first = parsed.findings[0];
  if (first || !isJsonObject(parsed.value)) {
    const where = first && 'line' in first.location ? ` at line ${first.location.line}` : '';
    builder.findings.push({
      check: 'TA101',
      severity: 'error',
      message: `the included file ${path} cannot be read${where}: ${first?.message ?? 'it is not a mapping of keys and values'}`,
      location: builder.source.index.locate(from),
      hint: first?.hint ?? 'Write the included file as a Threagile model: a mapping of sections.',
      subject: `threagile-include:${path}`,
    });
    return;
  }
  addSections(builder, sections, parsed.value, () => from, path);
  for (const raw of listOf(field(parsed.value, 'includes'))) {
    const nested = textOf(raw);
    if (nested === undefined) continue;
    const nestedPath = normalizePath(`${folderOf(path)}${nested}`);
    includeFile(builder, sections, { path: nestedPath, from, includes, visited, depth: depth + 1 });
  }
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash + 1);
}

/** `./parts/../assets.yaml` → `assets.yaml`; back slashes read as slashes. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
