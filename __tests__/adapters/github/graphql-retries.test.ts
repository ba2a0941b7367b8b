import { graphql } from '@octokit/graphql';
import {
  setbackOf,
  withGraphQLRetries,
  type GraphQLSend,
  type LimitedRequest,
  type RateLimitHandlers,
} from '../../../src/adapters/github/graphql-retries.js';
import { describeGitHubFailure } from '../../../src/adapters/github/github-failure.js';
import { recordingLogger } from '../../fakes/github/index.js';

const url = 'https://ghes.example.com/api/graphql';
/** Now, fixed: epoch second 1,800,000,000. */
const nowMs = 1_800_000_000_000;
const resetIn = (seconds: number): string => String(nowMs / 1000 + seconds);

/** What GitHub answers, or `drop` for a connection that fails without an answer. */
type Answer = { status?: number; headers?: Record<string, string>; body: unknown } | 'drop';

const ok: Answer = { body: { data: { viewer: { login: 'octocat' } } } };
const rateLimited = (seconds: number): Answer => ({
  headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(seconds) },
  body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] },
});
const secondary = (status: 403 | 429, retryAfter?: number): Answer => ({
  status,
  headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
  body: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  },
});
const serverError = (status: number): Answer => ({ status, body: { message: 'Server Error' } });

/**
 * @octokit/graphql over a scripted fetch, so every failure has the exact shape Octokit gives it
 * (RequestError, GraphqlResponseError, a synthetic 500 for a dropped connection), without a network.
 */
function scripted(...answers: Answer[]) {
  const sent: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const fetch = async (input: unknown): Promise<Response> => {
    sent.push(String(input));
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    // Each answer arrives on a later turn of the event loop, as a real one does.
    await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    const answer = answers.shift() ?? ok;
    if (answer === 'drop') throw new TypeError('fetch failed', { cause: new Error('other side closed') });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers },
    });
  };
  const query = graphql.defaults({ baseUrl: url, url, request: { fetch } });
  const send: GraphQLSend = (text, variables) => query<unknown>(text, variables);
  return {
    send,
    sent,
    mostInFlight: () => mostInFlight,
    /** The error the next answer makes, as Octokit throws it. */
    failure: async (): Promise<unknown> => send('query { viewer { login } }', {}).catch((e: unknown) => e),
  };
}

/** Handlers that record what they are asked and agree while `retryCount` is below `retries`. */
function recordingHandlers(retries = 3) {
  const asked: [string, number, LimitedRequest, number][] = [];
  const handlers: RateLimitHandlers = {
    onRateLimit: (retryAfter, request, _octokit, retryCount) => {
      asked.push(['rate-limit', retryAfter, request, retryCount]);
      return retryCount < retries;
    },
    onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
      asked.push(['secondary-rate-limit', retryAfter, request, retryCount]);
      return retryCount < retries;
    },
  };
  return { handlers, asked };
}

function retrying(send: GraphQLSend, handlers: RateLimitHandlers, retries = 3) {
  const logger = recordingLogger();
  return {
    logger,
    graphql: withGraphQLRetries(send, { url, retries, secondMs: 0, handlers, logger, now: () => nowMs }),
  };
}

describe('setbackOf: what an Octokit error stands for', () => {
  it.each<[string, Answer, ReturnType<typeof setbackOf>]>([
    [
      'RATE_LIMITED in a 200 answer: one second past the reset',
      rateLimited(30),
      { kind: 'rate-limit', retryAfter: 31 },
    ],
    [
      '403 with x-ratelimit-remaining: 0',
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(5) },
        body: { message: 'API rate limit exceeded' },
      },
      { kind: 'rate-limit', retryAfter: 6 },
    ],
    ['a reset already past: no wait', rateLimited(-10), { kind: 'rate-limit', retryAfter: 0 }],
    [
      '403 secondary rate limit with retry-after',
      secondary(403, 7),
      { kind: 'secondary-rate-limit', retryAfter: 7 },
    ],
    [
      '429 secondary rate limit without retry-after: a minute',
      secondary(429),
      { kind: 'secondary-rate-limit', retryAfter: 60 },
    ],
    ['502', serverError(502), { kind: 'server-error' }],
    ['500', serverError(500), { kind: 'server-error' }],
    ['a dropped connection', 'drop', { kind: 'server-error' }],
    [
      "GitHub's hiccup while running the query",
      {
        body: { errors: [{ message: 'Something went wrong while executing your query. Please try again.' }] },
      },
      { kind: 'server-error' },
    ],
    ['401', { status: 401, body: { message: 'Bad credentials' } }, undefined],
    [
      '403 without a rate limit',
      { status: 403, body: { message: 'Resource not accessible by integration' } },
      undefined,
    ],
    ['404', { status: 404, body: { message: 'Not Found' } }, undefined],
    [
      'a NOT_FOUND error in a 200 answer',
      { body: { data: null, errors: [{ type: 'NOT_FOUND', message: 'x' }] } },
      undefined,
    ],
  ])('%s', async (_name, answer, setback) => {
    expect(setbackOf(await scripted(answer).failure(), nowMs)).toEqual(setback);
  });

  it('leaves errors Octokit did not make alone', () => {
    expect(setbackOf(new Error('a bug'), nowMs)).toBeUndefined();
    expect(setbackOf('text', nowMs)).toBeUndefined();
    expect(
      setbackOf(Object.assign(new Error('aborted'), { name: 'AbortError', status: 500 }), nowMs),
    ).toBeUndefined();
  });
});

