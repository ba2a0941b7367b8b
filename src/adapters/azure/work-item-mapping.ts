import type { WorkItem } from 'azure-devops-node-api/interfaces/WorkItemTrackingInterfaces.js';
import type { BacklogItem, BacklogItemType, BacklogStatus } from '../../core/backlog/backlog-item.js';
import { htmlToText } from './html-to-text.js';

/**
 * State → status by the state's category, for the states of the shipped processes (Agile, Scrum,
 * CMMI, Basic). System.StateCategory is not a field the batch read returns, so a custom state
 * outside this table counts as open: an item is never taken for done without evidence.
 */
const stateStatus: Record<string, BacklogStatus> = {
  // Proposed and In Progress categories
  new: 'open',
  proposed: 'open',
  'to do': 'open',
  approved: 'open',
  committed: 'open',
  active: 'open',
  'in progress': 'open',
  doing: 'open',
  open: 'open',
  design: 'open',
  ready: 'open',
  // Resolved and Completed categories
  resolved: 'done',
  done: 'done',
  closed: 'done',
  completed: 'done',
  // Removed category
  removed: 'wont-do',
  cut: 'wont-do',
};
/** Reasons with which an item is closed without being done. */
const wontDoReasons = new Set([
  'duplicate',
  'obsolete',
  "won't fix",
  'wont fix',
  'rejected',
  'cut',
  'abandoned',
]);

const typeOf: Record<string, BacklogItemType> = {
  'user story': 'story',
  'product backlog item': 'story',
  requirement: 'story',
  task: 'task',
  bug: 'bug',
  feature: 'feature',
  epic: 'epic',
};

const relationTypes: Record<string, string> = {
  'System.LinkTypes.Hierarchy-Reverse': 'parent',
  'System.LinkTypes.Hierarchy-Forward': 'child',
  'System.LinkTypes.Related': 'related',
};

/** One work item of the batch read as a backlog item `AB#N`, with its web URL under the collection. */
export function toBacklogItem(
  workItem: WorkItem,
  collectionUrl: string,
  project: string,
): BacklogItem | undefined {
  const id = workItem.id;
  const fields = (workItem.fields ?? {}) as Record<string, unknown>;
  if (id === undefined) return undefined;
  const item: BacklogItem = {
    id: `AB#${id}`,
    title: text(fields['System.Title']),
    body: htmlToText(text(fields['System.Description'])),
    status: statusOf(text(fields['System.State']), text(fields['System.Reason'])),
    labels: text(fields['System.Tags'])
      .split(';')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    type: typeOf[text(fields['System.WorkItemType']).toLowerCase()] ?? 'issue',
    url: `${collectionUrl.replace(/\/+$/, '')}/${encodeURIComponent(project)}/_workitems/edit/${id}`,
    links: (workItem.relations ?? []).flatMap((relation) => {
      const type = relationTypes[relation.rel ?? ''];
      const target = /\/_apis\/wit\/workItems\/(\d+)$/i.exec(relation.url ?? '')?.[1];
      return type !== undefined && target !== undefined ? [{ type, target: `AB#${target}` }] : [];
    }),
  };
  const iteration = text(fields['System.IterationPath']);
  // The project's root iteration is "not planned in an iteration yet".
  if (iteration !== '' && iteration.includes('\\')) item.milestone = iteration;
  return item;
}

function statusOf(state: string, reason: string): BacklogStatus {
  const status = stateStatus[state.toLowerCase()] ?? 'open';
  return status === 'done' && wontDoReasons.has(reason.toLowerCase()) ? 'wont-do' : status;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
