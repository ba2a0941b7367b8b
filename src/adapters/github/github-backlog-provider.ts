import type { BacklogItem, BacklogProvider, BacklogStatus } from '../../core/backlog/backlog-item.js';
import type { GitHubClient } from './github-client.js';
import { describeGitHubFailure, GitHubFailure, type GitHubTask } from './github-failure.js';
import { isIssuesPage, issuesQuery, type IssueNode, type IssuesPage } from './issues-query.js';
import type { Logger } from './logger.js';

export interface GitHubBacklogOptions {
  client: Pick<GitHubClient, 'graphql'>;
  /** `owner/repo` */
  repository: string;
  logger: Logger;
  /**
   * Plan by a Projects (v2) iteration field instead of milestones: the project (its number, and
   * the login of its owner when it is not the repository's owner) and the field's name.
   */
  iterations?: ProjectIterations;
}

export interface ProjectIterations {
  project: number;
  owner?: string;
  field: string;
}

/**
 * The issues of one repository as backlog items (SPEC §3.4), open and closed, read through one
 * GraphQL query 100 issues a page: ⌈N/100⌉ requests for N issues (one when there are none).
 * Pages are yielded as they arrive.
 */
export function githubBacklogProvider(options: GitHubBacklogOptions): BacklogProvider {
  const { repository } = options;
  const [, owner = '', name = ''] = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository) ?? [];
  if (owner === '') {
    throw new Error(
      `"${repository}" is not a GitHub repository: write it as owner/name, such as northwind/shop.`,
    );
  }
  const task: GitHubTask = {
    // A project belongs to an organisation or a user: the workflow's own token cannot read it.
    action: `read the issues of ${repository}${options.iterations ? ` and their iterations in project ${options.iterations.project} (that needs a token with Projects: read on the project's owner)` : ''}`,
    repository,
    permission: 'issues: read',
  };
  return {
    source: `github:${repository}`,
    aliases: [repository],
    async *pages() {
      const iterationField = options.iterations?.field;
      const variables = (cursor: string | null) => ({
        owner,
        name,
        cursor,
        ...(iterationField === undefined ? {} : { iterationField }),
      });
      let read = await readPage(options, task, variables(null), 'full', 1);
      for (let page = 1; ; page++) {
        const { issues } = read.data.repository;
        const rate = read.data.rateLimit;
        options.logger.debug(
          `GitHub issues of ${repository}, page ${page}: ${issues.nodes.length} of ${issues.totalCount}` +
            (rate == null ? '' : `; rate limit cost ${rate.cost}, remaining ${rate.remaining}`),
        );
        const cursor = issues.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
        // The next page is asked for before this one is turned into items and handed on: GitHub
        // prepares it meanwhile. Still one request at a time, each after the answer before it.
        const next =
          cursor === null ? undefined : readPage(options, task, variables(cursor), read.variant, page + 1);
        // Awaited below; a consumer that stops early must not leave its failure unhandled.
        next?.catch(() => undefined);
        yield issues.nodes.map((node) => toBacklogItem(node, repository, options.logger, options.iterations));
        if (!issues.pageInfo.hasNextPage) return;
        if (next === undefined) {
          throw new GitHubFailure(
            `GitHub said page ${page} of the issues of ${repository} has a next page but gave no cursor to it. Rerun the job.`,
            'MALFORMED',
          );
        }
        read = await next;
      }
    },
  };
}

type ReadPage = {
  variant: 'full' | 'basic';
  data: IssuesPage & { repository: NonNullable<IssuesPage['repository']> };
};

/**
 * One page, with two recoveries: an older schema without sub-issues (the first page falls back to
 * the basic query) and an unreadable answer (asked once more). Anything else becomes a GitHubFailure.
 */
