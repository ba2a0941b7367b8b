import type { BacklogItem } from '../src/core/backlog/backlog-item.js';
import type { FakeGitHubState, FakeRepository } from '../__tests__/fakes/github/index.js';

/** Generated backlog items as issues of a fake GitHub repository, in order (#1, #2, …). */
export function seedIssues(
  state: FakeGitHubState,
  repository: FakeRepository,
  items: readonly BacklogItem[],
): void {
  for (const item of items) {
    state.addIssue(repository, {
      title: item.title,
      body: item.body,
      state: item.status === 'open' ? 'open' : 'closed',
      stateReason: item.status === 'wont-do' ? 'not_planned' : item.status === 'done' ? 'completed' : null,
      labels: item.labels,
      ...(item.milestone === undefined ? {} : { milestone: item.milestone }),
    });
  }
}
