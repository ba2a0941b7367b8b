import { isPlannedBy, currentMilestone, compareMilestones } from '../actions/current-milestone.js';
import type { Analysis } from '../analyse.js';
import type { BacklogItem } from '../backlog/backlog-item.js';
import { compareItems, isSettled, mitigationItems } from '../checks/backlog-work.js';
import type { Threat } from '../expand/expansion.js';
import { compareText } from '../findings/order-findings.js';
import type { MitigationStatus } from '../model/threat-model.js';

/** One mitigation a planned story's threats need, its items, and what is missing to plan it. */
interface MitigationNeed {
  id: string;
  status: MitigationStatus;
  /** The story's threats it protects. */
  threats: string[];
  items: { item: BacklogItem; planned: boolean }[];
  /** Settled (implemented, not needed, risk accepted), or every open item planned by the sprint. */
  ready: boolean;
  /** What to do when it is not ready. */
  missing?: string;
}

export interface StoryPlan {
  story: BacklogItem;
  threats: string[];
  mitigations: MitigationNeed[];
  /** Set when the story is linked to no threat of the model. */
  unlinked: boolean;
}

/** The paper's sprint planning (its Figure 2): per story planned in a milestone, the mitigations its threats need. */
export interface SprintPlan {
  /** The milestone planned; undefined when the backlog plans nothing. */
  milestone?: string;
  /** Every milestone that holds open items, in planning order. */
  milestones: string[];
  stories: StoryPlan[];
}

/**
 * The sprint plan of `milestone` (default: the current one, the first that still holds open items):
 * for every story planned in it, the mitigations of its threats at their elements, their backlog
 * items, and whether each is planned by the sprint. Pure and deterministic.
 */
export function planSprint(analysis: Pick<Analysis, 'expansion' | 'links'>, milestone?: string): SprintPlan {
  const links = analysis.links;
  if (!links) return { milestones: [], stories: [] };
  const items = [...links.items.values()];
  const milestones = [
    ...new Set(items.filter((i) => i.status === 'open' && i.milestone).map((i) => i.milestone ?? '')),
  ].sort(compareMilestones);
  const chosen = milestone ?? currentMilestone(items);
  if (chosen === undefined) return { milestones, stories: [] };
  const threats = new Map((analysis.expansion?.threats ?? []).map((t) => [t.id, t]));
  const stories = items
    .filter((item) => item.milestone === chosen && links.stories.has(item.id))
    .sort(compareItems)
    .map((story) => {
      const linked = [...(links.linkedFrom.get(story.id)?.threat ?? [])]
        .map((id) => threats.get(id))
        .filter((t): t is Threat => t !== undefined)
        .sort((a, b) => compareText(a.id, b.id));
      return {
        story,
        threats: linked.map((t) => t.id),
        mitigations: needs(linked, links, story, chosen),
        unlinked: linked.length === 0,
      };
    });
  return { milestone: chosen, milestones, stories };
}

function needs(
  threats: readonly Threat[],
  links: NonNullable<Analysis['links']>,
  story: BacklogItem,
  milestone: string,
): MitigationNeed[] {
  const byId = new Map<string, MitigationNeed>();
  for (const threat of threats) {
    for (const applied of threat.mitigations) {
      let need = byId.get(applied.id);
      if (!need) {
        const found = mitigationItems(links, applied.id, threat.element).filter((i) => i.id !== story.id);
        const planned = [...found].sort(compareItems).map((item) => ({
          item,
          planned: item.status !== 'open' || isPlannedBy(item.milestone, milestone),
        }));
        need = { id: applied.id, status: applied.status, threats: [], items: planned, ready: false };
        byId.set(applied.id, need);
      }
      need.threats.push(threat.id);
    }
  }
  const list = [...byId.values()].sort((a, b) => compareText(a.id, b.id));
  for (const need of list) {
    const late = need.items.filter((i) => !i.planned).map((i) => i.item.id);
    if (isSettled(need.status)) need.ready = true;
    else if (need.items.length === 0)
      need.missing = `no backlog item carries it: open one, link it (mitigation:${need.id}) and plan it in ${milestone}`;
    else if (late.length > 0) need.missing = `move ${late.join(', ')} to ${milestone}`;
    else need.ready = true;
  }
  return list;
}
