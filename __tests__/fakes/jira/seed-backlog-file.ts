import type { FakeJira } from './server.js';
import { descriptionFor, type FakeJiraIssue } from './issues.js';

interface FileItem {
  id: string;
  title: string;
  body?: string;
  state: 'open' | 'closed';
  stateReason?: 'completed' | 'not-planned' | 'duplicate';
  labels?: string[];
  milestone?: string;
  type?: string;
  links?: { type: string; target: string }[];
}

/** `#12` → `PROJECT-12` wherever a backlog file or a model writes a reference. */
export function toJiraRefs(text: string, project: string): string {
  return text.replace(/(^|[^A-Za-z0-9/&])#(\d+)\b/g, `$1${project}-$2`);
}

const issueTypes: Record<string, string> = {
  story: 'Story',
  task: 'Task',
  bug: 'Bug',
  epic: 'Epic',
  feature: 'New Feature',
  issue: 'Improvement',
};

/**
 * A backlog file's items as the Jira issues a team would have (docs/jira.md, "Field mapping"):
 * `#N` is `PROJECT-N`; open is To Do (status category new), closed as completed is Done/Done,
 * closed as not planned is Done/Won't Do and as a duplicate Done/Duplicate; the milestone is a
 * sprint of that name (the lowest-numbered active, the others future); the type is the issue type;
 * the body the description (ADF on Cloud, wiki text on Data Center); `parent` the parent field,
 * `blocks`/`blocked-by` the Blocks link and `related` the Relates link (`child` is the other side
 * of a parent and is not stored twice).
 */
export function seedBacklogFile(
  fake: FakeJira,
  items: readonly FileItem[],
  project: string,
  deployment: 'cloud' | 'data-center',
): void {
  const milestones = [
    ...new Set(items.flatMap((i) => (i.milestone === undefined ? [] : [i.milestone]))),
  ].sort();
  const sprintIds = new Map<string, number>();
  milestones.forEach((name, index) => {
    fake.sprints.set(index + 1, { id: index + 1, name, state: index === 0 ? 'active' : 'future' });
    sprintIds.set(name, index + 1);
  });
  for (const item of items) {
    const number = Number(item.id.replace(/^#/, ''));
    const closed = item.state === 'closed';
    const parent = item.links?.find((l) => l.type === 'parent')?.target;
    fake.addIssue(project, {
      key: `${project}-${number}`,
      summary: toJiraRefs(item.title, project),
      description: descriptionFor(toJiraRefs(item.body ?? '', project), deployment),
      status: closed ? 'Done' : 'To Do',
      statusCategory: closed ? 'done' : 'new',
      ...(closed
        ? {
            resolution:
              item.stateReason === 'not-planned'
                ? "Won't Do"
                : item.stateReason === 'duplicate'
                  ? 'Duplicate'
                  : 'Done',
          }
        : {}),
      labels: item.labels ?? [],
      issueType: issueTypes[item.type ?? 'issue'] ?? 'Task',
      sprints: item.milestone === undefined ? [] : [sprintIds.get(item.milestone) ?? 0],
      links: (item.links ?? []).flatMap((link): FakeJiraIssue['links'] => {
        const key = toJiraRefs(link.target, project);
        if (link.type === 'blocks') return [{ type: 'Blocks' as const, direction: 'outward' as const, key }];
        if (link.type === 'blocked-by')
          return [{ type: 'Blocks' as const, direction: 'inward' as const, key }];
        if (link.type === 'related')
          return [{ type: 'Relates' as const, direction: 'outward' as const, key }];
        return [];
      }),
      ...(parent === undefined ? {} : { parent: toJiraRefs(parent, project) }),
    });
  }
}
