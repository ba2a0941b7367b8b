import type { PullRequestFacts } from '../../../app/base-model.js';
import { readBaseModel } from './base-model.js';
import { readClosingIssues } from './closing-issues.js';
import { degradeOn403 } from './degrade-on-403.js';
import type { RepositoryContext } from './repository-context.js';

/**
 * What GitHub knows about a pull request, as the application layer asks for it: the base model
 * through the contents API and the issues the pull request closes. A 403 (a token without
 * `contents: read` or `pull-requests: read`) makes the fact unknown, with why; other failures stay.
 */
export function pullRequestFacts(
  github: RepositoryContext,
  pullRequest: { number: number; baseSha: string },
): Required<PullRequestFacts> {
  return {
    async readBaseModel(path) {
      let why = '';
      const read = await degradeOn403(
        async () => ({ bytes: await readBaseModel(github, path, pullRequest.baseSha) }),
        (reason) => {
          why = reason;
        },
      );
      if (read === undefined) return { state: 'unknown', reason: why };
      return read.bytes === undefined ? { state: 'absent' } : { state: 'read', bytes: read.bytes };
    },
    async readClosingStories() {
      let why = '';
      const stories = await degradeOn403(
        () => readClosingIssues(github, pullRequest.number),
        (reason) => {
          why = reason;
        },
      );
      return stories ?? { unknown: why };
    },
  };
}
