import type { BacklogItem } from '../backlog/backlog-item.js';
import type { PullRequestDelta } from '../delta/compute-delta.js';
import { compareText } from '../findings/order-findings.js';
import { entry, heading, note, type Block } from './markdown-blocks.js';
import {
  code,
  countOf,
  findingEntry,
  itemReference,
  limits,
  mitigationState,
  text,
  threatEntry,
} from './markdown-entries.js';
import type { Detail, SectionInput } from './markdown-sections.js';

/** WHAT THIS CHANGE BRINGS: threats added and removed, new and fixed findings, stories closed. */
export function changeBlocks(input: SectionInput, detail: Detail): Block[] {
  const { delta, closingStories } = input;
  if (!delta && closingStories.length === 0) return [];
  const blocks = [heading('### What this change brings')];
  if (delta) {
    if (!delta.hasBase)
      blocks.push(
        note('The base branch has no analysis of this model: every threat and finding counts as new.'),
      );
    blocks.push(note(deltaTally(delta, input.analysis.model !== undefined)));
    if (!delta.threatsCompared)
      blocks.push(note('Threats could not be compared: the model does not load on this branch.'));
    pushList(blocks, `**${countOf(delta.threatsAdded.length, 'threat')} added**`, delta.threatsAdded, (t) =>
      entry(threatEntry(t, { mitigations: detail.hints })),
    );
    pushList(
      blocks,
      `**${countOf(delta.threatsRemoved.length, 'threat')} removed**`,
      delta.threatsRemoved,
      (t) => entry(threatEntry(t, { mitigations: false })),
    );
    pushList(
      blocks,
      `**${countOf(delta.findingsNew.length, 'new finding')}** compared with the base branch`,
      delta.findingsNew,
      (f) => entry(findingEntry(f, input.options, { check: true, hint: detail.hints }), 1),
    );
    pushList(
      blocks,
      `**${countOf(delta.findingsFixed.length, 'finding')} fixed**`,
      delta.findingsFixed,
      (f) => entry(`- ✅ ${text(f.check, limits.id)} ${text(f.message)}`),
    );
  }
  pushList(blocks, '**Stories this pull request closes**', closingStories, (id) =>
    entry(storyEntry(input, id)),
  );
  return blocks;
}

function deltaTally(delta: PullRequestDelta, modelLoaded: boolean): string {
  return [
    delta.threatsCompared
      ? `Threats: ${delta.threatsAdded.length} added, ${delta.threatsRemoved.length} removed`
      : 'Threats: not compared',
    `findings: ${delta.findingsNew.length} new, ${delta.findingsFixed.length} fixed`,
    modelLoaded
      ? `components: ${delta.componentsAdded.length} new, ${delta.componentsChanged.length} changed, ${delta.componentsRemoved.length} removed`
      : 'components: not compared',
  ].join(' · ');
}

function pushList<T>(blocks: Block[], title: string, list: readonly T[], toBlock: (item: T) => Block): void {
  if (list.length === 0) return;
  blocks.push(heading(title), ...list.map(toBlock));
}

/** A closing story: its title, and per linked threat the threat's status and its mitigations' status. */
function storyEntry(input: SectionInput, id: string): string {
  const links = input.analysis.links;
  const item = links?.items.get(id);
  if (!item) return `- ${text(id, limits.id)}: not in the backlog that was read`;
  const line = `- ${itemReference(item.id, item.url)} ${text(item.title, limits.title)} (${item.status})`;
  const threatIds = [...(links?.linkedFrom.get(id)?.threat ?? [])].sort(compareText);
  if (threatIds.length === 0) return `${line}: linked to no threat`;
  const threats = new Map((input.analysis.expansion?.threats ?? []).map((t) => [t.id, t]));
  const lines = threatIds.map((threatId) => {
    const threat = threats.get(threatId);
    if (!threat) return `  - ${code(threatId)}: not in scope`;
    const mitigations = threat.mitigations.map((m) => mitigationState(m, mitigationItems(input, m.id)));
    return `  - ${code(threat.id)} ${text(threat.title, limits.title)} (${threat.status})${
      mitigations.length > 0 ? `: ${mitigations.join(' · ')}` : ': no mitigation'
    }`;
  });
  return [line, ...lines].join('\n');
}

function mitigationItems(input: SectionInput, mitigation: string): BacklogItem[] {
  const links = input.analysis.links;
  const ids = [...(links?.itemsFor.mitigation.get(mitigation) ?? [])];
  return ids.flatMap((id) => links?.items.get(id) ?? []);
}
