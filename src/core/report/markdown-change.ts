import type { Action } from '../actions/action.js';
import type { BacklogItem } from '../backlog/backlog-item.js';
import type { Threat } from '../expand/expansion.js';
import { compareText } from '../findings/order-findings.js';
import { fixFirstLimit } from './markdown-actions.js';
import { entry, heading, type Block } from './markdown-blocks.js';
import {
  code,
  countOf,
  itemReference,
  limits,
  mitigationState,
  text,
  threatEntry,
} from './markdown-entries.js';
import type { SectionInput } from './markdown-sections.js';

/**
 * THIS PULL REQUEST, visible: threats added and removed per element, the actions it introduces,
 * and the stories it closes with their mitigations' status.
 */
export function changeBlocks(input: SectionInput, actions: readonly Action[]): Block[] {
  const { delta, closingStories } = input;
  if (!delta && closingStories.length === 0) return [];
  const blocks = [heading('### This pull request')];
  if (delta) {
    if (!delta.hasBase)
      blocks.push(
        entry('- The base branch has no analysis of this model: every threat and finding counts as new.'),
      );
    if (!delta.threatsCompared)
      blocks.push(entry('- Threats could not be compared: the model does not load on this branch.'));
    else
      blocks.push(
        entry(
          `- Threats added: ${threatTally(delta.threatsAdded)} · removed: ${threatTally(delta.threatsRemoved)}`,
        ),
      );
    const fresh = actions.filter((a) => a.introduced).length;
    const above = actions.slice(0, fixFirstLimit).filter((a) => a.introduced).length;
    const where =
      fresh === 0 ? '' : ` (${above} in Fix first${fresh > above ? `, ${fresh - above} below` : ''})`;
    blocks.push(
      entry(
        `- New actions: ${fresh}${where} · ${countOf(delta.findingsNew.length, 'new finding')}, ${countOf(delta.findingsFixed.length, 'finding')} fixed`,
      ),
    );
  }
  for (const id of closingStories) blocks.push(entry(storyEntry(input, id)));
  return blocks;
}

/** The threats added and removed, listed with their mitigations: collapsed detail, first to go. */
export function changeDetailBlocks(input: SectionInput, hints: boolean): Block[] {
  const delta = input.delta;
  if (!delta || delta.threatsAdded.length + delta.threatsRemoved.length === 0) return [];
  const lines = [
    ...delta.threatsAdded.map((t) => threatEntry(t, { mitigations: hints })),
    ...delta.threatsRemoved.map((t) => `${threatEntry(t, { mitigations: false })} · **removed**`),
  ];
  const summary = `Threats added (${delta.threatsAdded.length}) and removed (${delta.threatsRemoved.length})`;
  return [
    {
      text: `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`,
      kind: 'entry',
      findings: 0,
    },
  ];
}

/** `6 on gift-cards (BROKEN-ACCESS-CONTROL, CMD-INJECTION, …)`, per element, or `0`. */
function threatTally(threats: readonly Threat[]): string {
  if (threats.length === 0) return '0';
  const byElement = new Map<string, string[]>();
  for (const threat of threats) {
    const list = byElement.get(threat.element) ?? [];
    list.push(threat.typeId ?? threat.id);
    byElement.set(threat.element, list);
  }
  const parts = [...byElement].slice(0, 4).map(([element, types]) => {
    const shown = types.slice(0, 3).map(code).join(', ');
    return `${types.length} on ${code(element)} (${shown}${types.length > 3 ? ', …' : ''})`;
  });
  if (byElement.size > 4) parts.push(countOf(byElement.size - 4, 'more element'));
  return parts.join('; ');
}

/** A closing story: its title, and how the mitigations of its threats stand. */
function storyEntry(input: SectionInput, id: string): string {
  const links = input.analysis.links;
  const item = links?.items.get(id);
  if (!item) return `- Closes ${text(id, limits.id)}: not in the backlog that was read`;
  const line = `- Closes ${itemReference(item.id, item.url)} ${text(item.title, limits.title)} (${item.status})`;
  const threatIds = [...(links?.linkedFrom.get(id)?.threat ?? [])].sort(compareText);
  if (threatIds.length === 0) return `${line}: linked to no threat`;
  const threats = new Map((input.analysis.expansion?.threats ?? []).map((t) => [t.id, t]));
  const mitigations = new Map<string, Threat['mitigations'][number]>();
  for (const threatId of threatIds)
    for (const m of threats.get(threatId)?.mitigations ?? [])
      if (!mitigations.has(m.id)) mitigations.set(m.id, m);
  const tally = new Map<string, number>();
  for (const m of mitigations.values()) tally.set(m.status, (tally.get(m.status) ?? 0) + 1);
  const counts = [...tally].map(([status, n]) => `${n} ${status}`).join(', ');
  const shown = [...mitigations.values()]
    .slice(0, 6)
    .map((m) => mitigationState(m, mitigationItems(input, m.id)));
  return `${line}: the mitigations of its ${countOf(threatIds.length, 'threat')}: ${counts || 'none'}${
    shown.length > 0 ? `\n  - ${shown.join(' · ')}` : ''
  }`;
}

function mitigationItems(input: SectionInput, mitigation: string): BacklogItem[] {
  const links = input.analysis.links;
  const ids = [...(links?.itemsFor.mitigation.get(mitigation) ?? [])];
  return ids.flatMap((id) => links?.items.get(id) ?? []);
}
