import type {
  HandWrittenThreat,
  StrideCategory,
  ThreatDecision,
  ThreatStatus,
} from '../../model/threat-model.js';
import { clipText } from '../import-text.js';
import { field, isJsonObject, listOf, textOf } from '../json-import-source.js';
import { sanitizeId } from '../native-ids.js';
import { backlogRefPattern } from '../../model/model-schema.js';
import type { ThreagileBuilder } from './threagile-builder.js';
import type { NativeParts } from './native-parts.js';
import { fieldPointer } from './threagile-assets.js';
import type { IdMaps } from './threagile-links.js';
import type { SectionEntry } from './threagile-sections.js';
import {
  builtInCategories,
  generatedThreatMap,
  processTypes,
  severityMap,
  strideMap,
  trackingStatusMap,
} from './threagile-tables.js';

const mappingDoc = 'docs/import-mappings/threagile.md';
const backlogReference = new RegExp(backlogRefPattern);

/** A `risk_tracking` entry: a synthetic risk id (maybe with `*` parts) and the decision taken on it. */
interface Tracking {
  riskId: string;
  parts: string[];
  wildcard: boolean;
  status: ThreatStatus;
  reason: string | undefined;
  backlog: string[];
  entry: SectionEntry;
  used: boolean;
}

/**
 * Risks: manually identified risks (`individual_risk_categories`) become threats written by hand;
 * `risk_tracking` decides them, decides generated threats where a risk certainly is one
 * ({@link generatedThreatMap}), and otherwise becomes a threat written by hand with its status.
 * What cannot be placed (wildcards over risks only Threagile computes, unknown elements) is TA107.
 */
export function readRisks(
  builder: ThreagileBuilder,
  parts: NativeParts,
  sections: { categories: SectionEntry[]; tracking: SectionEntry[] },
  ids: IdMaps,
): void {
  const tracking = sections.tracking.map((entry) => readTracking(builder, entry));
  const customCategories = new Set<string>();
  for (const category of sections.categories) {
    customCategories.add(textOf(field(category.value, 'id')) ?? category.title);
    readIndividualRisks(builder, parts, category, { tracking, ids });
  }
  const decided = new Set<string>();
  // Exact ids first, then wildcards, as Threagile applies them.
  for (const item of [...tracking.filter((t) => !t.wildcard), ...tracking.filter((t) => t.wildcard)]) {
    if (item.used) continue;
    if (decideGenerated(builder, parts, item, { ids, decided })) continue;
    if (!item.wildcard && writeTrackedThreat(builder, parts, item, ids)) continue;
    const category = item.parts[0] ?? '';
    const why = customCategories.has(category)
      ? `it matches none of the risks identified in the model`
      : item.wildcard
        ? `its wildcard stands for risks that only Threagile's rules compute, and threat-align cannot tell which elements they are`
        : builtInCategories.has(category)
          ? `it names no technical asset or communication link of the model`
          : `"${category}" is neither a built-in Threagile risk category nor one defined in the model`;
    builder.unmappedEntry(
      item.entry.from,
      `threagile-risk:${item.riskId}`,
      `risk tracking "${item.riskId}" is not imported: ${why}`,
      `Write the decision in a native model on the threat it concerns, or track the risk by its exact id (${mappingDoc}).`,
    );
  }
}

function readTracking(builder: ThreagileBuilder, entry: SectionEntry): Tracking {
  const riskId = entry.title.trim();
  const statusText = textOf(field(entry.value, 'status')) ?? 'unchecked';
  let status = trackingStatusMap.get(statusText);
  if (status === undefined) {
    builder.unmapped(
      fieldPointer(entry, 'status'),
      `threagile-status:${riskId}`,
      `risk tracking "${riskId}" has the status "${statusText}", which Threagile does not define: it is imported as open`,
      'Write one of unchecked, in-discussion, accepted, in-progress, mitigated or false-positive.',
    );
    status = 'open';
  }
  const justification = textOf(field(entry.value, 'justification'));
  const checkedBy = textOf(field(entry.value, 'checked_by'));
  const date = textOf(field(entry.value, 'date'));
  const by = [
    checkedBy === undefined ? '' : ` by ${checkedBy}`,
    date === undefined ? '' : ` on ${date}`,
  ].join('');
  const defaultReason =
    status === 'accepted-risk'
      ? `Accepted in Threagile's risk tracking${by}, with no justification.`
      : status === 'not-applicable'
        ? `Marked false-positive in Threagile's risk tracking${by}, with no justification.`
        : undefined;
  const reason = clipText(
    justification === undefined ? defaultReason : `${justification}${by === '' ? '' : ` (checked${by})`}`,
  );
  const ticket = textOf(field(entry.value, 'ticket'));
  const parts = riskId.split('@');
  return {
    riskId,
    parts,
    wildcard: parts.includes('*'),
    status,
    reason,
    backlog: ticket !== undefined && backlogReference.test(ticket) ? [ticket] : [],
    entry,
    used: false,
  };
}

