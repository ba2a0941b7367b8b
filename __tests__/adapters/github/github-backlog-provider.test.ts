import { githubBacklogProvider } from '../../../src/adapters/github/github-backlog-provider.js';
import { createGitHubClient, githubEndpoints } from '../../../src/adapters/github/github-client.js';
import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { issuesQuery } from '../../../src/adapters/github/issues-query.js';
import { readBacklog } from '../../../src/core/run-pipeline.js';
import { recordingLogger } from '../../fakes/github/index.js';
import { TOKEN, useHarnesses, type Harness } from './fake-client.js';

const start = useHarnesses();

async function read(harness: Harness, repository = 'northwind/shop'): Promise<readonly BacklogItem[]> {
  const provider = githubBacklogProvider({ client: harness.client, repository, logger: harness.logger });
  return (await readBacklog(provider)).items;
}

describe('reading every issue in ⌈N/100⌉ GraphQL requests', () => {
  it.each([0, 1, 100, 101, 250, 1000])('%i issues', async (count) => {
    const h = await start();
    const repository = h.fake.state.addRepository('northwind/shop');
    h.fake.state.addIssues(repository, count);
    h.fake.state.addPullRequest(repository, { title: 'A pull request is not a backlog item' });

    const items = await read(h);

    expect(items).toHaveLength(count);
    expect(items.map((item) => item.id)).toEqual(Array.from({ length: count }, (_, i) => `#${i + 1}`));
    // At least one request: GitHub must be asked even to learn there is nothing.
    expect(h.fake.count('graphql')).toBe(Math.max(1, Math.ceil(count / 100)));
    expect(h.fake.count('rest')).toBe(0);
    expect(h.fake.requests.every((r) => r.operationName === 'ThreatAlignIssues' && r.status === 200)).toBe(
      true,
    );
  });
});

describe('mapping an issue to a backlog item', () => {
  it('maps open, completed, not planned, duplicate, reopened and reason-less closed issues', async () => {
    const h = await start();
    const repository = h.fake.state.addRepository('northwind/shop');
    const { state } = h.fake;
    state.addIssue(repository, { title: 'open' });
    state.addIssue(repository, { title: 'completed', state: 'closed', stateReason: 'completed' });
    state.addIssue(repository, { title: 'not planned', state: 'closed', stateReason: 'not_planned' });
    state.addIssue(repository, { title: 'duplicate', state: 'closed', stateReason: 'duplicate' });
    state.addIssue(repository, { title: 'reopened', state: 'open', stateReason: 'reopened' });
    state.addIssue(repository, { title: 'closed long ago', state: 'closed' }).stateReason = null;

    const items = await read(h);

    expect(items.map((item) => [item.title, item.status])).toEqual([
      ['open', 'open'],
      ['completed', 'done'],
      ['not planned', 'wont-do'],
      ['duplicate', 'wont-do'],
      ['reopened', 'open'],
      ['closed long ago', 'done'],
    ]);
  });

  it('keeps title, body, labels, milestone, URL, parent link, and names the source', async () => {
    const h = await start();
    const { state } = h.fake;
    const repository = state.addRepository('northwind/shop');
    state.addRepository('northwind/platform');
    const epic = state.addIssue(repository, { title: 'Checkout epic', labels: ['epic'] });
    state.addIssue(repository, {
      title: 'As a shopper I pay by card',
      body: 'WITHOUT my card details being stolen.\n\nthreat:CARD-THEFT@checkout',
      labels: ['user story', 'mitigation:M-TLS'],
      milestone: 'Sprint 12',
      parent: epic.number,
    });
    state.addIssue(repository, {
      title: 'Cross-repository child',
      parent: { repository: 'northwind/platform', number: 7 },
    });
    state.addIssues(state.repository('northwind/platform')!, 7);
    state.addIssue(repository, { title: 'No body', body: null });

    const provider = githubBacklogProvider({
      client: h.client,
      repository: 'northwind/shop',
      logger: h.logger,
    });
    const backlog = await readBacklog(provider);

    expect(backlog.source).toBe('github:northwind/shop');
    expect(backlog.aliases).toEqual(['northwind/shop']);
    expect(backlog.items).toEqual([
      {
        id: '#1',
        title: 'Checkout epic',
        body: '',
        status: 'open',
        labels: ['epic'],
        type: 'issue',
        url: 'https://github.com/northwind/shop/issues/1',
        links: [],
      },
      {
        id: '#2',
        title: 'As a shopper I pay by card',
        body: 'WITHOUT my card details being stolen.\n\nthreat:CARD-THEFT@checkout',
        status: 'open',
        labels: ['user story', 'mitigation:M-TLS'],
        milestone: 'Sprint 12',
        type: 'issue',
        url: 'https://github.com/northwind/shop/issues/2',
        links: [{ type: 'parent', target: '#1' }],
      },
      {
        id: '#3',
        title: 'Cross-repository child',
        body: '',
        status: 'open',
        labels: [],
        type: 'issue',
        url: 'https://github.com/northwind/shop/issues/3',
        links: [{ type: 'parent', target: 'northwind/platform#7' }],
      },
      {
        id: '#4',
        title: 'No body',
        body: '',
        status: 'open',
        labels: [],
        type: 'issue',
        url: 'https://github.com/northwind/shop/issues/4',
        links: [],
      },
    ]);
  });

  it('reads the first 100 labels of an issue and says so in a debug line, without more requests', async () => {
    const h = await start();
    const repository = h.fake.state.addRepository('northwind/shop');
    const labels = Array.from({ length: 130 }, (_, i) => `label-${i + 1}`);
    h.fake.state.addIssue(repository, { title: 'Over-labelled', labels });

    const [item] = await read(h);

    expect(item?.labels).toEqual(labels.slice(0, 100));
    expect(h.fake.count('graphql')).toBe(1);
    expect(h.logger.lines).toContain(
      'debug: Issue #1 of northwind/shop has 130 labels; threat-align reads the first 100.',
    );
  });

  it('rejects a repository that is not owner/name', () => {
    const logger = recordingLogger();
    const client = { graphql: () => Promise.resolve({}) };
    for (const repository of ['shop', 'a/b/c', '/shop', 'northwind/']) {
      expect(() => githubBacklogProvider({ client, repository, logger })).toThrow(/write it as owner\/name/);
    }
  });
});

