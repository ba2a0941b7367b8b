import type { BacklogItem, BacklogItemType, BacklogStatus } from '../../core/backlog/backlog-item.js';
import { adfToText } from './adf-to-text.js';
import { currentSprint, readSprints } from './jira-sprints.js';
import { wikiToText } from './wiki-to-text.js';

/** An issue of a search answer, with the fields threat-align asks for. */
export interface JiraIssue {
  key?: unknown;
  fields?: {
    summary?: unknown;
    description?: unknown;
    status?: { statusCategory?: { key?: unknown } } | null;
    resolution?: { name?: unknown } | null;
    labels?: unknown;
    issuetype?: { name?: unknown; subtask?: unknown } | null;
    fixVersions?: unknown;
    issuelinks?: unknown;
    parent?: { key?: unknown } | null;
    subtasks?: unknown;
    [sprintField: string]: unknown;
  };
}

/** The fields a search asks for: what becomes of an item, and nothing more. */
export function searchFields(sprintField: string | undefined): string[] {
  const fields = [
    'summary',
    'description',
    'status',
    'resolution',
    'labels',
    'issuetype',
    'fixVersions',
    'issuelinks',
    'parent',
    'subtasks',
  ];
  return sprintField === undefined ? fields : [...fields, sprintField];
}

/** Resolutions that close an issue without doing it (Jira's defaults and common additions). */
const wontDoResolutions = new Set([
  "won't do",
  "won't fix",
  'wont do',
  'wont fix',
  'duplicate',
  'cannot reproduce',
  'declined',
  'rejected',
  'obsolete',
  'incomplete',
  'not a bug',
]);

/**
 * One Jira issue as a backlog item (docs/jira.md has the mapping): the key as id, the summary as
 * title, the description as plain text (ADF on Cloud, wiki markup on Data Center), done or won't do
 * by status category and resolution, the current sprint — or, without one, the first unreleased
 * fixVersion — as milestone, and issue links, parent and sub-tasks as links.
 */
export function toBacklogItem(
  issue: JiraIssue,
  site: string,
  deployment: 'cloud' | 'data-center',
  sprintField: string | undefined,
): BacklogItem | undefined {
  const key = typeof issue.key === 'string' ? issue.key : undefined;
  const fields = issue.fields ?? {};
  if (key === undefined || !/^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/.test(key)) return undefined;
  const description = fields.description;
  const body =
    description == null
      ? ''
      : deployment === 'cloud' || typeof description !== 'string'
        ? adfToText(description)
        : wikiToText(description);
  const item: BacklogItem = {
    id: key,
    title: typeof fields.summary === 'string' ? fields.summary : key,
    body,
    status: statusOf(fields),
    labels: Array.isArray(fields.labels)
      ? fields.labels.filter((l): l is string => typeof l === 'string')
      : [],
    type: typeOf(fields.issuetype),
    url: `${site}/browse/${key}`,
    links: linksOf(fields),
  };
  const sprint = sprintField === undefined ? undefined : currentSprint(readSprints(fields[sprintField]));
  const milestone = sprint?.name ?? versionOf(fields.fixVersions);
  if (milestone !== undefined) item.milestone = milestone;
  return item;
}

function statusOf(fields: NonNullable<JiraIssue['fields']>): BacklogStatus {
  if (fields.status?.statusCategory?.key !== 'done') return 'open';
  const resolution = typeof fields.resolution?.name === 'string' ? fields.resolution.name : '';
  return wontDoResolutions.has(resolution.toLowerCase().replace(/\u2019/g, "'")) ? 'wont-do' : 'done';
}

function typeOf(issuetype: NonNullable<JiraIssue['fields']>['issuetype']): BacklogItemType {
  const name = typeof issuetype?.name === 'string' ? issuetype.name.toLowerCase() : '';
  if (name === 'story' || name === 'user story') return 'story';
  if (name === 'bug' || name === 'defect') return 'bug';
  if (name === 'epic') return 'epic';
  if (name === 'feature' || name === 'new feature') return 'feature';
  if (name === 'task' || name === 'sub-task' || name === 'subtask' || issuetype?.subtask === true)
    return 'task';
  return 'issue';
}

/** The first fixVersion not yet released, or else the first one. */
function versionOf(versions: unknown): string | undefined {
  if (!Array.isArray(versions)) return undefined;
  const named = (versions as { name?: unknown; released?: unknown }[]).filter(
    (v): v is { name: string; released?: unknown } => typeof v.name === 'string' && v.name !== '',
  );
  return (named.find((v) => v.released !== true) ?? named[0])?.name;
}

type Link = BacklogItem['links'][number];

function linksOf(fields: NonNullable<JiraIssue['fields']>): Link[] {
  const links: Link[] = [];
  const keyOf = (value: unknown): string | undefined => {
    const key = (value as { key?: unknown } | null | undefined)?.key;
    return typeof key === 'string' ? key : undefined;
  };
  const parent = keyOf(fields.parent);
  if (parent !== undefined) links.push({ type: 'parent', target: parent });
  for (const subtask of Array.isArray(fields.subtasks) ? fields.subtasks : []) {
    const key = keyOf(subtask);
    if (key !== undefined) links.push({ type: 'child', target: key });
  }
  for (const link of Array.isArray(fields.issuelinks) ? fields.issuelinks : []) {
    const { type, inwardIssue, outwardIssue } = link as {
      type?: { name?: unknown };
      inwardIssue?: unknown;
      outwardIssue?: unknown;
    };
    const name = typeof type?.name === 'string' ? type.name.toLowerCase() : '';
    const outward = keyOf(outwardIssue);
    const inward = keyOf(inwardIssue);
    if (outward !== undefined) {
      links.push({
        type: name === 'blocks' ? 'blocks' : name === 'duplicate' ? 'duplicate-of' : 'related',
        target: outward,
      });
    }
    if (inward !== undefined)
      links.push({ type: name === 'blocks' ? 'blocked-by' : 'related', target: inward });
  }
  return links;
}