/** `cat@a@*` matches `cat@a@b`: as many `@` parts, each equal or `*`. */
function matches(pattern: readonly string[], riskId: string): boolean {
  const parts = riskId.split('@');
  return parts.length === pattern.length && pattern.every((p, i) => p === '*' || p === parts[i]);
}

function readIndividualRisks(
  builder: ThreagileBuilder,
  parts: NativeParts,
  category: SectionEntry,
  context: { tracking: Tracking[]; ids: IdMaps },
): void {
  const categoryId = textOf(field(category.value, 'id')) ?? category.title;
  const risks = field(category.value, 'risks_identified');
  if (!isJsonObject(risks)) return;
  const strideText = textOf(field(category.value, 'stride'));
  const stride = strideText === undefined ? undefined : strideMap.get(strideText);
  for (const [title, risk] of Object.entries(risks)) {
    const from = fieldPointer(category, 'risks_identified', title);
    const asset = textOf(field(risk, 'most_relevant_technical_asset'));
    const link = textOf(field(risk, 'most_relevant_communication_link'));
    const relevant = [
      'technical_asset',
      'communication_link',
      'trust_boundary',
      'shared_runtime',
      'data_asset',
    ]
      .map((kind) => textOf(field(risk, `most_relevant_${kind}`)))
      .filter((part): part is string => part !== undefined);
    const riskId = [categoryId, ...relevant].join('@');
    const breach = listOf(field(risk, 'data_breach_technical_assets'))
      .map(textOf)
      .find((a) => a !== undefined);
    const target =
      (asset === undefined ? undefined : context.ids.assets.get(asset)) ??
      (link === undefined ? undefined : context.ids.links.get(link)) ??
      (breach === undefined ? undefined : context.ids.assets.get(breach));
    if (target === undefined) {
      builder.unmappedEntry(
        from,
        `threagile-risk:${riskId}`,
        `the identified risk "${plainText(title)}" names no technical asset or communication link of the model: it is not imported`,
        'Set most_relevant_technical_asset (or most_relevant_communication_link) to an element of the model.',
      );
      continue;
    }
    const tracked =
      context.tracking.find((t) => !t.wildcard && t.riskId === riskId) ??
      context.tracking.find((t) => t.wildcard && matches(t.parts, riskId));
    const threat: HandWrittenThreat = {
      id: builder.ids.claim(sanitizeId(riskId.replace(/@/g, '.')), 'threagile-risk'),
      title: clipText(plainText(title)) ?? riskId,
      stride: stride ? [stride] : allStride,
      target,
    };
    const description = describeCategory(category);
    if (description !== undefined) threat.description = description;
    const severity = severityMap.get(textOf(field(risk, 'severity')) ?? '');
    if (severity !== undefined) threat.severity = severity;
    const at = parts.threats.length;
    builder.traceEntry(`/threats/${at}`, from);
    if (tracked) {
      tracked.used = true;
      applyTracking(threat, tracked);
      builder.trace(`/threats/${at}/status`, fieldPointer(tracked.entry, 'status'));
    }
    if (!stride) {
      builder.unmapped(
        fieldPointer(category, 'stride'),
        `threagile-stride:${categoryId}`,
        `risk category "${category.title}" has the STRIDE value "${strideText ?? '(none)'}", which Threagile does not define: its risks are imported with all six categories`,
        'Write one of spoofing, tampering, repudiation, information-disclosure, denial-of-service or elevation-of-privilege.',
      );
    }
    parts.threats.push(threat);
  }
}