describe('pages', () => {
  it('yields each page as it arrives and logs its rate-limit cost', async () => {
    const h = await start();
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 150);
    const provider = githubBacklogProvider({
      client: h.client,
      repository: 'northwind/shop',
      logger: h.logger,
    });
    const pages = provider.pages()[Symbol.asyncIterator]();

    const first = await pages.next();
    expect(first.value).toHaveLength(100);
    expect(h.fake.count('graphql')).toBe(1);
    const second = await pages.next();
    expect(second.value).toHaveLength(50);
    expect((await pages.next()).done).toBe(true);
    expect(h.logger.lines).toEqual([
      'debug: GitHub issues of northwind/shop, page 1: 100 of 150; rate limit cost 1, remaining 4999',
      'debug: GitHub issues of northwind/shop, page 2: 50 of 150; rate limit cost 1, remaining 4998',
    ]);
  });

  it('sends one query, paging by the cursor GitHub returned', async () => {
    const h = await start();
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 101);

    await read(h);

    const [first, second] = h.fake.requests.map(
      (r) => r.body as { query: string; variables: Record<string, unknown> },
    );
    expect(first).toEqual({
      query: issuesQuery('full'),
      variables: { owner: 'northwind', name: 'shop', cursor: null },
    });
    expect(second?.query).toBe(first?.query);
    expect(second?.variables).toEqual({
      owner: 'northwind',
      name: 'shop',
      cursor: expect.any(String) as unknown,
    });
  });
});