async function readPage(
  options: GitHubBacklogOptions,
  task: GitHubTask,
  variables: { owner: string; name: string; cursor: string | null; iterationField?: string },
  variant: 'full' | 'basic',
  page: number,
): Promise<ReadPage> {
  for (let attempt = 1; ; attempt++) {
    let data: unknown;
    try {
      data = await options.client.graphql(issuesQuery(variant, options.iterations !== undefined), variables);
    } catch (error) {
      if (variant === 'full' && lacksNewerFields(error)) {
        options.logger.debug(
          `This GitHub's schema has no sub-issues or duplicate reason (an older GitHub Enterprise Server?): reading the issues of ${task.repository} without them.`,
        );
        variant = 'basic';
        continue;
      }
      throw describeGitHubFailure(error, task);
    }
    if (!isIssuesPage(data)) {
      if (attempt === 1) {
        options.logger.warning(
          `GitHub's answer for page ${page} of the issues of ${task.repository} was unreadable; asking again.`,
        );
        continue;
      }
      throw new GitHubFailure(
        `GitHub's answer for page ${page} of the issues of ${task.repository} was unreadable twice (cut short or not JSON). Rerun the job.`,
        'MALFORMED',
      );
    }
    if (data.repository === null) {
      throw describeGitHubFailure({ errors: [{ type: 'NOT_FOUND' }], message: 'repository is null' }, task);
    }
    return { variant, data: data as ReadPage['data'] };
  }
}

/** A schema error about a field or argument the query uses, as GitHub words it (`extensions.code`). */
function lacksNewerFields(error: unknown): boolean {
  const errors = (error as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? [];
  return (
    errors.length > 0 &&
    errors.every(
      (e) => e.extensions?.code === 'undefinedField' || e.extensions?.code === 'argumentNotAccepted',
    )
  );
}

function toBacklogItem(
  node: IssueNode,
  repository: string,
  logger: Logger,
  iterations: ProjectIterations | undefined,
): BacklogItem {
  const labels = node.labels?.nodes.map((label) => label.name) ?? [];
  if (node.labels !== null && node.labels.totalCount > labels.length) {
    logger.debug(
      `Issue #${node.number} of ${repository} has ${node.labels.totalCount} labels; threat-align reads the first ${labels.length}.`,
    );
  }
  const item: BacklogItem = {
    id: `#${node.number}`,
    title: node.title,
    body: node.body ?? '',
    status: statusOf(node),
    labels,
    type: 'issue',
    url: node.url,
    links: [],
  };
  if (iterations !== undefined) {
    const iteration = iterationOf(node, iterations, repository);
    if (iteration !== undefined) item.milestone = iteration;
  } else if (node.milestone !== null) item.milestone = node.milestone.title;
  if (node.parent != null) {
    const sameRepository = node.parent.repository.nameWithOwner.toLowerCase() === repository.toLowerCase();
    item.links.push({
      type: 'parent',
      target: sameRepository
        ? `#${node.parent.number}`
        : `${node.parent.repository.nameWithOwner}#${node.parent.number}`,
    });
  }
  return item;
}

/** Closed as not planned or as a duplicate is won't-do; closed otherwise (completed, no reason) is done. */
function statusOf(node: IssueNode): BacklogStatus {
  if (node.state === 'OPEN') return 'open';
  return node.stateReason === 'NOT_PLANNED' || node.stateReason === 'DUPLICATE' ? 'wont-do' : 'done';
}

/**
 * The title of the issue's iteration in the configured project: its item there (by number, and by
 * owner in the project's URL, `…/orgs/OWNER/projects/N` or `…/users/OWNER/projects/N`) and that
 * item's value of the iteration field. An issue outside the project, or with no iteration, has none.
 */
function iterationOf(node: IssueNode, iterations: ProjectIterations, repository: string): string | undefined {
  const owner = (iterations.owner ?? repository.split('/')[0] ?? '').toLowerCase();
  for (const item of node.projectItems?.nodes ?? []) {
    if (item?.project.number !== iterations.project) continue;
    const path = /\/(?:orgs|users)\/([^/]+)\/projects\/\d+/.exec(item.project.url)?.[1]?.toLowerCase();
    if (path !== undefined && path !== owner) continue;
    const value = item.fieldValueByName;
    if (value !== null && 'title' in value) return value.title;
  }
  return undefined;
}