const allStride: StrideCategory[] = ['S', 'T', 'R', 'I', 'D', 'E'];

/** A tracked risk that certainly is a generated threat of the knowledge base: a decision on it (`XSS@web`). */
function decideGenerated(
  builder: ThreagileBuilder,
  parts: NativeParts,
  item: Tracking,
  context: { ids: IdMaps; decided: Set<string> },
): boolean {
  const candidates = generatedThreatMap.get(item.parts[0] ?? '');
  const assetPart = item.parts[1];
  if (!candidates || assetPart === undefined) return false;
  const components =
    assetPart === '*'
      ? parts.components
      : parts.components.filter((c) => c.id === context.ids.assets.get(assetPart));
  let placed = false;
  for (const component of components) {
    const generated = candidates.find(
      (c) =>
        c.types.includes(component.type) &&
        (!c.incomingFromProcess || hasIncomingFromProcess(parts, component.id)),
    );
    if (!generated) continue;
    const id = `${generated.threatType}@${component.id}`;
    placed = true;
    if (context.decided.has(id)) continue;
    context.decided.add(id);
    const decision: ThreatDecision = { id, status: item.status };
    if (item.reason !== undefined) decision.reason = item.reason;
    if (item.backlog.length > 0) decision.backlog = item.backlog;
    builder.traceEntry(`/threats/${parts.threats.length}`, item.entry.from);
    builder.note(
      `/threats/${parts.threats.length}`,
      `Threagile risk "${item.riskId}" read as the generated threat ${id}`,
    );
    parts.threats.push(decision);
  }
  if (placed) item.used = true;
  return placed;
}

function hasIncomingFromProcess(parts: NativeParts, componentId: string): boolean {
  const types = new Map(parts.components.map((c) => [c.id, c.type]));
  return parts.flows.some((f) => f.to === componentId && processTypes.has(types.get(f.from) ?? ''));
}

/** A tracked built-in risk with no generated counterpart: a threat written by hand on its element, with its status. */
function writeTrackedThreat(
  builder: ThreagileBuilder,
  parts: NativeParts,
  item: Tracking,
  ids: IdMaps,
): boolean {
  const category = item.parts[0] ?? '';
  const stride = builtInCategories.get(category);
  const target = item.parts
    .slice(1)
    .map((part) => ids.assets.get(part) ?? ids.links.get(part))
    .find((id) => id !== undefined);
  if (stride === undefined || target === undefined) return false;
  const targetName =
    parts.components.find((c) => c.id === target)?.name ??
    parts.flows.find((f) => f.id === target)?.name ??
    target;
  const threat: HandWrittenThreat = {
    id: builder.ids.claim(sanitizeId(item.riskId.replace(/@/g, '.')), 'threagile-risk'),
    title: `${humanize(category)} at ${targetName}`,
    description: `Threagile risk ${item.riskId}, tracked in the Threagile model.`,
    stride: [stride],
    target,
  };
  applyTracking(threat, item);
  builder.traceEntry(`/threats/${parts.threats.length}`, item.entry.from);
  builder.trace(`/threats/${parts.threats.length}/status`, fieldPointer(item.entry, 'status'));
  parts.threats.push(threat);
  item.used = true;
  return true;
}

function applyTracking(threat: HandWrittenThreat, item: Tracking): void {
  threat.status = item.status;
  if (item.reason !== undefined) threat.reason = item.reason;
  if (item.backlog.length > 0) threat.backlog = item.backlog;
}

function describeCategory(category: SectionEntry): string | undefined {
  const description = textOf(field(category.value, 'description'));
  const mitigation = textOf(field(category.value, 'mitigation'));
  const parts = [description, mitigation === undefined ? undefined : `Mitigation: ${mitigation}`];
  return clipText(parts.filter((p) => p !== undefined).join('\n\n'));
}

/** Threagile writes `<b>` tags into risk titles: the native model keeps plain text. */
function plainText(text: string): string {
  return text
    .replace(/<[^<>]{0,100}>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function humanize(category: string): string {
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
