import type { HandWrittenThreat, StrideCategory } from '../model/threat-model.js';
import { clip, field, listOf, oneLine, textOf } from './json-import-source.js';
import { importDocs, type NativeModelBuilder } from './native-model-builder.js';
import type { ComposerLinks, Entry } from './threat-composer-links.js';
import { allStride, severityOf } from './stride-and-severity.js';

const maxText = 100_000;
/** CIA goals as Threat Composer's `impactedGoal` names them, and their STRIDE counterparts. */
const strideOfGoal = new Map<string, StrideCategory>([
  ['confidentiality', 'I'],
  ['integrity', 'T'],
  ['availability', 'D'],
]);
const mitigationStatusLabels = new Map([
  ['mitigationIdentified', 'identified'],
  ['mitigationInProgress', 'in progress'],
  ['mitigationResolved', 'resolved'],
  ['mitigationResolvedWillNotAction', 'will not be done'],
]);

/** One metadata entry's value (`metadata: [{ key, value }]`), with its source pointer. */
function metadata(entry: Entry, key: string): { value: unknown; pointer: string } | undefined {
  const items = listOf(field(entry.value, 'metadata'));
  const index = items.findIndex((item) => field(item, 'key') === key);
  return index === -1
    ? undefined
    : { value: field(items[index], 'value'), pointer: `${entry.pointer}/metadata/${index}/value` };
}

/** A Threat Composer threat as a threat written by hand on the one component that stands for the application. */
export function readComposerThreat(
  builder: NativeModelBuilder,
  links: ComposerLinks,
  entry: Entry,
  index: number,
  target: string,
): HandWrittenThreat {
  const pointer = `/threats/${index}`;
  const statement = textOf(field(entry.value, 'statement')) ?? composeStatement(entry);
  const title = titleOf(entry, statement);
  const id = builder.ids.claim(entry.label, `T-${index + 1}`);
  const threat: HandWrittenThreat = { id, title, stride: readStride(builder, entry, pointer, title), target };
  builder.trace(pointer, entry.pointer);
  builder.trace(
    `${pointer}/id`,
    Object.hasOwn(entry.value, 'numericId') ? `${entry.pointer}/numericId` : entry.pointer,
  );
  builder.trace(
    `${pointer}/title`,
    Object.hasOwn(entry.value, 'statement') ? `${entry.pointer}/statement` : entry.pointer,
  );
  if (id !== entry.label) builder.note(`${pointer}/id`, `Threat Composer ${entry.label}`);
  const priority = metadata(entry, 'Priority');
  const severity = severityOf(textOf(priority?.value));
  if (severity && priority) {
    threat.severity = severity;
    builder.trace(`${pointer}/severity`, priority.pointer);
  }
  const description = describe(entry, statement, links);
  if (description !== '') threat.description = clip(description, maxText);
  applyStatus(builder, threat, entry, pointer, links);
  return threat;
}

/**
 * A short title in Threat Composer's grammar without the prerequisites and impact ("A threat actor
 * can read the contents of local browser storage"); the whole statement goes to the description.
 */
function titleOf(entry: Entry, statement: string | undefined): string {
  const source = textOf(field(entry.value, 'threatSource'));
  const action = textOf(field(entry.value, 'threatAction'))?.replace(/^can\s+/i, '');
  if (source !== undefined && action !== undefined) {
    return clip(oneLine(`${articleFor(source)} ${source} can ${action}`), 120);
  }
  return statement === undefined ? `Threat ${entry.label}` : clip(oneLine(statement), 120);
}

/** Threat Composer's own grammar, for a threat saved without its statement. */
function composeStatement(entry: Entry): string | undefined {
  const part = (key: string): string | undefined => textOf(field(entry.value, key));
  const action = part('threatAction')?.replace(/^can\s+/i, '');
  if (action === undefined) return undefined;
  const source = part('threatSource') ?? 'threat source';
  const who = [source, part('prerequisites')].filter((p) => p !== undefined).join(' ');
  const impact = part('threatImpact');
  return `${articleFor(source)} ${who} can ${action}${impact === undefined ? '' : `, which leads to ${impact}`}`;
}

function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) ? 'An' : 'A';
}

