import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { githubBacklogProvider } from '../../../src/adapters/github/github-backlog-provider.js';
import { describeGitHubFailure } from '../../../src/adapters/github/github-failure.js';
import {
  createGitHubClient,
  githubEndpoints,
  graphqlUrlFor,
} from '../../../src/adapters/github/github-client.js';
import { toolVersion } from '../../../src/adapters/version.js';
import { readBacklog } from '../../../src/core/run-pipeline.js';
import { recordingLogger } from '../../fakes/github/index.js';
import { TOKEN, useHarnesses } from './fake-client.js';

const start = useHarnesses();

const repo = { owner: 'northwind', repo: 'shop' };
/** What the client was doing, for the failure messages of the fault tests. */
const readIssues = {
  action: 'read the issues of northwind/shop',
  repository: 'northwind/shop',
  permission: 'issues: read',
};

describe('endpoints from the environment', () => {
  it('defaults to github.com', () => {
    expect(githubEndpoints({})).toEqual({
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
    });
    expect(githubEndpoints({ GITHUB_API_URL: ' ', GITHUB_GRAPHQL_URL: '' })).toEqual(githubEndpoints({}));
  });

  it('derives GraphQL next to the REST API: /api/graphql on GHES, /graphql elsewhere', () => {
    expect(graphqlUrlFor('https://ghes.example.com/api/v3')).toBe('https://ghes.example.com/api/graphql');
    expect(graphqlUrlFor('https://ghes.example.com/api/v3/')).toBe('https://ghes.example.com/api/graphql');
    expect(graphqlUrlFor('https://api.northwind.ghe.com')).toBe('https://api.northwind.ghe.com/graphql');
    expect(githubEndpoints({ GITHUB_API_URL: 'https://ghes.example.com/api/v3/' })).toEqual({
      apiUrl: 'https://ghes.example.com/api/v3',
      graphqlUrl: 'https://ghes.example.com/api/graphql',
    });
  });

  it('takes GITHUB_GRAPHQL_URL as given', () => {
    expect(
      githubEndpoints({
        GITHUB_API_URL: 'https://ghes.example.com/api/v3',
        GITHUB_GRAPHQL_URL: 'https://graphql.example.com/q/',
      }),
    ).toEqual({
      apiUrl: 'https://ghes.example.com/api/v3',
      graphqlUrl: 'https://graphql.example.com/q',
    });
  });
});

