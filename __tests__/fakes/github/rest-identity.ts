import { appJson, authenticatedUserJson } from './rest-representations.js';
import type { RestAnswer, RestContext } from './rest-support.js';
import { errorAnswer } from './rest-support.js';

/** `GET /user`: user tokens only; an installation token (GITHUB_TOKEN) gets GitHub's 403. */
export function getAuthenticatedUser(ctx: RestContext): RestAnswer {
  const { caller } = ctx;
  if (caller.kind !== 'token') return errorAnswer(401, 'Requires authentication', ctx.operation.docUrl);
  if (caller.token.kind !== 'user') {
    return errorAnswer(403, 'Resource not accessible by integration', ctx.operation.docUrl);
  }
  return { status: 200, body: authenticatedUserJson(ctx.urls, caller.token.account) };
}

/** `GET /app`: needs the app's JWT, as GitHub says. */
export function getAuthenticatedApp(ctx: RestContext): RestAnswer {
  const { caller } = ctx;
  if (caller.kind !== 'token' || caller.token.kind !== 'app' || caller.token.app === undefined) {
    return errorAnswer(401, 'A JSON web token could not be decoded', ctx.operation.docUrl);
  }
  return { status: 200, body: appJson(ctx.urls, ctx.state, caller.token.app) };
}
