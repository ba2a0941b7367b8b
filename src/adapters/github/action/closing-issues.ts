import { describeGitHubFailure } from '../github-failure.js';
import type { RepositoryContext } from './repository-context.js';

const closingIssuesQuery = `query ClosingIssues($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      closingIssuesReferences(first: 100) {
        nodes { number repository { nameWithOwner } }
      }
    }
  }
}`;

interface ClosingIssuesData {
  repository?: {
    pullRequest?: {
      closingIssuesReferences?: {
        nodes?: ({ number: number; repository: { nameWithOwner: string } } | null)[];
      };
    } | null;
  } | null;
}

/**
 * The backlog ids (`#12`, or `owner/repo#12` for another repository) of the issues the pull request
 * closes, in one GraphQL request (the first 100: more is not a pull request anyone reviews).
 */
export async function readClosingIssues(context: RepositoryContext, number: number): Promise<string[]> {
  let data: ClosingIssuesData;
  try {
    data = (await context.client.graphql(closingIssuesQuery, {
      owner: context.owner,
      name: context.repo,
      number,
    })) as ClosingIssuesData;
  } catch (error) {
    throw describeGitHubFailure(error, {
      action: `read the issues pull request #${number} closes`,
      repository: context.repository,
      permission: 'pull-requests: read',
    });
  }
  const nodes = data.repository?.pullRequest?.closingIssuesReferences?.nodes ?? [];
  return nodes.flatMap((node) => {
    if (node === null) return [];
    const own = node.repository.nameWithOwner.toLowerCase() === context.repository.toLowerCase();
    return [own ? `#${node.number}` : `${node.repository.nameWithOwner}#${node.number}`];
  });
}