describe('GitHub Enterprise Server', () => {
  it('reads through /api/graphql when GITHUB_API_URL ends in /api/v3', async () => {
    const h = await start({ flavor: 'ghes' });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 101);
    const endpoints = githubEndpoints({ GITHUB_API_URL: h.fake.apiUrl });
    expect(endpoints).toEqual({
      apiUrl: `${h.fake.origin}/api/v3`,
      graphqlUrl: `${h.fake.origin}/api/graphql`,
    });
    const client = createGitHubClient({ token: TOKEN, endpoints, logger: h.logger, secondMs: 5 });

    const items = await readBacklog(
      githubBacklogProvider({ client, repository: 'northwind/shop', logger: h.logger }),
    );

    expect(items.items).toHaveLength(101);
    expect(items.items[0]?.url).toBe(`${h.fake.origin}/northwind/shop/issues/1`);
    expect(h.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /api/graphql 200',
      'POST /api/graphql 200',
    ]);
  });

  it.each([
    [
      'an exhausted GraphQL rate limit (RATE_LIMITED)',
      { type: 'primary-rate-limit', resetInSeconds: 1 } as const,
      /^warning: The token's rate limit is used up \(POST http:\S+\/api\/graphql\); retrying in \d s \(retry 1 of 3\)\.$/,
    ],
    [
      'a secondary rate limit',
      { type: 'secondary-rate-limit', retryAfter: 1 } as const,
      /^warning: GitHub's secondary rate limit stopped POST http:\S+\/api\/graphql; retrying in 1 s \(retry 1 of 3\)\.$/,
    ],
  ])('waits out %s at /api/graphql, then reads on', async (_name, fault, warning) => {
    const h = await start({ flavor: 'ghes' });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 101);
    h.fake.faults.enqueue('graphql', fault);
    const endpoints = githubEndpoints({ GITHUB_API_URL: h.fake.apiUrl });
    const client = createGitHubClient({ token: TOKEN, endpoints, logger: h.logger, secondMs: 5 });

    const items = await readBacklog(
      githubBacklogProvider({ client, repository: 'northwind/shop', logger: h.logger }),
    );

    expect(items.items).toHaveLength(101);
    expect(h.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      Array.from({ length: 3 }, () => 'POST /api/graphql'),
    );
    expect(h.logger.lines.filter((line) => line.startsWith('warning:'))).toEqual([
      expect.stringMatching(warning),
    ]);
  });

  it('falls back, once, to a query without sub-issues where the schema lacks them (an older server)', async () => {
    // @octokit/graphql-schema's introspection snapshot predates Issue.parent and enableDuplicate.
    const h = await start({ flavor: 'ghes', graphqlSchema: 'introspection' });
    const { state } = h.fake;
    const repository = state.addRepository('northwind/shop');
    state.addIssues(repository, 150);
    state.addIssue(repository, { title: 'duplicate', state: 'closed', stateReason: 'duplicate', parent: 1 });

    const items = await read(h);

    expect(items).toHaveLength(151);
    expect(items[150]).toMatchObject({ status: 'wont-do', links: [] });
    expect(h.fake.requests.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(h.fake.violations.map((v) => v.message)).toEqual([
      "Field 'stateReason' doesn't accept argument 'enableDuplicate'",
      "Field 'parent' doesn't exist on type 'Issue'",
    ]);
    expect(h.logger.lines[0]).toMatch(
      /no sub-issues or duplicate reason .* reading the issues of northwind\/shop without them/,
    );
    h.fake.clearViolations();
  });
});

