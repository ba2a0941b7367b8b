import type { SprintPlan, StoryPlan } from '../plan/sprint-plan.js';
import { code, countOf, itemReference, limits, text } from './markdown-entries.js';

/**
 * The sprint plan as a Markdown checklist (SPEC §6), for `threat-align plan` and the audit's
 * tracking issue: per story planned in the milestone, the mitigations its threats need, their items
 * and their state, and what is missing to plan them. Text from outside is neutralised.
 */
export function renderSprintPlan(plan: SprintPlan, heading = '##'): string {
  if (plan.milestone === undefined)
    return `${heading} Sprint plan\n\nNo open backlog item is planned in a milestone or iteration: nothing to plan.\n`;
  const name = text(plan.milestone, limits.title);
  const needs = plan.stories.flatMap((s) => s.mitigations);
  const missing = needs.filter((n) => !n.ready).length;
  const lines = [
    `${heading} Sprint plan: ${name}`,
    '',
    `${countOf(plan.stories.length, 'story', 'stories')} planned · ${countOf(needs.length, 'mitigation')} their threats need · ${missing} not planned with them` +
      (plan.milestones.length > 1
        ? ` · other milestones: ${plan.milestones
            .filter((m) => m !== plan.milestone)
            .map((m) => text(m, limits.title))
            .join(', ')}`
        : ''),
  ];
  if (plan.stories.length === 0) lines.push('', `No story is planned in ${name}.`);
  for (const story of plan.stories) lines.push('', ...storySection(story, heading));
  return `${lines.join('\n')}\n`;
}

function storySection(plan: StoryPlan, heading: string): string[] {
  const { story } = plan;
  const lines = [
    `${heading}# ${itemReference(story.id, story.url)} ${text(story.title, limits.title)} (${story.status})`,
    '',
  ];
  if (plan.unlinked) {
    lines.push(
      `- [ ] Linked to no threat: write the ids of the threats it endangers in ${text(story.id, limits.id)}, or under ${code('stories:')} in the model.`,
    );
    return lines;
  }
  lines.push(`Threats: ${plan.threats.map(code).join(', ')}`, '');
  if (plan.mitigations.length === 0)
    lines.push('- [ ] Its threats have no mitigation: add one under their entries in the model.');
  for (const need of plan.mitigations) {
    const items = need.items
      .slice(0, 6)
      .map(
        ({ item, planned }) =>
          `${itemReference(item.id, item.url)} ${item.status}${item.status === 'open' ? `, ${item.milestone === undefined ? 'no milestone' : `in ${text(item.milestone, limits.title)}`}${planned ? '' : ' ⚠️'}` : ''}`,
      );
    if (need.items.length > 6) items.push(`${need.items.length - 6} more`);
    const backlog = items.length > 0 ? ` — ${items.join(', ')}` : '';
    const todo = need.missing === undefined ? '' : ` → ${text(need.missing)}`;
    lines.push(`- [${need.ready ? 'x' : ' '}] ${code(need.id)} ${need.status}${backlog}${todo}`);
  }
  return lines;
}
