/**
 * The one GraphQL query that reads a repository's issues, 100 a page, open and closed (pull requests
 * are not issues in GraphQL), with their first 100 labels. Cost: 1 issues request + 100 labels
 * requests = 101, which GitHub rounds to 1 point a page.
 *
 * `full` also asks for sub-issue parents and tells duplicates apart; `basic` leaves out what an
 * older GitHub Enterprise Server schema may lack (`Issue.parent`, `stateReason(enableDuplicate:)`).
 *
 * With `iterations`, each issue's first 10 Projects (v2) items come along with the value of the
 * iteration field named `$iterationField`: still one request a page, no query per project.
 */
export function issuesQuery(variant: 'full' | 'basic', iterations = false): string {
  const full = variant === 'full';
  const projectItems = iterations
    ? `
        projectItems(first: 10, includeArchived: false) {
          nodes {
            project { number url }
            fieldValueByName(name: $iterationField) {
              __typename
              ... on ProjectV2ItemFieldIterationValue { title startDate duration }
            }
          }
        }`
    : '';
  return `query ThreatAlignIssues($owner: String!, $name: String!, $cursor: String${iterations ? ', $iterationField: String!' : ''}) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    issues(first: 100, after: $cursor, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        number
        title
        body
        url
        state
        stateReason${full ? '(enableDuplicate: true)' : ''}
        milestone { title }
        labels(first: 100) { totalCount nodes { name } }${full ? '\n        parent { number repository { nameWithOwner } }' : ''}${projectItems}
      }
    }
  }
}`;
}

/** The page as the query returns it; every member is checked before use (a proxy may truncate it). */
export interface IssuesPage {
  rateLimit?: { cost: number; remaining: number; resetAt: string } | null;
  repository: {
    issues: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: IssueNode[];
    };
  } | null;
}

export interface IssueNode {
  number: number;
  title: string;
  body: string | null;
  url: string;
  state: 'OPEN' | 'CLOSED';
  stateReason: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED' | null;
  milestone: { title: string } | null;
  labels: { totalCount: number; nodes: { name: string }[] } | null;
  parent?: { number: number; repository: { nameWithOwner: string } } | null;
  projectItems?: {
    nodes: ({
      project: { number: number; url: string };
      fieldValueByName:
        | {
            __typename: 'ProjectV2ItemFieldIterationValue';
            title: string;
            startDate: string;
            duration: number;
          }
        | { __typename: string }
        | null;
    } | null)[];
  } | null;
}

/** Whether a response has the shape of a page; a truncated or garbled answer does not. */
export function isIssuesPage(data: unknown): data is IssuesPage {
  if (typeof data !== 'object' || data === null || !('repository' in data)) return false;
  const repository: unknown = data.repository;
  if (repository === null) return true;
  if (typeof repository !== 'object' || !('issues' in repository)) return false;
  const issues: unknown = repository.issues;
  return (
    typeof issues === 'object' &&
    issues !== null &&
    'nodes' in issues &&
    Array.isArray(issues.nodes) &&
    'pageInfo' in issues &&
    typeof issues.pageInfo === 'object' &&
    issues.pageInfo !== null
  );
}
