import { afterEach, beforeAll, jest } from '@jest/globals';
import { githubSchema } from '../../fakes/github/graphql-schema.js';
import { OpenApiDescription } from '../../fakes/github/openapi-description.js';
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions,
} from '../../../src/adapters/github/github-client.js';
import {
  recordingLogger,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
  type RecordingLogger,
} from '../../fakes/github/index.js';

/** A token shaped like a real one, so a leak would be easy to spot in any output. */
export const TOKEN = 'ghp_FAKE0123456789abcdefTOKENzz';

export interface Harness {
  fake: FakeGitHub;
  client: GitHubClient;
  logger: RecordingLogger;
}

/**
 * A fake GitHub with one personal token, and a client pointed at it whose waits are shrunk:
 * one second GitHub asks for lasts `secondMs` (default 5 ms), writes are not paced.
 */
export async function startHarness(
  options: FakeGitHubOptions = {},
  client: Partial<GitHubClientOptions> = {},
): Promise<Harness> {
  const fake = await startFakeGitHub(options);
  fake.state.addToken(TOKEN);
  const logger = recordingLogger();
  return {
    fake,
    logger,
    client: createGitHubClient({
      token: TOKEN,
      endpoints: { apiUrl: fake.apiUrl, graphqlUrl: fake.graphqlUrl },
      logger,
      secondMs: 5,
      writeIntervalMs: 0,
      // Generous: on a loaded machine the fake's first answer (loading GitHub's descriptions) is slow.
      timeoutMs: 15_000,
      ...client,
    }),
  };
}

/**
 * A `start` for one test file: each harness it starts is checked for violations and closed after
 * its test, whatever the test did.
 */
export function useHarnesses(): (
  options?: FakeGitHubOptions,
  client?: Partial<GitHubClientOptions>,
) => Promise<Harness> {
  const harnesses: Harness[] = [];
  // On a busy machine the heavy part of a fake — parsing GitHub's REST description (13 MB) and
  // GraphQL schema — takes longer than jest's default 5 s: it happens here, once per file, with
  // its own timeout; a test's own start is then only a listening socket, and each test has 30 s
  // (a file that needs more calls jest.setTimeout after this).
  jest.setTimeout(30_000);
  beforeAll(() => {
    OpenApiDescription.load('api.github.com');
    githubSchema();
  }, 120_000);
  afterEach(async () => {
    const open = harnesses.splice(0);
    try {
      for (const { fake } of open) fake.expectNoViolations();
    } finally {
      await Promise.all(open.map(({ fake }) => fake.close()));
    }
  });
  return async (options, client) => {
    const harness = await startHarness(options, client);
    harnesses.push(harness);
    return harness;
  };
}
