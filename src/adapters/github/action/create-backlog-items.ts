import { createdItemMarker, type ProposedItem } from '../../../core/report/missing-items.js';
import { describeGitHubFailure } from '../github-failure.js';
import { createOnce, withoutBlindRetry } from './create-once.js';
import type { RepositoryContext } from './repository-context.js';

/** An item this run created: its proposal's key and the issue's reference (`#58`). */
export interface CreatedItem {
  key: string;
  ref: string;
}

/**
 * Creates the proposed items as issues, one request each, in order: sequential, so a failure
 * leaves a known prefix created and the write pacing stays GitHub's. Each created item is handed
 * to `created` at once, so the caller can report what exists even when a later one fails (that
 * failure is thrown as a GitHubFailure). The items carry their marker and linking label, so the
 * next run reads them in the backlog and proposes only the rest.
 */
export async function createBacklogItems(
  context: RepositoryContext,
  proposals: readonly ProposedItem[],
  created: (item: CreatedItem) => void,
): Promise<void> {
  for (const proposal of proposals) {
    try {
      // A create that failed after landing must not be sent again: createOnce looks for it first.
      const ref = await createOnce(
        () => createItem(context, proposal),
        () => findItem(context, proposal),
      );
      created({ key: proposal.key, ref });
    } catch (error) {
      throw describeGitHubFailure(error, {
        action: `create the backlog item "${proposal.title}"`,
        repository: context.repository,
        permission: 'issues: write',
      });
    }
  }
}

async function createItem(context: RepositoryContext, proposal: ProposedItem): Promise<string> {
  const { data } = await context.client.octokit.rest.issues.create({
    owner: context.owner,
    repo: context.repo,
    title: proposal.title,
    body: proposal.body,
    labels: proposal.labels,
    ...withoutBlindRetry,
  });
  return `#${data.number}`;
}

/** The item, if a create landed after all: an issue with its linking label and marker (one request). */
async function findItem(context: RepositoryContext, proposal: ProposedItem): Promise<string | undefined> {
  const { data } = await context.client.octokit.rest.issues.listForRepo({
    owner: context.owner,
    repo: context.repo,
    labels: proposal.key,
    state: 'all',
    per_page: 100,
  });
  const marker = createdItemMarker(proposal.key);
  const found = data.find((issue) => issue.pull_request === undefined && (issue.body ?? '').includes(marker));
  return found === undefined ? undefined : `#${found.number}`;
}
