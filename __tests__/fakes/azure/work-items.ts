/** A work item as the fake keeps it: its project and the fields and relations the service returns. */
export interface FakeWorkItem {
  id: number;
  project: string;
  fields: Record<string, unknown>;
  relations?: { rel: string; url: string; attributes?: Record<string, unknown> }[];
}

/**
 * The items a WIQL query selects. The fake understands the clauses threat-align writes — team
 * project, area path UNDER, tags CONTAINS, work item type IN — and orders by id; anything else in
 * the WHERE clause is reported as unsupported rather than ignored.
 */
export function selectWorkItems(
  items: readonly FakeWorkItem[],
  project: string,
  query: string,
): { ids: number[]; unsupported: string[] } {
  const where = /\bWHERE\b([\s\S]*?)(?:\bORDER BY\b|$)/i.exec(query)?.[1] ?? '';
  const clauses = where
    .split(/\bAND\b/i)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const unsupported: string[] = [];
  const tests = clauses.map((clause): ((item: FakeWorkItem) => boolean) => {
    const inner = clause.replace(/^\((.*)\)$/s, '$1').trim();
    if (/^\[System\.TeamProject\] = @project$/i.test(inner)) return (item) => item.project === project;
    const under = /^\[System\.AreaPath\] UNDER '((?:[^']|'')*)'$/i.exec(inner);
    if (under) {
      const path = unquote(under[1] ?? '');
      return (item) => {
        const area = field(item, 'System.AreaPath');
        return area === path || area.startsWith(`${path}\\`);
      };
    }
    const tag = /^\[System\.Tags\] CONTAINS '((?:[^']|'')*)'$/i.exec(inner);
    if (tag) {
      const wanted = unquote(tag[1] ?? '').toLowerCase();
      return (item) =>
        field(item, 'System.Tags')
          .split(';')
          .some((t) => t.trim().toLowerCase() === wanted);
    }
    const types = /^\[System\.WorkItemType\] IN \((.*)\)$/is.exec(inner);
    if (types) {
      const names = [...(types[1] ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((m) => unquote(m[1] ?? ''));
      return (item) => names.includes(field(item, 'System.WorkItemType'));
    }
    unsupported.push(clause);
    return () => true;
  });
  const ids = items
    .filter((item) => tests.every((test) => test(item)))
    .map((item) => item.id)
    .sort((a, b) => a - b);
  return { ids, unsupported };
}

function unquote(text: string): string {
  return text.replaceAll("''", "'");
}

function field(item: FakeWorkItem, name: string): string {
  const value = item.fields[name];
  return typeof value === 'string' ? value : '';
}

/** The work item types of the processes the fake stands in for (Agile, Scrum, Basic). */
const workItemTypes = new Set([
  'Task',
  'User Story',
  'Bug',
  'Feature',
  'Epic',
  'Product Backlog Item',
  'Issue',
]);

/**
 * Creates a work item from a JSON Patch document, as `POST …/workitems/$Type` does: `add` operations
 * on `/fields/<reference name>` only, System.Title required, a type the process knows, the area
 * path defaulting to the project. The item gets the next id and is then found by WIQL and the
 * batch read like any other.
 */
export function createWorkItem(
  items: FakeWorkItem[],
  project: string,
  type: string,
  patch: unknown,
): { ok: true; item: FakeWorkItem } | { ok: false; message: string } {
  if (!workItemTypes.has(type)) {
    return { ok: false, message: `VS402323: Work item type ${type} does not exist in project ${project}.` };
  }
  const fields: Record<string, unknown> = {};
  for (const operation of (patch as { op?: string; path?: string; value?: unknown }[] | undefined) ?? []) {
    const name = /^\/fields\/([\w.]+)$/.exec(operation.path ?? '')?.[1];
    if (operation.op !== 'add' || name === undefined) {
      return {
        ok: false,
        message: `The patch operation ${operation.op ?? ''} ${operation.path ?? ''} is not supported.`,
      };
    }
    if (typeof operation.value !== 'string') {
      return { ok: false, message: `The value of ${name} must be a string.` };
    }
    fields[name] = operation.value;
  }
  if (typeof fields['System.Title'] !== 'string' || fields['System.Title'].trim() === '') {
    return {
      ok: false,
      message:
        'TF401320: Rule Error for field Title. Error code: Required, HasValues, LimitedToValues, AllowsOldValue, InvalidEmpty.',
    };
  }
  const item: FakeWorkItem = {
    id: Math.max(0, ...items.map((i) => i.id)) + 1,
    project,
    fields: {
      'System.AreaPath': project,
      'System.IterationPath': project,
      'System.State': type === 'Issue' ? 'To Do' : 'New',
      'System.Reason': 'New',
      ...fields,
      'System.TeamProject': project,
      'System.WorkItemType': type,
    },
  };
  items.push(item);
  return { ok: true, item };
}
