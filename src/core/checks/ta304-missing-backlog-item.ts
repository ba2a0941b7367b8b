import type { BacklogItem } from '../backlog/backlog-item.js';
import type { ModelReference } from '../link/resolve-links.js';
import { describePointer } from '../source/source-index.js';
import { refExample } from './backlog-work.js';
import type { Check, CheckContext, FindingDraft } from './check.js';

export const ta304MissingBacklogItem: Check = {
  id: 'TA304',
  title: 'The model links to a backlog item that does not exist',
  defaultSeverity: 'error',
  why: 'A backlog reference to an item that does not exist makes work look planned that nobody can find: a typo, a deleted item, or an item moved to another tracker.',
  fix: 'Write the reference of an item that exists, or remove it; an item of another repository is written owner/repo#N.',
  run: findMissingBacklogItems,
};

const ownReference = /^(.*)#\d+$/;
const jiraKey = /^([A-Z][A-Z0-9_]+)-\d+$/;

/** What precedes `#` (`ab`, `owner/repo`, ``), or `jira:PROJ` for a Jira issue key; undefined for anything else. */
function namespaceOf(id: string): string | undefined {
  const jira = jiraKey.exec(id)?.[1];
  if (jira !== undefined) return `jira:${jira.toLowerCase()}`;
  return ownReference.exec(id)?.[1]?.toLowerCase();
}

function findMissingBacklogItems(context: CheckContext): FindingDraft[] {
  const alignment = context.alignment;
  if (!alignment) return [];
  const { links } = alignment;
  const ours = backlogNamespaces(alignment.items);
  const example = refExample(context);
  const findings: FindingDraft[] = [];
  for (const reference of links.modelReferences) {
    if (links.items.has(reference.itemId)) continue;
    const namespace = namespaceOf(reference.itemId);
    // References to other repositories or Jira projects, and foreign URLs, are items this backlog cannot know.
    if (namespace === undefined || !ours.has(namespace)) continue;
    const written =
      reference.ref === reference.itemId ? `"${reference.ref}"` : `"${reference.ref}" (${reference.itemId})`;
    findings.push({
      message: `${describePointer(reference.pointer)}: ${written} is not an item of the backlog read from ${alignment.source}`,
      location: context.index.locate(reference.pointer),
      hint: `Write the reference of an item that exists (${example}), or remove this one if the item was deleted; an item of another repository is written owner/repo#N.`,
      subject: `${subjectOwner(reference)}:${reference.ref}`,
    });
  }
  return findings;
}

/**
 * The kinds of reference this backlog answers for, by what precedes `#`: `ab` for Azure Boards
 * items, `owner/repo` for qualified ids, `jira:proj` for the Jira projects its keys name, and ``
 * (plain `#N`) unless the backlog is Azure Boards or Jira.
 */
function backlogNamespaces(items: readonly BacklogItem[]): Set<string> {
  const namespaces = new Set<string>();
  for (const item of items) {
    const namespace = namespaceOf(item.id);
    if (namespace !== undefined) namespaces.add(namespace);
  }
  if (!namespaces.has('ab') && ![...namespaces].some((n) => n.startsWith('jira:'))) namespaces.add('');
  return namespaces;
}

function subjectOwner(reference: ModelReference): string {
  return reference.kind === 'story' ? 'story' : reference.owner;
}