describe('faults', () => {
  it('retries a 502 and reads on', async () => {
    const h = await start();
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 150);
    h.fake.faults.enqueue('graphql', { type: 'status', status: 502 });

    expect(await read(h)).toHaveLength(150);
    expect(h.fake.requests.map((r) => r.status)).toEqual([502, 200, 200]);
  });

  it('waits as long as a secondary rate limit asks (retry-after), then reads on', async () => {
    const h = await start({}, { secondMs: 40 });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 10);
    h.fake.faults.enqueue('graphql', { type: 'secondary-rate-limit', retryAfter: 3 });

    const started = performance.now();
    expect(await read(h)).toHaveLength(10);

    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 40 - 5);
    expect(h.fake.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(h.logger.lines).toContainEqual(
      expect.stringMatching(
        /^warning: GitHub's secondary rate limit stopped POST .*; retrying in 3 s \(retry 1 of 3\)\.$/,
      ),
    );
  });

  it('waits for the reset of an exhausted GraphQL rate limit (RATE_LIMITED), then reads on', async () => {
    const h = await start({}, { secondMs: 20 });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 10);
    h.fake.faults.enqueue('graphql', { type: 'primary-rate-limit', resetInSeconds: 1 });

    expect(await read(h)).toHaveLength(10);
    expect(h.fake.count('graphql')).toBe(2);
    expect(h.logger.lines).toContainEqual(
      expect.stringMatching(/^warning: The token's rate limit is used up .*; retrying in \d s/),
    );
  });

  it('asks again when an answer is cut short (the client retries it like a 5xx)', async () => {
    const h = await start();
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 120);
    h.fake.faults.enqueue('graphql', { type: 'truncate' });

    expect(await read(h)).toHaveLength(120);
    expect(h.fake.requests.map((r) => r.fault ?? 'ok')).toEqual(['truncate', 'ok', 'ok']);
  });

  it('says so in one sentence when every answer is cut short', async () => {
    const h = await start({}, { retries: 1 });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 120);
    h.fake.faults.enqueue('graphql', { type: 'truncate' }, { type: 'truncate' });

    await expect(read(h)).rejects.toThrow(
      /^GitHub failed while threat-align tried to read the issues of northwind\/shop \(GitHub's answer was cut short: \d+ characters that are not whole JSON\), even after retrying\. Rerun the job; if it keeps failing, check https:\/\/www\.githubstatus\.com\.$/,
    );
    expect(h.fake.count('graphql')).toBe(2);
  });

  it('retries a 500 and reads on', async () => {
    const h = await start();
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 150);
    h.fake.faults.enqueue('graphql', { type: 'status', status: 500 });

    expect(await read(h)).toHaveLength(150);
    expect(h.fake.requests.map((r) => r.status)).toEqual([500, 200, 200]);
  });

  it('stops at once on an exhausted rate limit that resets later than it waits, saying when it resets', async () => {
    const h = await start({}, { maxRateLimitWaitSeconds: 60 });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 3);
    h.fake.faults.enqueue('graphql', { type: 'primary-rate-limit', resetInSeconds: 3600 });

    await expect(read(h)).rejects.toThrow(
      /^GitHub's rate limit stopped threat-align while it tried to read the issues of northwind\/shop \(RATE_LIMITED\): GitHub asked to wait \d+ s, longer than threat-align waits \(300 s\)\. It resets at \d{4}-\d\d-\d\dT[\d:.]+Z\. Rerun the job later/,
    );
    expect(h.fake.count('graphql')).toBe(1);
  });

  it('retries an attempt that times out', async () => {
    const h = await start({}, { timeoutMs: 250 });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 3);
    h.fake.faults.enqueue('graphql', { type: 'delay', ms: 600 });

    expect(await read(h)).toHaveLength(3);
    expect(h.fake.count('graphql')).toBe(2);
  });

  it('gives up after three retries with a message that says what failed', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue(
      'graphql',
      ...Array.from({ length: 4 }, () => ({ type: 'status' as const, status: 502 })),
    );

    await expect(read(h)).rejects.toThrow(
      'GitHub failed while threat-align tried to read the issues of northwind/shop (502 Server Error), even after retrying. Rerun the job; if it keeps failing, check https://www.githubstatus.com.',
    );
    expect(h.fake.count('graphql')).toBe(4);
  });
});

describe('access problems', () => {
  it('401: names the repository and the permission, never the token', async () => {
    const h = await start({}, { token: 'ghp_UNKNOWNtoken0123456789abcdefXYZ' });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 3);

    const error = await read(h).then(
      () => undefined,
      (e: unknown) => e as Error,
    );

    expect(error?.message).toMatch(
      /^GitHub rejected the token \(401 Bad credentials\) when threat-align tried to read the issues of northwind\/shop: .*`issues: read`/,
    );
    const everything = [error?.message, String(error?.stack), JSON.stringify(error), ...h.logger.lines].join(
      '\n',
    );
    expect(everything).not.toContain('ghp_UNKNOWNtoken0123456789abcdefXYZ');
    expect(everything).not.toContain(TOKEN);
    expect(h.fake.count('graphql')).toBe(1);
  });

  it('an installation token without the issues permission is told which one it needs', async () => {
    const h = await start({}, { token: 'ghs_installationTOKEN0123456789' });
    h.fake.state.addToken('ghs_installationTOKEN0123456789', {
      kind: 'installation',
      permissions: { contents: 'read' },
    });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 3);

    await expect(read(h)).rejects.toThrow(
      /^The token may not read the issues of northwind\/shop \(FORBIDDEN\): give it `issues: read` \(in a workflow: `permissions: { issues: read }`/,
    );
  });

  it('a repository the token cannot see reads as not found', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/secret', { private: true });
    h.fake.state.addToken(TOKEN, { repositories: [] });

    await expect(read(h, 'northwind/secret')).rejects.toThrow(
      /^GitHub found no repository northwind\/secret, or the token cannot see it/,
    );
  });
});
