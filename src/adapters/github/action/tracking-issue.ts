import type { BacklogItem, BacklogProvider } from '../../../core/backlog/backlog-item.js';
import { describeGitHubFailure } from '../github-failure.js';
import { readCountsRecord } from './audit-trend.js';
import { createOnce, withoutBlindRetry } from './create-once.js';
import { hiddenMarker } from './hidden-marker.js';
import type { RepositoryContext } from './repository-context.js';
import { sameAuthor } from './token-identity.js';

const trackingLabel = 'threat-align';

/** How every audit report's body begins: its hidden marker, `<!-- threat-align:audit:MODEL -->`. */
const auditReportStart = '<!-- threat-align:audit:';

/**
 * The backlog without the audits' tracking issues. A report names every mitigation and event it
 * finds missing; read as a backlog item it would carry them all, and the next run would find
 * nothing missing. Only labelled issues count (labelling needs triage rights), so nobody hides an
 * item by pasting the marker.
 */
export function withoutTrackingIssues(provider: BacklogProvider): BacklogProvider {
  return {
    ...provider,
    async *pages() {
      for await (const page of provider.pages()) yield page.filter((item) => !isTrackingIssue(item));
    },
  };
}

function isTrackingIssue(item: BacklogItem): boolean {
  return (
    item.body.startsWith(auditReportStart) &&
    item.labels.some((label) => label.trim().toLowerCase() === trackingLabel)
  );
}

/** The previous audit's issue, if any: its number and body. */
export interface TrackingIssue {
  number: number;
  body: string;
}

/**
 * The one open tracking issue: labelled `threat-align`, its body carrying the hidden marker, and
 * written by the token's identity. Requests: ⌈labelled issues/100⌉, the identity only when a marked one exists.
 */
export async function findTrackingIssue(
  context: RepositoryContext,
  marker: string,
  identity: () => Promise<string>,
): Promise<TrackingIssue | undefined> {
  const { octokit } = context.client;
  const hidden = hiddenMarker(marker);
  try {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: context.owner,
      repo: context.repo,
      labels: trackingLabel,
      state: 'open',
      per_page: 100,
    });
    const marked = issues.filter((i) => i.pull_request === undefined && (i.body ?? '').includes(hidden));
    if (marked.length === 0) return undefined;
    const me = await identity();
    const own = marked.find((i) => sameAuthor(i.user?.login, me));
    return own === undefined ? undefined : { number: own.number, body: own.body ?? '' };
  } catch (error) {
    throw describeGitHubFailure(error, task(context, 'read the threat-align tracking issue', 'issues: read'));
  }
}

/**
 * Updates the issue in place, or creates it (labelled) when there is none: one request. A create
 * that fails as if it might have landed is looked for with `findAgain` before it is tried again.
 */
export async function writeTrackingIssue(
  context: RepositoryContext,
  existing: TrackingIssue | undefined,
  content: { title: string; body: string },
  findAgain: () => Promise<TrackingIssue | undefined>,
): Promise<{ number: number; created: boolean }> {
  const { octokit } = context.client;
  const repo = { owner: context.owner, repo: context.repo };
  try {
    if (existing !== undefined) {
      await octokit.rest.issues.update({ ...repo, issue_number: existing.number, ...content });
      return { number: existing.number, created: false };
    }
    return await createOnce(
      async () => {
        const { data } = await octokit.rest.issues.create({
          ...repo,
          ...content,
          labels: [trackingLabel],
          ...withoutBlindRetry,
        });
        return { number: data.number, created: true };
      },
      async () => {
        const landed = await findAgain();
        return landed === undefined ? undefined : { number: landed.number, created: true };
      },
    );
  } catch (error) {
    throw describeGitHubFailure(
      error,
      task(context, 'write the threat-align tracking issue', 'issues: write'),
    );
  }
}

/** The counts the previous audit recorded, read from its issue. */
export function previousCounts(issue: TrackingIssue | undefined) {
  return issue === undefined ? undefined : readCountsRecord(issue.body);
}

function task(context: RepositoryContext, action: string, permission: string) {
  return { action, repository: context.repository, permission };
}
