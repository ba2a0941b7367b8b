/** One sprint of the fake's Jira Software board. */
export interface FakeSprint {
  id: number;
  name: string;
  state: 'active' | 'future' | 'closed';
  startDate?: string;
  endDate?: string;
}

/** An issue as the fake keeps it; rendered per deployment (ADF on Cloud, wiki markup on Data Center). */
export interface FakeJiraIssue {
  id: string;
  key: string;
  summary: string;
  /** Cloud: an ADF document; Data Center: a wiki-markup string; null: no description. */
  description: unknown;
  status: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  resolution?: string;
  labels: string[];
  issueType: string;
  /** Sprint ids, in the order the issue went through them. */
  sprints: number[];
  fixVersions: { name: string; released: boolean }[];
  links: { type: 'Blocks' | 'Duplicate' | 'Relates'; direction: 'inward' | 'outward'; key: string }[];
  parent?: string;
}

export const sprintFieldId = 'customfield_10020';

/** The field list as `GET /rest/api/{2,3}/field` answers it: system fields, and Jira Software's sprint. */
export function fieldList(withSoftware: boolean): unknown[] {
  const system = (id: string, name: string, type: string) => ({
    id,
    key: id,
    name,
    custom: false,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [id],
    schema: { type, system: id },
  });
  const fields: unknown[] = [
    system('summary', 'Summary', 'string'),
    system('description', 'Description', 'string'),
    system('status', 'Status', 'status'),
    system('resolution', 'Resolution', 'resolution'),
    system('labels', 'Labels', 'array'),
    system('issuetype', 'Issue Type', 'issuetype'),
    system('fixVersions', 'Fix versions', 'array'),
    system('issuelinks', 'Linked Issues', 'array'),
    system('parent', 'Parent', 'issuelink'),
    system('subtasks', 'Sub-tasks', 'array'),
    {
      id: 'customfield_10001',
      key: 'customfield_10001',
      name: 'Team',
      custom: true,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: ['cf[10001]', 'Team'],
      schema: {
        type: 'team',
        custom: 'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team',
        customId: 10001,
      },
    },
  ];
  if (withSoftware) {
    fields.push({
      id: sprintFieldId,
      key: sprintFieldId,
      name: 'Sprint',
      custom: true,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: ['cf[10020]', 'Sprint'],
      schema: {
        type: 'array',
        items: 'json',
        custom: 'com.pyxis.greenhopper.jira:gh-sprint',
        customId: 10020,
      },
    });
  }
  return fields;
}

/**
 * The issue as a search answers it, with only the fields asked for (`*all` and `*navigable` give
 * every field). Data Center's older sprint form (a `toString()` of the sprint object) is given when
 * `legacySprints` is set.
 */
export function renderIssue(
  issue: FakeJiraIssue,
  requested: readonly string[],
  context: {
    site: string;
    version: 2 | 3;
    sprints: ReadonlyMap<number, FakeSprint>;
    withSoftware: boolean;
    legacySprints: boolean;
    byKey: ReadonlyMap<string, FakeJiraIssue>;
  },
): Record<string, unknown> {
  const all = requested.includes('*all') || requested.includes('*navigable');
  const want = (name: string): boolean => all || requested.includes(name);
  const ref = (key: string) => {
    const other = context.byKey.get(key);
    return {
      id: other?.id ?? '0',
      key,
      self: `${context.site}/rest/api/${context.version}/issue/${other?.id ?? '0'}`,
      fields: { summary: other?.summary ?? key },
    };
  };
  const fields: Record<string, unknown> = {};
  if (want('summary')) fields.summary = issue.summary;
  if (want('description')) fields.description = issue.description;
  if (want('status'))
    fields.status = {
      name: issue.status,
      statusCategory: {
        key: issue.statusCategory,
        name: { new: 'To Do', indeterminate: 'In Progress', done: 'Done' }[issue.statusCategory],
      },
    };
  if (want('resolution'))
    fields.resolution = issue.resolution === undefined ? null : { name: issue.resolution };
  if (want('labels')) fields.labels = issue.labels;
  if (want('issuetype'))
    fields.issuetype = { name: issue.issueType, subtask: issue.issueType === 'Sub-task' };
  if (want('fixVersions'))
    fields.fixVersions = issue.fixVersions.map((v, i) => ({ id: String(10000 + i), ...v }));
  if (want('issuelinks'))
    fields.issuelinks = issue.links.map((link, i) => ({
      id: String(20000 + i),
      type: {
        name: link.type,
        inward: { Blocks: 'is blocked by', Duplicate: 'is duplicated by', Relates: 'relates to' }[link.type],
        outward: { Blocks: 'blocks', Duplicate: 'duplicates', Relates: 'relates to' }[link.type],
      },
      [link.direction === 'inward' ? 'inwardIssue' : 'outwardIssue']: ref(link.key),
    }));
  if (want('parent') && issue.parent !== undefined) fields.parent = ref(issue.parent);
  if (want('subtasks'))
    fields.subtasks = [...context.byKey.values()]
      .filter((other) => other.parent === issue.key && other.issueType === 'Sub-task')
      .map((other) => ref(other.key));
  if (context.withSoftware && want(sprintFieldId)) {
    const sprints = issue.sprints.flatMap((id) => {
      const sprint = context.sprints.get(id);
      return sprint ? [sprint] : [];
    });
    fields[sprintFieldId] =
      sprints.length === 0
        ? null
        : sprints.map((s) =>
            context.legacySprints
              ? `com.atlassian.greenhopper.service.sprint.Sprint@${s.id.toString(16)}[id=${s.id},rapidViewId=1,state=${s.state.toUpperCase()},name=${s.name},startDate=${s.startDate ?? '<null>'},endDate=${s.endDate ?? '<null>'},completeDate=<null>,sequence=${s.id}]`
              : {
                  id: s.id,
                  name: s.name,
                  state: s.state,
                  boardId: 1,
                  ...(s.startDate ? { startDate: s.startDate } : {}),
                  ...(s.endDate ? { endDate: s.endDate } : {}),
                },
          );
  }
  return {
    id: issue.id,
    key: issue.key,
    self: `${context.site}/rest/api/${context.version}/issue/${issue.id}`,
    fields,
  };
}

/** A plain-text description in the deployment's form: one ADF paragraph per block, or the text itself. */
export function descriptionFor(text: string, deployment: 'cloud' | 'data-center'): unknown {
  if (text === '') return null;
  if (deployment === 'data-center') return text;
  return {
    type: 'doc',
    version: 1,
    content: text.split(/\n{2,}/).map((block) => ({
      type: 'paragraph',
      content: block
        .split('\n')
        .flatMap((line, i) => [
          ...(i > 0 ? [{ type: 'hardBreak' }] : []),
          ...(line === '' ? [] : [{ type: 'text', text: line }]),
        ]),
    })),
  };
}
