// Run only by fake-github-self-test.test.ts, in a child Jest: a test written the usual way
// (afterEach → expectNoViolations) that sends a query GitHub's schema rejects must fail.
import { createGitHubClient } from '../../../../src/adapters/github/github-client.js';
import { recordingLogger, startFakeGitHub, type FakeGitHub } from '../index.js';

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.state.addToken('ghp_selftest');
});

afterEach(async () => {
  try {
    fake.expectNoViolations();
  } finally {
    await fake.close();
  }
});

test('sends a query with a misspelt field and ignores the error', async () => {
  const client = createGitHubClient({
    token: 'ghp_selftest',
    endpoints: { apiUrl: fake.apiUrl, graphqlUrl: fake.graphqlUrl },
    logger: recordingLogger(),
  });
  await client.graphql('query { viewer { logn } }').catch(() => undefined);
});

test('sends a valid query', async () => {
  const client = createGitHubClient({
    token: 'ghp_selftest',
    endpoints: { apiUrl: fake.apiUrl, graphqlUrl: fake.graphqlUrl },
    logger: recordingLogger(),
  });
  await client.graphql('query { viewer { login } }');
});
