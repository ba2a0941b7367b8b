/**
 * A strict fake GitHub on 127.0.0.1 (REST and GraphQL, github.com or GHES paths). Every request is
 * checked against GitHub's published descriptions; what GitHub would reject is answered as GitHub
 * answers it and recorded, so a test fails by closing the fake like this:
 *
 *     afterEach(async () => {
 *       try { fake.expectNoViolations(); } finally { await fake.close(); }
 *     });
 *
 * Seed `fake.state` (tokens, repositories, issues…), point a client at `fake.apiUrl` and
 * `fake.graphqlUrl`, queue failures with `fake.faults.enqueue(route, …)`, and count what was sent
 * with `fake.count('graphql')` or `fake.requests`.
 */
export { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type RequestRecord } from './server.js';
export { FakeGitHubState, type IssueSpec } from './state.js';
export type * from './state-model.js';
export type { Fault } from './faults.js';
export type { Violation } from './violations.js';
export { recordingLogger, type RecordingLogger } from './recording-logger.js';