describe('withGraphQLRetries', () => {
  it('waits out a RATE_LIMITED answer at /api/graphql as GitHub asks, then answers', async () => {
    const github = scripted(rateLimited(2));
    const { handlers, asked } = recordingHandlers();
    const { graphql: query } = retrying(github.send, handlers);

    await expect(query('query { viewer { login } }', {})).resolves.toEqual({ viewer: { login: 'octocat' } });

    expect(github.sent).toEqual([url, url]);
    expect(asked).toEqual([['rate-limit', 3, { method: 'POST', url }, 0]]);
  });

  it('asks the handlers about every rate limit, counting them, and stops when they say no', async () => {
    const github = scripted(secondary(403, 1), rateLimited(1), secondary(429, 4));
    const { handlers, asked } = recordingHandlers(2);
    const { graphql: query } = retrying(github.send, handlers);

    const error = await query('query { viewer { login } }', {}).catch((e: unknown) => e);

    expect(github.sent).toHaveLength(3);
    expect(asked.map(([kind, retryAfter, , count]) => [kind, retryAfter, count])).toEqual([
      ['secondary-rate-limit', 1, 0],
      ['rate-limit', 2, 1],
      ['secondary-rate-limit', 4, 2],
    ]);
    expect(error).toMatchObject({ status: 429 });
  });

  it('hands on a rate limit it does not wait out so that the failure names the reset', async () => {
    const github = scripted(rateLimited(3600));
    const { handlers } = recordingHandlers(0);
    const { graphql: query } = retrying(github.send, handlers);

    const error = await query('query { viewer { login } }', {}).catch((e: unknown) => e);

    const task = {
      action: 'read the issues of northwind/shop',
      repository: 'northwind/shop',
      permission: 'issues: read',
    };
    expect(describeGitHubFailure(error, task)).toMatchObject({
      reason: 'RATE_LIMITED',
      message: expect.stringContaining(
        `It resets at ${new Date((nowMs / 1000 + 3600) * 1000).toISOString()}.`,
      ) as unknown,
    });
  });

  it('retries server errors and dropped connections `retries` times, saying so in debug lines', async () => {
    const github = scripted(serverError(502), 'drop', serverError(503));
    const { handlers, asked } = recordingHandlers();
    const { graphql: query, logger } = retrying(github.send, handlers);

    await expect(query('query { viewer { login } }', {})).resolves.toEqual({ viewer: { login: 'octocat' } });

    expect(github.sent).toHaveLength(4);
    expect(asked).toEqual([]);
    expect(logger.lines).toEqual([
      "debug: GitHub's GraphQL answer failed (502 Server Error); retrying in 1 s (retry 1 of 3).",
      "debug: GitHub's GraphQL answer failed (other side closed); retrying in 4 s (retry 2 of 3).",
      "debug: GitHub's GraphQL answer failed (503 Server Error); retrying in 9 s (retry 3 of 3).",
    ]);
  });

  it('gives up after `retries` server errors with the last one', async () => {
    const github = scripted(serverError(500), serverError(502));
    const { handlers } = recordingHandlers();
    const { graphql: query } = retrying(github.send, handlers, 1);

    await expect(query('query { viewer { login } }', {})).rejects.toMatchObject({ status: 502 });
    expect(github.sent).toHaveLength(2);
  });

  it('counts server errors and rate limits apart', async () => {
    const github = scripted(
      secondary(403, 1),
      serverError(502),
      'drop',
      rateLimited(1),
      serverError(500),
      secondary(403, 1),
    );
    const { handlers, asked } = recordingHandlers();
    const { graphql: query } = retrying(github.send, handlers);

    await expect(query('query { viewer { login } }', {})).resolves.toEqual({ viewer: { login: 'octocat' } });
    expect(github.sent).toHaveLength(7);
    expect(asked.map(([, , , count]) => count)).toEqual([0, 1, 2]);
  });

  it.each([401, 404])('does not retry a %i', async (status) => {
    const github = scripted({ status, body: { message: 'No' } });
    const { handlers } = recordingHandlers();
    const { graphql: query } = retrying(github.send, handlers);

    await expect(query('query { viewer { login } }', {})).rejects.toMatchObject({ status });
    expect(github.sent).toHaveLength(1);
  });

  it('sends one query at a time, and a failed one does not hold up the next', async () => {
    const github = scripted({ status: 401, body: { message: 'Bad credentials' } });
    const { handlers } = recordingHandlers();
    const { graphql: query } = retrying(github.send, handlers);

    const answers = await Promise.allSettled([
      query('query { viewer { login } }', {}),
      query('query { viewer { login } }', {}),
      query('query { viewer { login } }', {}),
    ]);

    expect(answers.map((a) => a.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(github.sent).toHaveLength(3);
    expect(github.mostInFlight()).toBe(1);
  });
});
