import { field, isJsonObject, listOf, textOf, type JsonObject } from './json-import-source.js';
import { importDocs, type NativeModelBuilder } from './native-model-builder.js';

/** A Threat Composer threat, mitigation or assumption, with the label its UI shows (T-0001, M-0001, A-0001). */
export interface Entry {
  id: string;
  label: string;
  value: JsonObject;
  pointer: string;
}

/** Mitigations and assumptions, and the many-to-many links that tie them to threats and to each other. */
export interface ComposerLinks {
  threats: Entry[];
  mitigationsOf: Map<string, Entry[]>;
  assumptionsOf: Map<string, Entry[]>;
}

/**
 * The entries of a list, with their `id` (entries without one can be linked to nothing and are read
 * in order). An entry that is not an object is reported and skipped.
 */
function readEntries(builder: NativeModelBuilder, root: JsonObject, key: string, prefix: string): Entry[] {
  const list = field(root, key);
  if (list !== undefined && !Array.isArray(list)) {
    // Reported, never dropped in silence: the file says it has threats (or mitigations…), just not as a list.
    builder.unmapped(
      `/${key}`,
      `/${key}`,
      `${key} is ${describeJson(list)}, not a list: none of its content is imported`,
      `Export the workspace from Threat Composer again: ${key} is a list of objects there.`,
    );
    return [];
  }
  return listOf(list).flatMap((value, i) => {
    const pointer = `/${key}/${i}`;
    if (!isJsonObject(value)) {
      builder.unmapped(
        pointer,
        pointer,
        `${key}[${i}] is not an object: it is not imported`,
        'Remove the entry.',
      );
      return [];
    }
    const id = textOf(field(value, 'id')) ?? `${key}-${i + 1}`;
    const numeric = field(value, 'numericId');
    const label =
      typeof numeric === 'number' && Number.isInteger(numeric) && numeric >= 0
        ? `${prefix}-${String(numeric).padStart(4, '0')}`
        : `${prefix}-${i + 1}`;
    return [{ id, label, value, pointer }];
  });
}

/**
 * Resolves `mitigationLinks` (mitigation → threat) and `assumptionLinks` (assumption → threat or
 * mitigation). Links that point to nothing are reported once per list; mitigations and assumptions
 * linked to no threat are reported one by one, since their text then has no place to go.
 */
export function resolveLinks(builder: NativeModelBuilder, root: JsonObject): ComposerLinks {
  const threats = readEntries(builder, root, 'threats', 'T');
  const mitigations = byId(readEntries(builder, root, 'mitigations', 'M'));
  const assumptions = byId(readEntries(builder, root, 'assumptions', 'A'));
  const threatIds = new Set(threats.map((threat) => threat.id));
  const mitigationsOf = new Map<string, Entry[]>();
  const assumptionsOf = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(entry)) map.set(key, [...list, entry]);
  };

  const danglingMitigationLinks: number[] = [];
  for (const [i, link] of listOf(field(root, 'mitigationLinks')).entries()) {
    const mitigation = mitigations.get(textOf(field(link, 'mitigationId')) ?? '');
    const threat = textOf(field(link, 'linkedId')) ?? '';
    if (mitigation && threatIds.has(threat)) add(mitigationsOf, threat, mitigation);
    else danglingMitigationLinks.push(i);
  }
  const danglingAssumptionLinks: number[] = [];
  for (const [i, link] of listOf(field(root, 'assumptionLinks')).entries()) {
    const assumption = assumptions.get(textOf(field(link, 'assumptionId')) ?? '');
    const target = textOf(field(link, 'linkedId')) ?? '';
    if (assumption && (threatIds.has(target) || mitigations.has(target)))
      add(assumptionsOf, target, assumption);
    else danglingAssumptionLinks.push(i);
  }
  reportDangling(builder, root, 'mitigationLinks', danglingMitigationLinks, 'a mitigation or a threat');
  reportDangling(
    builder,
    root,
    'assumptionLinks',
    danglingAssumptionLinks,
    'an assumption, a threat or a mitigation',
  );

  const reached = new Set([...mitigationsOf.values()].flat());
  reportUnlinked(
    builder,
    [...mitigations.values()].filter((m) => !reached.has(m)),
    'mitigation',
  );
  for (const threat of threatIds) for (const a of assumptionsOf.get(threat) ?? []) reached.add(a);
  for (const mitigation of [...mitigations.values()].filter((m) => reached.has(m))) {
    for (const a of assumptionsOf.get(mitigation.id) ?? []) reached.add(a);
  }
  reportUnlinked(
    builder,
    [...assumptions.values()].filter((a) => !reached.has(a)),
    'assumption',
  );
  return { threats, mitigationsOf, assumptionsOf };
}

function byId(entries: Entry[]): Map<string, Entry> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function reportDangling(
  builder: NativeModelBuilder,
  root: JsonObject,
  list: string,
  indexes: number[],
  what: string,
): void {
  const first = indexes[0];
  if (first === undefined) return;
  const shown = indexes.length > 10 ? `${indexes.slice(0, 10).join(', ')}, …` : indexes.join(', ');
  builder.unmapped(
    `/${list}/${first}`,
    `${list}#dangling`,
    `${indexes.length} of the ${listOf(field(root, list)).length} ${list} point to ${what} that the file does not have (at positions ${shown}): they are left out`,
    'Nothing else is lost: such links remain when a threat, mitigation or assumption is deleted. Remove them in Threat Composer to silence this.',
  );
}

function reportUnlinked(
  builder: NativeModelBuilder,
  entries: Entry[],
  kind: 'mitigation' | 'assumption',
): void {
  for (const entry of entries) {
    const content = textOf(field(entry.value, 'content')) ?? '';
    const shown = content.length > 80 ? `${content.slice(0, 79)}…` : content;
    builder.unmapped(
      entry.pointer,
      entry.id,
      `${kind} ${entry.label} "${shown}" is linked to no threat: the native format keeps a free-text ${kind} only in the description of the threats it concerns, so it is not imported`,
      `Link it to the threats it concerns in Threat Composer, or write it into the converted model by hand (${importDocs}).`,
    );
  }
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (isJsonObject(value)) return 'an object';
  return `the ${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