describe('the client', () => {
  it('sends the token and a threat-align user agent to REST and GraphQL', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');

    await h.client.octokit.rest.issues.listForRepo(repo);
    await h.client.graphql('query { viewer { login } }');

    expect(h.fake.requests.map((r) => [r.route, r.login, r.userAgent?.split(' ')[0]])).toEqual([
      ['GET /repos/{owner}/{repo}/issues', 'octocat', `threat-align/${toolVersion}`],
      ['graphql', 'octocat', `threat-align/${toolVersion}`],
    ]);
  });

  it('keeps an explicit GraphQL URL even when the REST URL ends in /api/v3', async () => {
    const h = await start({ flavor: 'ghes', graphqlPath: '/custom/graphql' });
    const client = createGitHubClient({
      token: TOKEN,
      endpoints: { apiUrl: h.fake.apiUrl, graphqlUrl: h.fake.graphqlUrl },
      logger: h.logger,
    });

    await expect(client.graphql('query { viewer { login } }')).resolves.toEqual({
      viewer: { login: 'octocat' },
    });
    expect(h.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /custom/graphql']);
  });

  it('retries a REST server error', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue(
      'GET /repos/{owner}/{repo}/issues',
      { type: 'status', status: 500 },
      { type: 'status', status: 503 },
    );

    const { status } = await h.client.octokit.rest.issues.listForRepo(repo);

    expect(status).toBe(200);
    expect(h.fake.requests.map((r) => r.status)).toEqual([500, 503, 200]);
  });

  it('honours retry-after on a REST secondary rate limit (403 and 429)', async () => {
    const h = await start({}, { secondMs: 30 });
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue(
      'POST /repos/{owner}/{repo}/labels',
      { type: 'secondary-rate-limit', retryAfter: 2 },
      { type: 'secondary-rate-limit', retryAfter: 1, status: 429 },
    );

    const started = performance.now();
    const { status } = await h.client.octokit.rest.issues.createLabel({ ...repo, name: 'threat' });

    expect(status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 30 - 5);
    expect(h.fake.requests.map((r) => r.status)).toEqual([403, 429, 201]);
    expect(h.logger.lines.filter((l) => l.startsWith('warning:'))).toHaveLength(2);
  });

  it.each([
    ['seconds', 2],
    ['an HTTP date', 'http-date'],
  ] as const)(
    'waits out any other 429 for its retry-after (%s) on REST, then sends the request again',
    async (_form, retryAfter) => {
      const h = await start({}, { secondMs: 20 });
      h.fake.state.addRepository('northwind/shop');
      const value = retryAfter === 'http-date' ? new Date(Date.now() + 2_000).toUTCString() : retryAfter;
      h.fake.faults.enqueue('POST /repos/{owner}/{repo}/labels', {
        type: 'too-many-requests',
        retryAfter: value,
      });

      const { status } = await h.client.octokit.rest.issues.createLabel({ ...repo, name: 'threat' });

      expect(status).toBe(201);
      expect(h.fake.requests.map((r) => r.status)).toEqual([429, 201]);
      expect(h.logger.lines).toEqual([
        expect.stringMatching(
          /^warning: GitHub's secondary rate limit stopped POST \/repos\/northwind\/shop\/labels; retrying in [1-3] s \(retry 1 of 3\)\.$/,
        ),
      ]);
    },
  );

  it('waits out a 429 with retry-after on GraphQL, then reads the answer', async () => {
    const h = await start({}, { secondMs: 20 });
    h.fake.faults.enqueue('graphql', { type: 'too-many-requests', retryAfter: 1 });

    await expect(h.client.graphql('query { viewer { login } }')).resolves.toEqual({
      viewer: { login: 'octocat' },
    });
    expect(h.fake.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(h.logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      expect.stringMatching(
        /secondary rate limit stopped POST \S+\/graphql; retrying in 1 s \(retry 1 of 3\)\.$/,
      ),
    ]);
  });

  it.each(['rest', 'graphql'] as const)(
    'does not sit out a 429 (%s) whose retry-after is longer than it waits, and says so',
    async (api) => {
      const h = await start({}, { secondMs: 20 });
      h.fake.state.addRepository('northwind/shop');
      h.fake.faults.enqueue(api === 'rest' ? 'GET /repos/{owner}/{repo}/issues' : 'graphql', {
        type: 'too-many-requests',
        retryAfter: 900,
      });

      const failure = await (
        api === 'rest'
          ? h.client.octokit.rest.issues.listForRepo(repo)
          : h.client.graphql('query { viewer { login } }')
      ).then(
        () => undefined,
        (error: unknown) => describeGitHubFailure(error, readIssues),
      );

      expect(h.fake.requests.map((r) => r.status)).toEqual([429]);
      expect(h.logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([
        expect.stringMatching(/; GitHub asks to wait 900 s, longer than threat-align waits \(300 s\)\.$/),
      ]);
      expect(failure?.message).toBe(
        "GitHub's rate limit stopped threat-align while it tried to read the issues of northwind/shop (429 Too Many Requests): GitHub asked to wait 900 s, longer than threat-align waits (300 s). Rerun the job later, or run it less often.",
      );
    },
  );

  it('gives up on a 429 after three retries, saying it waited and retried', async () => {
    const h = await start({}, { secondMs: 1 });
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue(
      'GET /repos/{owner}/{repo}/issues',
      ...Array.from({ length: 4 }, () => ({ type: 'too-many-requests' as const, retryAfter: 1 })),
    );

    const error = await h.client.octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e);

    expect(h.fake.requests.map((r) => r.status)).toEqual([429, 429, 429, 429]);
    expect(describeGitHubFailure(error, readIssues).message).toBe(
      "GitHub's rate limit stopped threat-align while it tried to read the issues of northwind/shop (429 Too Many Requests), even after waiting and retrying. Rerun the job later, or run it less often.",
    );
    expect(h.logger.lines.at(-1)).toMatch(/; giving up after 3 retries\.$/);
  });

  it('gives up after three retries of a secondary rate limit', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue(
      'POST /repos/{owner}/{repo}/labels',
      ...Array.from({ length: 4 }, () => ({ type: 'secondary-rate-limit' as const, retryAfter: 1 })),
    );

    await expect(h.client.octokit.rest.issues.createLabel({ ...repo, name: 'threat' })).rejects.toMatchObject(
      { status: 403 },
    );
    expect(h.fake.count('rest')).toBe(4);
    expect(h.logger.lines.at(-1)).toMatch(
      /secondary rate limit stopped POST .*; giving up after 3 retries\.$/,
    );
  });

  it('does not sit out a primary rate limit that resets later than it waits', async () => {
    const h = await start({}, { maxRateLimitWaitSeconds: 60 });
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue('GET /repos/{owner}/{repo}/issues', {
      type: 'primary-rate-limit',
      resetInSeconds: 600,
    });

    await expect(h.client.octokit.rest.issues.listForRepo(repo)).rejects.toMatchObject({ status: 403 });
    expect(h.fake.count('rest')).toBe(1);
    expect(h.logger.lines).toEqual([
      expect.stringMatching(
        /^warning: The token's rate limit is used up \(GET .*\); it resets in 60\d s, longer than threat-align waits \(60 s\)\.$/,
      ),
    ]);
  });

  it('times out a silent attempt and retries it', async () => {
    const h = await start({}, { timeoutMs: 250 });
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue(
      'GET /repos/{owner}/{repo}/issues',
      { type: 'delay', ms: 600 },
      { type: 'disconnect' },
    );

    const { status } = await h.client.octokit.rest.issues.listForRepo(repo);

    expect(status).toBe(200);
    expect(h.fake.requests.map((r) => r.fault ?? r.status)).toEqual(['delay', 'disconnect', 200]);
  });

  it.each([500, 502])('retries a %i once, then reads the answer', async (status) => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue('GET /repos/{owner}/{repo}/issues', { type: 'status', status });

    const { status: answered } = await h.client.octokit.rest.issues.listForRepo(repo);

    expect(answered).toBe(200);
    expect(h.fake.requests.map((r) => r.status)).toEqual([status, 200]);
  });

  it.each([403, 429] as const)(
    'waits for the reset of an exhausted primary rate limit (%i, x-ratelimit-reset), then goes on',
    async (status) => {
      const h = await start({}, { secondMs: 20 });
      h.fake.state.addRepository('northwind/shop');
      h.fake.faults.enqueue('GET /repos/{owner}/{repo}/issues', {
        type: 'primary-rate-limit',
        resetInSeconds: 1,
        status,
      });

      const { status: answered } = await h.client.octokit.rest.issues.listForRepo(repo);

      expect(answered).toBe(200);
      expect(h.fake.requests.map((r) => r.status)).toEqual([status, 200]);
      expect(h.logger.lines).toEqual([
        expect.stringMatching(
          /^warning: The token's rate limit is used up \(GET .*\); retrying in \d s \(retry 1 of 3\)\.$/,
        ),
      ]);
    },
  );

  it('gives up on a server that holds every attempt, after its retries, each attempt bounded', async () => {
    const h = await start({}, { timeoutMs: 100, retries: 1 });
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue(
      'GET /repos/{owner}/{repo}/issues',
      { type: 'delay', ms: 500 },
      { type: 'delay', ms: 500 },
    );

    const error: unknown = await h.client.octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e);

    expect(h.fake.requests.map((r) => r.fault)).toEqual(['delay', 'delay']);
    expect(describeGitHubFailure(error, readIssues).message).toBe(
      'GitHub failed while threat-align tried to read the issues of northwind/shop (GitHub did not answer within 100 ms), even after retrying. ' +
        'Rerun the job; if it keeps failing, check https://www.githubstatus.com.',
    );
  });

  it('times out a server that sends its headers and then holds the body', async () => {
    const sockets = new Set<Socket>();
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.write('[{"number": 1,'); // …and never the rest
    });
    server.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const client = createGitHubClient({
        token: TOKEN,
        endpoints: { apiUrl: origin, graphqlUrl: `${origin}/graphql` },
        logger: recordingLogger(),
        timeoutMs: 200,
        retries: 0,
      });

      const error: unknown = await client.octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e);

      expect(describeGitHubFailure(error, readIssues).message).toContain(
        '(GitHub did not answer within 200 ms)',
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('asks again when a REST answer is cut short, instead of handing on half a JSON text', async () => {
    const h = await start();
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 3);
    h.fake.faults.enqueue('GET /repos/{owner}/{repo}/issues', { type: 'truncate' });

    const { data } = await h.client.octokit.rest.issues.listForRepo(repo);

    expect(data.map((issue) => issue.number)).toEqual([3, 2, 1]);
    expect(h.fake.requests.map((r) => r.fault ?? r.status)).toEqual(['truncate', 200]);
  });

  it('says an answer was cut short when every attempt is, in one line', async () => {
    const h = await start({}, { retries: 1 });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 3);
    h.fake.faults.enqueue('GET /repos/{owner}/{repo}/issues', { type: 'truncate' }, { type: 'truncate' });

    const error: unknown = await h.client.octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e);

    expect(describeGitHubFailure(error, readIssues).message).toMatch(
      /^GitHub failed while threat-align tried to read the issues of northwind\/shop \(GitHub's answer was cut short: \d+ characters that are not whole JSON\), even after retrying\. Rerun the job/,
    );
    expect(describeGitHubFailure(error, readIssues).message).not.toContain('\n');
  });

  it('does not retry a 401, and says the token was rejected', async () => {
    const h = await start({}, { token: 'ghp_REVOKEDtoken0123456789abcdef' });
    h.fake.state.addRepository('northwind/shop');

    const error: unknown = await h.client.octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e);

    expect(h.fake.requests.map((r) => r.status)).toEqual([401]);
    expect(describeGitHubFailure(error, readIssues).message).toMatch(
      /^GitHub rejected the token \(401 Bad credentials\) when threat-align tried to read the issues of northwind\/shop: the token is missing, expired or revoked\. Pass a valid token with `issues: read`/,
    );
  });

  it('spaces REST writes as asked', async () => {
    const h = await start({}, { writeIntervalMs: 150 });
    h.fake.state.addRepository('northwind/shop');

    const started = performance.now();
    for (const name of ['a', 'b', 'c']) await h.client.octokit.rest.issues.createLabel({ ...repo, name });

    expect(performance.now() - started).toBeGreaterThanOrEqual(2 * 150 - 5);
  });

  it('does not space GraphQL reads, even with the default second between writes', async () => {
    const h = await start({}, { writeIntervalMs: undefined });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 250);

    const started = performance.now();
    await readBacklog(
      githubBacklogProvider({ client: h.client, repository: 'northwind/shop', logger: h.logger }),
    );

    // Spaced like writes, three pages would take at least two seconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(h.fake.count('graphql')).toBe(3);
  });
});

