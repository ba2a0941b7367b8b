import {
  createCheckRun,
  getCheckRun,
  listAnnotations,
  listCheckRunsForRef,
  updateCheckRun,
} from './rest-checks.js';
import { getContent } from './rest-contents.js';
import { getAuthenticatedApp, getAuthenticatedUser } from './rest-identity.js';
import {
  createComment,
  createIssue,
  createLabel,
  getIssue,
  listComments,
  listIssues,
  listLabels,
  updateComment,
  updateIssue,
} from './rest-issues.js';
import { getPull, listPullFiles } from './rest-pulls.js';
import { searchIssues } from './rest-search.js';
import type { RestAnswer, RestContext } from './rest-support.js';
import type { Access, Permission } from './state.js';

export interface RestRoute {
  handler: (ctx: RestContext) => RestAnswer;
  /** Any one of these lets an installation token through (GitHub's `x-accepted-github-permissions`). */
  needs?: [Permission, Access][];
  resource?: 'core' | 'search';
}

/** The operations the fake implements, by the description's operationId. */
export const restRoutes: Record<string, RestRoute> = {
  'users/get-authenticated': { handler: getAuthenticatedUser },
  'apps/get-authenticated': { handler: getAuthenticatedApp },
  'issues/list-for-repo': { handler: listIssues, needs: [['issues', 'read']] },
  'issues/get': { handler: getIssue, needs: [['issues', 'read']] },
  'issues/create': { handler: createIssue, needs: [['issues', 'write']] },
  'issues/update': { handler: updateIssue, needs: [['issues', 'write']] },
  'issues/list-comments': {
    handler: listComments,
    needs: [
      ['issues', 'read'],
      ['pull_requests', 'read'],
    ],
  },
  'issues/create-comment': {
    handler: createComment,
    needs: [
      ['issues', 'write'],
      ['pull_requests', 'write'],
    ],
  },
  'issues/update-comment': {
    handler: updateComment,
    needs: [
      ['issues', 'write'],
      ['pull_requests', 'write'],
    ],
  },
  'issues/list-labels-for-repo': {
    handler: listLabels,
    needs: [
      ['issues', 'read'],
      ['pull_requests', 'read'],
    ],
  },
  'issues/create-label': {
    handler: createLabel,
    needs: [
      ['issues', 'write'],
      ['pull_requests', 'write'],
    ],
  },
  'checks/create': { handler: createCheckRun, needs: [['checks', 'write']] },
  'checks/update': { handler: updateCheckRun, needs: [['checks', 'write']] },
  'checks/get': { handler: getCheckRun, needs: [['checks', 'read']] },
  'checks/list-for-ref': { handler: listCheckRunsForRef, needs: [['checks', 'read']] },
  'checks/list-annotations': { handler: listAnnotations, needs: [['checks', 'read']] },
  'repos/get-content': { handler: getContent, needs: [['contents', 'read']] },
  'pulls/get': { handler: getPull, needs: [['pull_requests', 'read']] },
  'pulls/list-files': { handler: listPullFiles, needs: [['pull_requests', 'read']] },
  'search/issues-and-pull-requests': {
    handler: searchIssues,
    needs: [['metadata', 'read']],
    resource: 'search',
  },
};
