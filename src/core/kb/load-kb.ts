import type { Finding } from '../findings/finding.js';
import { parseSourceDocument } from '../source/parse-document.js';
import { childPointer, type SourceIndex } from '../source/source-index.js';
import { validateDocument } from '../source/validate-document.js';
import { hashKnowledgeBase } from './canonical-hash.js';
import type { KbFile } from './kb-files.js';
import { kbSchema } from './kb-schema.js';
import {
  entrySections,
  type EntrySection,
  type KnowledgeBase,
  type NamedPredicate,
  type PropertyDeclaration,
} from './knowledge-base.js';
import { validateKnowledgeBase } from './validate-kb.js';
import type { EntryOrigin, SourceLocator } from './entry-origin.js';

/** A knowledge base with the places its entries come from (base entries keep their own files). */
export interface LoadedKnowledgeBase {
  kb: KnowledgeBase;
  origins: Map<string, EntryOrigin>;
  manifest: { name: string; version: string; extends?: string; remove?: string[] };
  manifestOrigin: EntryOrigin;
}

export interface KbManifest {
  name: string;
  version: string;
  description?: string;
  extends?: string;
  remove?: string[];
}

type RawEntry = { id: string; override?: boolean } & Record<string, unknown>;
type RawFile = Partial<Record<EntrySection, RawEntry[]>> & {
  knowledgeBase?: KbManifest;
  properties?: Record<string, PropertyDeclaration>;
  predicates?: Record<string, NamedPredicate>;
};

function originKey(section: EntrySection | 'properties' | 'predicates', id: string): string {
  return `${section}:${id}`;
}

const fail = (
  findings: Finding[],
  origin: EntryOrigin,
  message: string,
  hint: string,
  part: 'key' | 'value' = 'value',
): void => {
  findings.push({
    check: 'TA106',
    severity: 'error',
    message,
    location: origin.index.locate(origin.pointer, part),
    hint,
    subject: `kb:${origin.index.file}${origin.pointer}:${message}`,
  });
};

/** The manifest of a folder's files, read without loading the rest (to follow `extends` first). */
export function readManifest(files: readonly KbFile[]): {
  manifest?: KbManifest;
  findings: Finding[];
  parsed?: ParsedKnowledgeBaseFiles;
} {
  const parsed = parseFiles(files);
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  return { ...findManifest(parsed.files, files), parsed };
}

/** A folder's files, parsed and validated once; hand them back to loadKnowledgeBase to load them without parsing again. */
export interface ParsedKnowledgeBaseFiles {
  files: ParsedFile[];
  findings: Finding[];
}

/**
 * Loads one knowledge-base folder: parse and validate every file, merge the sections, apply
 * `extends` over an already-loaded base, and validate the result (references, inheritance, rules).
 * Problems are TA106 findings at the knowledge-base file's line and column.
 */
export function loadKnowledgeBase(
  files: readonly KbFile[],
  base?: LoadedKnowledgeBase,
  alreadyParsed?: ParsedKnowledgeBaseFiles,
): { loaded?: LoadedKnowledgeBase; findings: Finding[] } {
  const parsed = alreadyParsed ?? parseFiles(files);
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const { manifest, findings } = findManifest(parsed.files, files);
  if (!manifest) return { findings };
  const manifestOrigin = parsed.files
    .find((f) => f.value.knowledgeBase)
    ?.origin('/knowledgeBase') as EntryOrigin;

  const origins = new Map<string, EntryOrigin>(base?.origins);
  const sections = new Map<EntrySection, Map<string, RawEntry>>();
  for (const section of entrySections) {
    const entries = new Map<string, RawEntry>();
    for (const entry of base?.kb[section] ?? []) entries.set(entry.id, entry as unknown as RawEntry);
    sections.set(section, entries);
  }
  const properties: Record<string, PropertyDeclaration> = { ...base?.kb.properties };
  const predicates: Record<string, NamedPredicate> = { ...base?.kb.predicates };
  const ownPredicates = new Map<string, EntryOrigin>();

  for (const id of manifest.remove ?? []) {
    const section = entrySections.find((s) => sections.get(s)?.has(id));
    const at = (manifest.remove ?? []).indexOf(id);
    if (!base || !section) {
      fail(
        findings,
        { index: manifestOrigin.index, pointer: `/knowledgeBase/remove/${at}` },
        `"${id}" is not an entry of ${base ? `${base.kb.name}@${base.kb.version}` : 'an extended knowledge base'}, so it cannot be removed`,
        base
          ? 'Remove it from the list, or correct the id.'
          : 'Add "extends:" to the manifest, or drop "remove:".',
      );
      continue;
    }
    sections.get(section)?.delete(id);
    origins.delete(originKey(section, id));
  }

  const ownIds = new Map<string, EntryOrigin>();
  for (const file of parsed.files) {
    for (const [name, declaration] of Object.entries(file.value.properties ?? {})) {
      properties[name] = declaration;
      origins.set(originKey('properties', name), file.origin(childPointer('/properties', name)));
    }
    for (const [name, definition] of Object.entries(file.value.predicates ?? {})) {
      const origin = file.origin(childPointer('/predicates', name));
      const previous = ownPredicates.get(name);
      if (previous) {
        const at = previous.index.locate(previous.pointer, 'key');
        fail(
          findings,
          origin,
          `predicate "${name}" is defined twice (first at ${at.file}:${at.line}:${at.column})`,
          'Define each named predicate once, and refer to it with is: name.',
          'key',
        );
        continue;
      }
      ownPredicates.set(name, origin);
      // A knowledge base that extends another may redefine one of its predicates: every rule that
      // names it, the base's included, then reads the new definition.
      predicates[name] = definition;
      origins.set(originKey('predicates', name), origin);
    }
    for (const section of entrySections) {
      for (const [i, entry] of (file.value[section] ?? []).entries()) {
        const origin = file.origin(`/${section}/${i}`);
        const idOrigin = { index: origin.index, pointer: `${origin.pointer}/id` };
        const previous = ownIds.get(entry.id);
        if (previous) {
          const at = previous.index.locate(previous.pointer);
          fail(
            findings,
            idOrigin,
            `"${entry.id}" is defined twice (first at ${at.file}:${at.line}:${at.column})`,
            'Remove or rename one of the two entries.',
          );
          continue;
        }
        ownIds.set(entry.id, idOrigin);
        const entries = sections.get(section) as Map<string, RawEntry>;
        const inBase = entries.has(entry.id);
        if (inBase && entry.override !== true) {
          fail(
            findings,
            idOrigin,
            `"${entry.id}" is already defined by ${describeBase(base)}`,
            'Add "override: true" to replace it, or choose another id.',
          );
          continue;
        }
        if (!inBase && entry.override === true) {
          fail(
            findings,
            idOrigin,
            `"${entry.id}" overrides nothing: ${describeBase(base)} has no such entry`,
            'Remove "override: true", or correct the id.',
          );
          continue;
        }
        const { override: _override, ...plain } = entry;
        entries.set(entry.id, plain);
        origins.set(originKey(section, entry.id), origin);
      }
    }
  }

  const unhashed = {
    name: manifest.name,
    version: manifest.version,
    ...(manifest.description === undefined ? {} : { description: manifest.description }),
    properties: sortKeys(properties),
    // Left out when empty, so that knowledge bases written before named predicates keep their hash.
    ...(Object.keys(predicates).length === 0 ? {} : { predicates: sortKeys(predicates) }),
    componentTypes: sortedEntries(sections.get('componentTypes')),
    threatTypes: sortedEntries(sections.get('threatTypes')),
    mitigationTypes: sortedEntries(sections.get('mitigationTypes')),
    events: sortedEntries(sections.get('events')),
    questions: sortedEntries(sections.get('questions')),
  } as unknown as Omit<KnowledgeBase, 'sha256'>;
  const kb: KnowledgeBase = { ...unhashed, sha256: hashKnowledgeBase(unhashed) };
  findings.push(...validateKnowledgeBase(kb, origins));
  if (findings.length > 0) return { findings };
  const manifestOut: LoadedKnowledgeBase['manifest'] = { name: manifest.name, version: manifest.version };
  if (manifest.extends !== undefined) manifestOut.extends = manifest.extends;
  if (manifest.remove !== undefined) manifestOut.remove = manifest.remove;
  return { loaded: { kb, origins, manifest: manifestOut, manifestOrigin }, findings };
}