/** STRIDE from the `STRIDE` metadata; else from the impacted goals (CIA); else all six, reported. */
function readStride(
  builder: NativeModelBuilder,
  entry: Entry,
  pointer: string,
  title: string,
): StrideCategory[] {
  const written = metadata(entry, 'STRIDE');
  const letters = listOf(written?.value).map((v) => textOf(v)?.toUpperCase() ?? '');
  const stride = allStride.filter((c) => letters.includes(c));
  if (written && stride.length > 0) {
    builder.trace(`${pointer}/stride`, written.pointer);
    return stride;
  }
  const goals = listOf(field(entry.value, 'impactedGoal')).map((g) =>
    strideOfGoal.get(textOf(g)?.toLowerCase() ?? ''),
  );
  const fromGoals = allStride.filter((c) => goals.includes(c));
  if (fromGoals.length > 0) {
    builder.trace(`${pointer}/stride`, `${entry.pointer}/impactedGoal`);
    builder.note(
      `${pointer}/stride`,
      'from the impacted goals (confidentiality → I, integrity → T, availability → D): the threat has no STRIDE metadata',
    );
    return fromGoals;
  }
  builder.note(
    `${pointer}/stride`,
    'the threat has no STRIDE metadata and no impacted goal: all six categories are listed; keep those that apply',
  );
  builder.unmapped(
    entry.pointer,
    `${entry.id}#stride`,
    `threat ${entry.label} "${clip(title, 80)}" has no STRIDE category; it is imported with all six`,
    `Tag the threat with STRIDE categories in Threat Composer, or keep only those that apply in the converted model (${importDocs}).`,
  );
  return [...allStride];
}

function describe(entry: Entry, statement: string | undefined, links: ComposerLinks): string {
  const sections: string[] = statement === undefined ? [] : [statement];
  const mitigations = links.mitigationsOf.get(entry.id) ?? [];
  if (mitigations.length > 0) {
    const lines = mitigations.map((m) => {
      const status = mitigationStatusLabels.get(textOf(field(m.value, 'status')) ?? '');
      const assumed = (links.assumptionsOf.get(m.id) ?? []).map((a) => a.label);
      const notes = [status, assumed.length > 0 ? `assumes ${assumed.join(', ')}` : undefined].filter(
        (n) => n !== undefined,
      );
      return `- ${m.label} ${oneLine(textOf(field(m.value, 'content')) ?? '')}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    });
    sections.push(`Mitigations (from Threat Composer):\n${lines.join('\n')}`);
  }
  const assumptions = links.assumptionsOf.get(entry.id) ?? [];
  if (assumptions.length > 0) {
    const lines = assumptions.map((a) => `- ${a.label} ${oneLine(textOf(field(a.value, 'content')) ?? '')}`);
    sections.push(`Assumptions (from Threat Composer):\n${lines.join('\n')}`);
  }
  const comments = textOf(metadata(entry, 'Comments')?.value);
  if (comments !== undefined) sections.push(`Comments: ${comments}`);
  const tags = listOf(field(entry.value, 'tags'))
    .map((t) => textOf(t))
    .filter((t) => t !== undefined);
  if (tags.length > 0) sections.push(`Tags: ${tags.join(', ')}`);
  const assets = listOf(field(entry.value, 'impactedAssets'))
    .map((t) => textOf(t))
    .filter((t) => t !== undefined);
  if (assets.length > 0) sections.push(`Impacted assets: ${assets.join(', ')}`);
  return sections.join('\n\n');
}

function applyStatus(
  builder: NativeModelBuilder,
  threat: HandWrittenThreat,
  entry: Entry,
  pointer: string,
  links: ComposerLinks,
): void {
  const status = textOf(field(entry.value, 'status'));
  if (status !== undefined) builder.trace(`${pointer}/status`, `${entry.pointer}/status`);
  if (status === undefined || status === 'threatIdentified') threat.status = 'open';
  else if (status === 'threatResolved') threat.status = 'mitigated';
  else if (status === 'threatResolvedNotUseful') {
    threat.status = 'not-applicable';
    const comments = textOf(metadata(entry, 'Comments')?.value);
    const assumed = (links.assumptionsOf.get(entry.id) ?? []).map(
      (a) => `${a.label} ${oneLine(textOf(field(a.value, 'content')) ?? '')}`,
    );
    const reason = comments ?? (assumed.length > 0 ? `assumes ${assumed.join('; ')}` : undefined);
    threat.reason = clip(reason ?? 'resolved as not useful in Threat Composer', maxText);
    builder.note(
      `${pointer}/reason`,
      `Threat Composer: "not useful"${reason === undefined ? ', with no comment' : ''}`,
    );
  } else {
    threat.status = 'open';
    builder.unmapped(
      `${entry.pointer}/status`,
      `${entry.id}#status`,
      `threat ${entry.label} has the status "${clip(status, 60)}", which Threat Composer does not define; it is imported as open`,
      'Use threatIdentified, threatResolved or threatResolvedNotUseful in Threat Composer, or set the status in the converted model.',
    );
  }
}