describe('failure messages', () => {
  const task = {
    action: 'comment on pull request #1 of northwind/shop',
    repository: 'northwind/shop',
    permission: 'pull-requests: write',
  };

  it('a 403 says which permission GitHub accepts and how to grant it', async () => {
    const h = await start({}, { token: 'ghs_readOnly' });
    h.fake.state.addToken('ghs_readOnly', { kind: 'installation', permissions: { issues: 'read' } });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 1);
    const error: unknown = await h.client.octokit.rest.issues
      .createComment({ ...repo, issue_number: 1, body: 'x' })
      .catch((e: unknown) => e);

    expect(describeGitHubFailure(error, task).message).toBe(
      'The token may not comment on pull request #1 of northwind/shop (403 Resource not accessible by integration; GitHub accepts issues=write; pull_requests=write): ' +
        'give it `pull-requests: write` (in a workflow: `permissions: { pull-requests: write }`; see https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token).',
    );
  });

  it('a 404 asks to check the repository name', async () => {
    const h = await start();
    const error: unknown = await h.client.octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e);
    expect(describeGitHubFailure(error, task)).toMatchObject({
      reason: '404',
      message: expect.stringMatching(
        /^GitHub found no repository northwind\/shop, or the token cannot see it/,
      ) as unknown,
    });
  });

  it('a timeout says so, without the status Octokit makes up for it', async () => {
    const h = await start({}, { timeoutMs: 50, retries: 0 });
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue('GET /repos/{owner}/{repo}/issues', { type: 'delay', ms: 150 });
    const error: unknown = await h.client.octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e);
    expect(describeGitHubFailure(error, task).message).toBe(
      'GitHub failed while threat-align tried to comment on pull request #1 of northwind/shop (GitHub did not answer within 50 ms), even after retrying. ' +
        'Rerun the job; if it keeps failing, check https://www.githubstatus.com.',
    );
  });
});

