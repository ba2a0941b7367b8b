import type { Analysis } from '../analyse.js';
import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Finding } from '../findings/finding.js';
import { neutralizeMarkdown } from './neutralize.js';

/** What a proposed item carries: a mitigation to build, or a security event to raise. */
type ProposedKind = 'mitigation' | 'event';

/**
 * A backlog item threat-align would create (SPEC §6, "Backlog items"): the work a TA301 or TA501
 * finding says is missing. Its key names it across runs; its body carries the key as a hidden marker
 * and its label links it back to the model, so the next run finds it and proposes it no more.
 */
export interface ProposedItem {
  /** `mitigation:M-RATE-LIMIT` or `event:AUTHN_FAIL`: stable across runs, and the item's linking label. */
  key: string;
  kind: ProposedKind;
  /** The mitigation type or event id. */
  id: string;
  title: string;
  /** Markdown, ending with the hidden marker. */
  body: string;
  /** The linking label (`mitigation:…` or `event:…`) and the `threat-align` label. */
  labels: string[];
  /** The finding that asked for the item, such as `TA301`. */
  check: string;
}

/** The label every created item carries, beside its linking label. */
const createdItemLabel = 'threat-align';

/** The hidden marker a created item's body ends with. */
export function createdItemMarker(key: string): string {
  return `<!-- threat-align:backlog-item ${key} -->`;
}

/**
 * The items to create for the findings in force: one per mitigation type TA301 reports, and one
 * per security event of the threats TA501 reports. Deterministic, ordered by key; an item the
 * backlog already holds (by its marker, or by its linking label) is left out.
 */
export function proposeMissingItems(
  analysis: Analysis,
  existing: readonly BacklogItem[] = [],
): ProposedItem[] {
  const expansion = analysis.expansion;
  const kb = analysis.kb;
  if (!expansion || !kb) return [];
  const proposals = new Map<string, ProposedItem>();
  const rollups = new Map(expansion.mitigations.map((m) => [m.id, m]));
  const threats = new Map(expansion.threats.map((t) => [t.id, t]));
  const mitigationTypes = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const events = new Map(kb.events.map((e) => [e.id, e]));

  for (const finding of analysis.findings) {
    if (finding.check === 'TA301') {
      const rollup = rollups.get(finding.subject);
      if (!rollup) continue;
      const description = mitigationTypes.get(rollup.id)?.description;
      const answered = rollup.threats.map((id) => threats.get(id)).filter((t) => t !== undefined);
      const body = [
        description ?? `Put mitigation ${rollup.id} in place.`,
        `**Where:** ${rollup.places.map((p) => `\`${p.element}\` (${p.status})`).join(', ') || 'see the threat model'}.`,
        answered.length === 0
          ? ''
          : `**Threats it answers:**\n${answered.map((t) => `- \`${t.id}\`: ${t.title}`).join('\n')}`,
        footer(finding),
      ];
      add(proposals, {
        kind: 'mitigation',
        id: rollup.id,
        title: `Mitigation ${rollup.id}: ${rollup.name}`,
        bodyParts: body,
        check: finding.check,
      });
    } else if (finding.check === 'TA501') {
      const threat = threats.get(finding.subject);
      if (!threat || threat.events.length === 0) continue;
      // One event is enough for TA501 ("none of them is planned"): a threat whose event another
      // proposal already carries needs nothing more, and otherwise its first event is proposed.
      // The set stays the same when a run that created part of it is run again.
      if (threat.events.some((id) => proposals.has(`event:${id}`))) continue;
      const id = [...threat.events].sort()[0] ?? '';
      const event = events.get(id);
      const watched = expansion.threats.filter((t) => t.top && t.events.includes(id));
      const threshold = event
        ? `**Alert:** ${event.level}, at ${event.threshold.count} in ${event.threshold.window} per ${event.threshold.per}.`
        : '';
      const others = threat.events.filter((other) => other !== id);
      add(proposals, {
        kind: 'event',
        id,
        title: `Security event ${id}${event ? `: ${event.name}` : ''}`,
        bodyParts: [
          event?.description ?? `Raise the security event ${id}.`,
          threshold,
          `**Threats it watches:**\n${watched.map((t) => `- \`${t.id}\`: ${t.title}`).join('\n')}`,
          others.length === 0
            ? ''
            : `**Other events for \`${threat.id}\`** (see \`threat-align events\`): ${others.map((o) => `\`${o}\``).join(', ')}.`,
          footer(finding),
        ],
        check: finding.check,
      });
    }
  }
  return [...proposals.values()]
    .filter((proposal) => !isCarried(proposal, existing))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function add(
  proposals: Map<string, ProposedItem>,
  draft: { kind: ProposedKind; id: string; title: string; bodyParts: string[]; check: string },
): void {
  const key = `${draft.kind}:${draft.id}`;
  if (proposals.has(key)) return;
  const body = [...draft.bodyParts.filter((part) => part !== ''), createdItemMarker(key)].join('\n\n');
  proposals.set(key, {
    key,
    kind: draft.kind,
    id: draft.id,
    title: draft.title,
    body,
    labels: [key, createdItemLabel],
    check: draft.check,
  });
}

function footer(finding: Finding): string {
  // The message may quote backlog titles (TA301 names items closed as won't do): no pings, no HTML.
  return `_Opened by threat-align for ${finding.check}: ${neutralizeMarkdown(finding.message)}._`;
}

/**
 * Whether the backlog already carries a proposal: an item with its marker (created by an earlier
 * run, whatever its state or labels now), or one with its linking label.
 */
function isCarried(proposal: ProposedItem, items: readonly BacklogItem[]): boolean {
  const marker = createdItemMarker(proposal.key);
  const label = proposal.key.toLowerCase();
  return items.some(
    (item) => item.body.includes(marker) || item.labels.some((l) => l.trim().toLowerCase() === label),
  );
}

/** How a run treats missing items: list them only (the default), create them, or neither. */
export type BacklogItemsMode = 'off' | 'dry-run' | 'create';

export const backlogItemsModes: readonly BacklogItemsMode[] = ['off', 'dry-run', 'create'];

/** The Markdown section of a dry run or a creation: what would be, or was, created. */
export function renderProposals(
  proposals: readonly ProposedItem[],
  mode: Exclude<BacklogItemsMode, 'off'>,
  created: readonly { key: string; ref: string }[] = [],
  /** The platform's words for turning creation on, such as `Set the backlog-items input to create.` */
  howToCreate = 'Turn backlog-item creation from dry-run to create to create them.',
): string {
  if (proposals.length === 0) return '### Backlog items\n\nNo missing backlog item: nothing to create.';
  const refs = new Map(created.map((c) => [c.key, c.ref]));
  const head =
    mode === 'dry-run'
      ? `### Backlog items (dry run)\n\n${proposals.length} missing backlog item${proposals.length === 1 ? '' : 's'} would be created. ${howToCreate}`
      : `### Backlog items\n\n${refs.size} of ${proposals.length} missing backlog item${proposals.length === 1 ? '' : 's'} created.`;
  const rows = proposals.map((p) => {
    const ref = refs.get(p.key);
    return `- ${ref === undefined ? '' : `${ref} `}${neutralizeMarkdown(p.title)} (labels: ${p.labels.map((l) => `\`${l}\``).join(', ')}; ${p.check})`;
  });
  return [head, rows.join('\n')].join('\n\n');
}
