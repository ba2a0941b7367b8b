/** How a backlog item stands: still to do, done, or closed without being done. */
export type BacklogStatus = 'open' | 'done' | 'wont-do';

export type BacklogItemType = 'story' | 'task' | 'bug' | 'feature' | 'epic' | 'issue';

/** One backlog item (SPEC §3.4): a GitHub issue, an Azure Boards work item, or an entry of a backlog file. */
export interface BacklogItem {
  /** `#123`, `owner/repo#123`, `AB#123` or a Jira issue key `PROJ-123`. */
  id: string;
  title: string;
  body: string;
  status: BacklogStatus;
  labels: string[];
  /** The milestone, iteration path, Jira sprint or Projects iteration the item is planned in. */
  milestone?: string;
  type: BacklogItemType;
  url?: string;
  links: { type: string; target: string }[];
}

/**
 * Where backlog items come from. Pages keep memory flat for large backlogs; the GitHub, Azure
 * Boards and file providers implement it.
 */
export interface BacklogProvider {
  /** A name for messages, such as `github:northwind/shop` or `file:backlog.json`. */
  readonly source: string;
  /** Other spellings of this backlog's own references: `owner/repo` for GitHub (`owner/repo#12` is `#12`). */
  readonly aliases?: readonly string[];
  pages(): AsyncIterable<BacklogItem[]>;
}

/** Whether an item is a user story: by type, by a story label, or by the "As a …" form of its title. */
export function isStory(item: BacklogItem): boolean {
  if (item.type === 'story') return true;
  if (item.labels.some((label) => /^(user[ -]?)?story$/i.test(label))) return true;
  return /^\s*as an? /i.test(item.title);
}