describe('the token', () => {
  it('never appears in anything the client logs, throws or records', async () => {
    const h = await start({}, { secondMs: 1 });
    const shop = h.fake.state.addRepository('northwind/shop');
    h.fake.state.addIssues(shop, 120);
    const { faults } = h.fake;
    faults.enqueue(
      'graphql',
      { type: 'secondary-rate-limit', retryAfter: 1 },
      { type: 'status', status: 502 },
      { type: 'disconnect' },
    );
    faults.enqueue('graphql', { type: 'primary-rate-limit', resetInSeconds: 1 }, { type: 'truncate' });
    faults.enqueue(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      ...Array.from({ length: 4 }, () => ({ type: 'status' as const, status: 500 })),
    );
    faults.enqueue('GET /repos/{owner}/{repo}/issues', { type: 'status', status: 401 });
    const captured: string[] = [];
    const capture = (e: unknown): void => {
      captured.push(String(e), (e as Error).stack ?? '', JSON.stringify(e));
    };

    await readBacklog(
      githubBacklogProvider({ client: h.client, repository: 'northwind/shop', logger: h.logger }),
    );
    await h.client.octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }).catch(capture);
    await h.client.octokit.rest.issues.listForRepo(repo).catch(capture);
    await h.client.graphql('query { viewer { login } }', { unused: TOKEN.slice(0, 4) }).catch(capture);
    h.fake.clearViolations(); // the unused variable above is a violation on purpose

    const everything = [...h.logger.lines, ...captured, JSON.stringify(h.fake.requests)].join('\n');
    // The rate-limit warnings and the debug lines of the pages (a cut answer is retried unlogged).
    expect(h.logger.lines.length).toBeGreaterThanOrEqual(4);
    expect(captured.length).toBeGreaterThan(0);
    expect(everything).not.toContain(TOKEN);
  });

  it('is blanked if a message ever carries it', async () => {
    const h = await start();
    h.client.octokit.log.warn(`echo ${TOKEN}`);
    expect(h.logger.lines).toEqual(['warning: echo ***']);
  });
});