interface ParsedFile {
  value: RawFile;
  origin(pointer: string): EntryOrigin;
}

function parseFiles(files: readonly KbFile[]): { files: ParsedFile[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const parsedFiles: ParsedFile[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parsed = file.preParsed === undefined ? parseSourceDocument(file.path, file.text) : preParsed(file);
    const problems = parsed.findings.map((f) => ({ ...f, check: 'TA106' }));
    if (problems.length === 0 && parsed.value !== undefined && parsed.value !== null) {
      problems.push(
        ...validateDocument(parsed.value, kbSchema, parsed.index, {
          check: 'TA106',
          what: `kb:${file.path}`,
        }),
      );
    }
    findings.push(...problems);
    if (problems.length === 0 && parsed.value !== undefined && parsed.value !== null) {
      parsedFiles.push({
        value: parsed.value,
        origin: (pointer) => ({ index: parsed.index, pointer }),
      });
    }
  }
  return { files: parsedFiles, findings };
}

/**
 * A file parsed ahead of time: its value as is, and an index that parses the text (the same text,
 * by its checked sha256) only when a message asks where a pointer is. Parsing the shipped YAML with
 * positions is most of the cost of a small run; a valid knowledge base never needs the positions.
 */
function preParsed(file: KbFile): { value: unknown; index: SourceLocator; findings: Finding[] } {
  let index: SourceIndex | undefined;
  const parse = (): SourceIndex => (index ??= parseSourceDocument(file.path, file.text).index);
  return {
    value: file.preParsed,
    index: { file: file.path, locate: (pointer, part) => parse().locate(pointer, part) },
    findings: [],
  };
}

function findManifest(
  parsed: ParsedFile[],
  files: readonly KbFile[],
): { manifest?: KbManifest; findings: Finding[] } {
  const findings: Finding[] = [];
  const withManifest = parsed.filter((f) => f.value.knowledgeBase !== undefined);
  if (withManifest.length === 0) {
    const where = files[0]?.path ?? 'the knowledge-base folder';
    findings.push({
      check: 'TA106',
      severity: 'error',
      message: `no manifest: none of the ${files.length} knowledge-base files says "knowledgeBase: { name, version }"`,
      location: { file: where, line: 1, column: 1 },
      hint: 'Add a kb.yaml with knowledgeBase: { name: acme, version: 1.0.0 }.',
      subject: `kb-manifest:${where}`,
    });
    return { findings };
  }
  for (const extra of withManifest.slice(1)) {
    fail(
      findings,
      extra.origin('/knowledgeBase'),
      'a second manifest: a knowledge base has exactly one "knowledgeBase:" section',
      'Keep the manifest in kb.yaml only.',
      'key',
    );
  }
  return findings.length > 0 ? { findings } : { manifest: withManifest[0]?.value.knowledgeBase, findings };
}

function describeBase(base: LoadedKnowledgeBase | undefined): string {
  return base ? `${base.kb.name}@${base.kb.version}` : 'this knowledge base';
}

function sortedEntries(entries: Map<string, RawEntry> | undefined): RawEntry[] {
  return [...(entries?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
