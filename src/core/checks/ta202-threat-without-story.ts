import type { Threat } from '../expand/expansion.js';
import type { Links } from '../link/resolve-links.js';
import { isWontDo, listIds, threatDecisionHint, withoutKeywordOf } from './alignment-wording.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta202ThreatWithoutStory: Check = {
  id: 'TA202',
  title: 'A TOP or high-severity threat is linked to no story',
  defaultSeverity: 'warning',
  why: 'A TOP or high-severity threat that no user story mentions is planned with no feature: its mitigations slip out of the sprints that build what it endangers.',
  fix: 'Link the user story the threat endangers (a threat:THREATTYPE@element label, the id in its body, or stories: in the model), write such a story with a WITHOUT clause, or mark the threat not-applicable with a reason.',
  run: findThreatsWithoutStory,
};

function findThreatsWithoutStory(context: CheckContext): FindingDraft[] {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const kbTypes = new Map(knowledge.kb.threatTypes.map((t) => [t.id, t]));
  const findings: FindingDraft[] = [];
  for (const threat of knowledge.expansion.threats) {
    if (!isImportant(threat) || threat.status === 'not-applicable') continue;
    const linked = [...(links.itemsFor.threat.get(threat.id) ?? [])];
    const stories = linked.filter((id) => links.stories.has(id));
    const abandoned = stories.filter((id) => isAbandoned(links, id));
    if (stories.length > abandoned.length) continue;
    const others = linked.filter((id) => !links.stories.has(id));
    const phrase = threat.typeId === undefined ? undefined : kbTypes.get(threat.typeId)?.withoutPhrases?.[0];
    findings.push({
      message: `threat ${threat.id} (${threat.title}; ${importance(threat)}) is linked to no user story${explain(others, abandoned)}`,
      location: context.index.locate(threat.pointer),
      hint: linkHint(context, threat, phrase),
      subject: threat.id,
    });
  }
  return findings;
}

/** TOP, or of severity high or critical. */
function isImportant(threat: Threat): boolean {
  return threat.top || threat.severity === 'high' || threat.severity === 'critical';
}

function importance(threat: Threat): string {
  return threat.top ? `TOP, severity ${threat.severity}` : `severity ${threat.severity}`;
}

function isAbandoned(links: Links, itemId: string): boolean {
  const item = links.items.get(itemId);
  return item !== undefined && isWontDo(item);
}

/** What is linked instead of a story, when anything is. */
function explain(others: readonly string[], abandoned: readonly string[]): string {
  const parts: string[] = [];
  if (others.length === 1) parts.push(`${listIds(others)} links to it but is not a story`);
  if (others.length > 1) parts.push(`${listIds(others)} link to it but none of them is a story`);
  if (abandoned.length === 1) parts.push(`its story ${listIds(abandoned)} is closed as won't do`);
  if (abandoned.length > 1) parts.push(`its stories ${listIds(abandoned)} are closed as won't do`);
  return parts.length === 0 ? '' : `: ${parts.join('; ')}`;
}

function linkHint(context: CheckContext, threat: Threat, phrase: string | undefined): string {
  const keyword = withoutKeywordOf(context);
  const example = phrase
    ? `a ${keyword} clause such as "… ${keyword} ${phrase}."`
    : `a ${keyword} clause that says what this threat must not achieve`;
  return (
    `Link the user story this threat endangers: add the label threat:${threat.id} to it, or write ${threat.id} in its body, ` +
    `or list it under stories: in the model: - { backlog: "#123", threats: [${threat.id}] } (with the story's id). ` +
    `If no story covers it yet, write one with ${example}; ` +
    `if the threat does not apply, ${threatDecisionHint(context.model, threat, 'not-applicable')}.`
  );
}
