/** A Jira Software sprint as the sprint field carries it. */
export interface JiraSprint {
  id?: number;
  name: string;
  state: 'active' | 'future' | 'closed' | 'unknown';
  startDate?: string;
  endDate?: string;
}

/** The custom field type of the Jira Software sprint field, on Cloud and Data Center alike. */
const sprintFieldType = 'com.pyxis.greenhopper.jira:gh-sprint';

/**
 * The sprint field's id (`customfield_10020`) in the answer of `GET /rest/api/{2,3}/field`: the
 * field whose schema's custom type is the Jira Software sprint. Undefined when Jira Software is not
 * installed (plain Jira Work Management): items are then planned by fixVersions only.
 */
export function findSprintField(fields: unknown): string | undefined {
  if (!Array.isArray(fields)) return undefined;
  for (const field of fields as { id?: unknown; schema?: { custom?: unknown } }[]) {
    if (field.schema?.custom === sprintFieldType && typeof field.id === 'string') return field.id;
  }
  return undefined;
}

/**
 * The sprints of one issue: Cloud (and recent Data Center) gives objects; older Data Center gives
 * strings such as `com.atlassian.greenhopper.service.sprint.Sprint@1f[id=3,rapidViewId=1,state=ACTIVE,name=Sprint 3,startDate=…,…]`.
 */
export function readSprints(value: unknown): JiraSprint[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): JiraSprint[] => {
    const fields: Record<string, unknown> | undefined =
      typeof entry === 'string'
        ? legacySprintFields(entry)
        : ((entry as Record<string, unknown> | null) ?? undefined);
    if (fields === undefined) return [];
    const name = fields.name;
    if (typeof name !== 'string' || name === '') return [];
    const state = typeof fields.state === 'string' ? fields.state.toLowerCase() : '';
    const sprint: JiraSprint = {
      name,
      state: state === 'active' || state === 'future' || state === 'closed' ? state : 'unknown',
    };
    const id = Number(fields.id);
    if (Number.isInteger(id)) sprint.id = id;
    const start = dateOf(fields.startDate);
    const end = dateOf(fields.endDate);
    if (start !== undefined) sprint.startDate = start;
    if (end !== undefined) sprint.endDate = end;
    return [sprint];
  });
}

/**
 * The sprint an issue is planned in: the active one, else the next future one (earliest start),
 * else the last closed one (an issue carried over keeps every sprint it was in).
 */
export function currentSprint(sprints: readonly JiraSprint[]): JiraSprint | undefined {
  const active = sprints.find((s) => s.state === 'active');
  if (active) return active;
  const future = sprints
    .filter((s) => s.state === 'future')
    .sort((a, b) => (a.startDate ?? '\uffff').localeCompare(b.startDate ?? '\uffff'))[0];
  if (future) return future;
  return [...sprints].sort((a, b) => (a.endDate ?? '').localeCompare(b.endDate ?? '')).at(-1);
}

function legacySprintFields(text: string): Record<string, string> | undefined {
  const open = text.indexOf('[');
  const close = text.lastIndexOf(']');
  if (open === -1 || close <= open) return undefined;
  const fields: Record<string, string> = {};
  // A name may hold commas: a new field starts only where `,key=` follows.
  for (const pair of text.slice(open + 1, close).split(/,(?=[A-Za-z]+=)/)) {
    const eq = pair.indexOf('=');
    if (eq > 0) fields[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return fields;
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value : undefined;
}
