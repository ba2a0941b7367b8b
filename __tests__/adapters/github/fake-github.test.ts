import { createGitHubClient } from '../../../src/adapters/github/github-client.js';
import { useHarnesses, type Harness } from './fake-client.js';

/** The fake's own contract: it rejects what GitHub rejects, records it, and serves what the adapters need. */

const start = useHarnesses();

const repo = { owner: 'northwind', repo: 'shop' };

/** Runs `send`, expects it to fail, and returns the violations it left (then forgets them, so afterEach passes). */
async function violationsOf(
  h: Harness,
  send: () => Promise<unknown>,
): Promise<{ error: unknown; messages: string[] }> {
  const error = await send().then(
    () => undefined,
    (e: unknown) => e,
  );
  const messages = h.fake.violations.map((v) => `[${v.kind}] ${v.request}: ${v.message}`);
  expect(() => {
    h.fake.expectNoViolations();
  }).toThrow(/violation/);
  h.fake.clearViolations();
  return { error, messages };
}

describe('GraphQL validation against GitHub’s schema', () => {
  it('answers an unknown field like GitHub, and the test that sent it fails', async () => {
    const h = await start();
    const { error, messages } = await violationsOf(h, () =>
      h.client.graphql(
        'query { repository(owner: "northwind", name: "shop") { issues(first: 1) { nodes { titel } } } }',
      ),
    );
    expect(error).toMatchObject({
      name: 'GraphqlResponseError',
      errors: [
        {
          message: "Field 'titel' doesn't exist on type 'Issue'",
          extensions: { code: 'undefinedField', typeName: 'Issue', fieldName: 'titel' },
        },
      ],
    });
    expect(messages).toEqual(["[graphql] POST /graphql: Field 'titel' doesn't exist on type 'Issue'"]);
  });

  it('rejects a syntax error, a missing required argument and an unknown argument', async () => {
    const h = await start();
    const { messages } = await violationsOf(h, async () => {
      await h.client.graphql('query { repository(owner: "a", name: "b") {').catch(() => undefined);
      await h.client.graphql('query { repository(owner: "a") { id } }').catch(() => undefined);
      await h.client.graphql('query { repository(owner: "a", name: "b", id: 1) { id } }');
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^\[graphql\] POST \/graphql: Parse error: Syntax Error: Expected Name, found <EOF>\.$/,
      ),
      "[graphql] POST /graphql: Field 'repository' is missing required arguments: name",
      "[graphql] POST /graphql: Field 'repository' doesn't accept argument 'id'",
    ]);
  });

  it('checks variables against their declared types, and reports undeclared ones', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const query =
      'query Q($owner: String!, $name: String!, $n: Int) { repository(owner: $owner, name: $name) { issues(first: $n) { totalCount } } }';
    const { error, messages } = await violationsOf(h, async () => {
      await h.client.graphql(query, { owner: 'northwind', name: 'shop', n: 5, extra: true });
      await h.client.graphql(query, { owner: 'northwind', name: 'shop', n: 'five' });
    });
    expect(error).toMatchObject({
      errors: [{ message: 'Variable $n of type Int was provided invalid value' }],
    });
    expect(messages).toEqual([
      '[graphql] POST /graphql: variable $extra is sent but the operation does not declare it',
      '[graphql] POST /graphql: Variable $n of type Int was provided invalid value',
    ]);
  });

  it('enforces GitHub’s pagination rules: first or last on every connection, at most 100', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const { messages } = await violationsOf(h, async () => {
      await h.client
        .graphql('query { repository(owner: "northwind", name: "shop") { issues { nodes { number } } } }')
        .catch(() => undefined);
      await h.client.graphql(
        'query { repository(owner: "northwind", name: "shop") { issues(first: 101) { nodes { number } } } }',
      );
    });
    expect(messages).toEqual([
      '[graphql] POST /graphql: You must provide a `first` or `last` value to properly paginate the `issues` connection.',
      '[graphql] POST /graphql: Requesting 101 records on the `issues` connection exceeds the `first` limit of 100 records.',
    ]);
  });

  it('reports a field the schema has but the fake does not serve, instead of inventing data', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const { error, messages } = await violationsOf(h, () =>
      h.client.graphql('query { repository(owner: "northwind", name: "shop") { stargazerCount } }'),
    );
    expect(error).toMatchObject({
      errors: [{ type: 'FAKE_NOT_IMPLEMENTED', path: ['repository', 'stargazerCount'] }],
    });
    expect(messages).toEqual([
      '[fake] POST /graphql: Repository.stargazerCount is not implemented by the fake GitHub',
    ]);
  });

  it('reports an argument the fake would ignore, such as a filter', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const { messages } = await violationsOf(h, () =>
      h.client.graphql(
        'query { repository(owner: "northwind", name: "shop") { issues(first: 5, filterBy: { createdBy: "mona" }) { totalCount } } }',
      ),
    );
    expect(messages).toEqual([
      '[fake] POST /graphql: Repository.issues(filterBy:) is not implemented by the fake GitHub',
    ]);
  });

  it('charges GitHub’s cost (requests / 100, at least 1) and reports what remains', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const cost = async (selection: string): Promise<unknown> =>
      h.client.graphql(
        `query { rateLimit { cost remaining } repository(owner: "northwind", name: "shop") { ${selection} } }`,
      );

    await expect(cost('id')).resolves.toMatchObject({ rateLimit: { cost: 1, remaining: 4999 } });
    await expect(
      cost('issues(first: 100) { nodes { labels(first: 100) { nodes { name } } } }'),
    ).resolves.toMatchObject({
      rateLimit: { cost: 1, remaining: 4998 },
    });
    await expect(
      cost(
        'issues(first: 100) { nodes { labels(first: 100) { totalCount } subIssues(first: 100) { totalCount } } }',
      ),
    ).resolves.toMatchObject({ rateLimit: { cost: 2, remaining: 4996 } });
    expect(h.fake.requests.at(-1)?.status).toBe(200);
  });

  it('answers RATE_LIMITED when the budget is spent, with the x-ratelimit headers', async () => {
    const h = await start({}, { retries: 0 });
    h.fake.rateLimits.setRemaining('octocat', 'graphql', 0);
    const error = await h.client.graphql('query { viewer { login } }').catch((e: unknown) => e);
    // Octokit's GraphqlResponseError: the errors of the 200 answer, and its headers.
    expect(error).toMatchObject({
      errors: [{ type: 'RATE_LIMITED' }],
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-resource': 'graphql' },
    });
  });

  it('serves closingIssuesReferences of a pull request', async () => {
    const h = await start();
    const shop = h.fake.state.addRepository('northwind/shop');
    h.fake.state.addIssues(shop, 3);
    h.fake.state.addPullRequest(shop, { title: 'Pay by card', closingIssues: [1, 3] });
    const data = await h.client.graphql(
      'query($n: Int!) { repository(owner: "northwind", name: "shop") { pullRequest(number: $n) { state closingIssuesReferences(first: 10) { nodes { number title } } } } }',
      { n: 4 },
    );
    expect(data).toEqual({
      repository: {
        pullRequest: {
          state: 'OPEN',
          closingIssuesReferences: {
            nodes: [
              { number: 1, title: 'Issue 1' },
              { number: 3, title: 'Issue 3' },
            ],
          },
        },
      },
    });
  });
});

describe('REST validation against the OpenAPI description', () => {
  it('answers a missing required body field with GitHub’s 422, and records it', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const { error, messages } = await violationsOf(h, () =>
      h.client.octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, titel: 'typo' } as never),
    );
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Invalid request.\n\n"title" wasn\'t supplied.',
          documentation_url: expect.stringContaining('docs.github.com') as unknown,
        },
      },
    });
    expect(messages).toEqual(['[rest] POST /repos/{owner}/{repo}/issues: "title" wasn\'t supplied.']);
  });

  it('rejects a wrong type, a bad enum, more than 50 annotations, and a key the description forbids', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const annotation = {
      path: 'threatmodel.yaml',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'm',
    };
    const { messages } = await violationsOf(h, async () => {
      const send = (route: string, body: Record<string, unknown>): Promise<unknown> =>
        h.client.octokit.request(route, { ...repo, ...body }).catch(() => undefined);
      await send('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 1, body: 5 });
      await send('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1, state: 'done' });
      await send('POST /repos/{owner}/{repo}/check-runs', {
        name: 'threat-align',
        head_sha: 'a'.repeat(40),
        output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => annotation) },
      });
      await send('POST /repos/{owner}/{repo}/issues', {
        title: 'x',
        issue_field_values: [{ field_id: 1, value: 'v', extra: 1 }],
      });
    });
    expect(messages).toEqual([
      "[rest] POST /repos/{owner}/{repo}/issues/{issue_number}/comments: For 'body', 5 is not a string.",
      `[rest] PATCH /repos/{owner}/{repo}/issues/{issue_number}: For 'state', "done" is not a member of ["open","closed"].`,
      "[rest] POST /repos/{owner}/{repo}/check-runs: For 'output/annotations', the array is too long (maximum is 50 items).",
      '[rest] POST /repos/{owner}/{repo}/issues: "extra" is not a permitted key.',
    ]);
  });

  it('reports what GitHub would silently ignore: unknown body keys and query parameters, per_page over 100', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const { messages } = await violationsOf(h, async () => {
      await h.client.octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...repo,
        title: 'x',
        label: ['typo'],
      });
      await h.client.octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...repo,
        status: 'all',
        per_page: 1000,
      });
      throw new Error('both were answered');
    });
    expect(messages).toEqual([
      "[rest] POST /repos/{owner}/{repo}/issues: body key '/label' is not in the description (GitHub ignores it)",
      "[rest] GET /repos/{owner}/{repo}/issues: query parameter 'status' is not in the description (GitHub ignores it)",
      '[rest] GET /repos/{owner}/{repo}/issues: per_page=1000: GitHub silently caps it at 100',
    ]);
  });

  it('answers an unknown route or a malformed path parameter with 404, and records it', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const { messages } = await violationsOf(h, async () => {
      await h.client.octokit.request('GET /repos/{owner}/{repo}/isues', repo).catch(() => undefined);
      await h.client.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: 'one' as unknown as number,
      });
    });
    expect(messages).toEqual([
      '[rest] GET /repos/northwind/shop/isues: no such path in the description',
      '[rest] GET /repos/{owner}/{repo}/issues/{issue_number}: path parameter issue_number="one" is not a valid integer',
    ]);
  });

  it('serves GitHub Enterprise Server under /api/v3 and rejects github.com paths there', async () => {
    const h = await start({ flavor: 'ghes', ghesVersion: '3.17' });
    h.fake.state.addRepository('northwind/shop');
    const { data } = await h.client.octokit.rest.issues.create({ ...repo, title: 'On GHES' });
    expect(data.html_url).toBe(`${h.fake.origin}/northwind/shop/issues/1`);
    expect(data.url).toBe(`${h.fake.origin}/api/v3/repos/northwind/shop/issues/1`);
    const { messages } = await violationsOf(h, () =>
      fetch(`${h.fake.origin}/repos/northwind/shop/issues`).then(
        (r) => r.status === 404 && Promise.reject(new Error('404')),
      ),
    );
    expect(messages).toEqual([
      "[rest] GET /repos/northwind/shop/issues: neither the REST base '/api/v3' nor the GraphQL endpoint '/api/graphql'",
    ]);
    expect(h.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /api/v3/repos/northwind/shop/issues 201',
      'GET /repos/northwind/shop/issues 404',
    ]);
  });
});

describe('REST endpoints the adapters need', () => {
  it('issue comments: create, list, update, each with its author', async () => {
    const h = await start();
    const shop = h.fake.state.addRepository('northwind/shop');
    h.fake.state.addPullRequest(shop, { title: 'Pay by card' });
    h.fake.state.addComment(shop, 1, 'Looks good', 'mona');
    const rest = h.client.octokit.rest;

    const created = await rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: '<!-- threat-align -->\nreport',
    });
    await rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: '<!-- threat-align -->\nreport v2',
    });
    const { data: comments } = await rest.issues.listComments({ ...repo, issue_number: 1, per_page: 100 });

    expect(comments.map((c) => [c.user?.login, c.user?.type, c.body])).toEqual([
      ['mona', 'User', 'Looks good'],
      ['octocat', 'User', '<!-- threat-align -->\nreport v2'],
    ]);
    expect(created.data.html_url).toMatch(
      /^https:\/\/github\.com\/northwind\/shop\/pull\/1#issuecomment-\d+$/,
    );
  });

  it('comments made with an installation token are authored by its bot', async () => {
    const h = await start({}, { token: 'ghs_actionsTOKEN' });
    h.fake.state.addToken('ghs_actionsTOKEN', {
      kind: 'installation',
      permissions: { issues: 'write', pull_requests: 'write' },
    });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 1);

    const { data } = await h.client.octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: 'hi',
    });

    expect([data.user?.login, data.user?.type]).toEqual(['github-actions[bot]', 'Bot']);
  });

  it('paginates with GitHub’s Link header, which Octokit follows', async () => {
    const h = await start();
    const shop = h.fake.state.addRepository('northwind/shop');
    h.fake.state.addIssues(shop, 1);
    for (let i = 1; i <= 150; i++) h.fake.state.addComment(shop, 1, `comment ${i}`, 'mona');

    const comments = await h.client.octokit.paginate(h.client.octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 1,
      per_page: 100,
    });

    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 150 }, (_, i) => `comment ${i + 1}`));
    expect(h.fake.requests.map((r) => r.path)).toEqual([
      '/repos/northwind/shop/issues/1/comments',
      '/repos/northwind/shop/issues/1/comments',
    ]);
  });

  it('check runs: create and update, annotations appended in batches of at most 50', async () => {
    const h = await start({}, { token: 'ghs_actionsTOKEN' });
    h.fake.state.addToken('ghs_actionsTOKEN', { kind: 'installation', permissions: { checks: 'write' } });
    const shop = h.fake.state.addRepository('northwind/shop');
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: 'threatmodel.yaml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: `finding ${i + 1}`,
    }));
    const rest = h.client.octokit.rest;

    const { data: run } = await rest.checks.create({
      ...repo,
      name: 'threat-align',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
      output: { title: 'threat-align', summary: 'running', annotations: annotations.slice(0, 50) },
    });
    for (const batch of [annotations.slice(50, 100), annotations.slice(100)]) {
      await rest.checks.update({
        ...repo,
        check_run_id: run.id,
        output: { title: 'threat-align', summary: 'running', annotations: batch },
      });
    }
    const { data: done } = await rest.checks.update({
      ...repo,
      check_run_id: run.id,
      conclusion: 'neutral',
      output: { title: 'threat-align', summary: '120 findings' },
    });
    const { data: listed } = await rest.checks.listAnnotations({
      ...repo,
      check_run_id: run.id,
      per_page: 100,
      page: 2,
    });

    expect([done.status, done.conclusion, done.output.annotations_count, done.app?.slug]).toEqual([
      'completed',
      'neutral',
      120,
      'github-actions',
    ]);
    expect(shop.checkRuns.get(run.id)?.annotationBatches).toEqual([50, 50, 20, 0]);
    expect(listed.map((a) => a.start_line)).toEqual(Array.from({ length: 20 }, (_, i) => 101 + i));
  });

  it('check runs need a GitHub App: a personal token gets GitHub’s 403', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    await expect(
      h.client.octokit.rest.checks.create({ ...repo, name: 'x', head_sha: 'a'.repeat(40) }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('You must authenticate via a GitHub App.') as unknown,
    });
  });

  it('an installation token without a permission gets 403 with x-accepted-github-permissions', async () => {
    const h = await start({}, { token: 'ghs_readOnly' });
    h.fake.state.addToken('ghs_readOnly', { kind: 'installation', permissions: { issues: 'read' } });
    h.fake.state.addIssues(h.fake.state.addRepository('northwind/shop'), 1);
    await expect(
      h.client.octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      response: { headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' } },
    });
  });

  it('issues: create with labels, list by label, update state and reason; labels listed and created', async () => {
    const h = await start();
    const shop = h.fake.state.addRepository('northwind/shop');
    h.fake.state.addIssues(shop, 2);
    h.fake.state.addPullRequest(shop, { title: 'PR', body: '' });
    const rest = h.client.octokit.rest;

    await rest.issues.createLabel({
      ...repo,
      name: 'threat-align',
      color: 'b60205',
      description: 'Created by threat-align',
    });
    await expect(rest.issues.createLabel({ ...repo, name: 'Threat-Align' })).rejects.toMatchObject({
      status: 422,
    });
    const { data: created } = await rest.issues.create({
      ...repo,
      title: 'Mitigate SQLI@orders-db',
      body: '<!-- ta:M-PARAMETERIZED-QUERIES -->',
      labels: ['threat-align'],
    });
    await rest.issues.update({
      ...repo,
      issue_number: created.number,
      state: 'closed',
      state_reason: 'not_planned',
    });
    const { data: tagged } = await rest.issues.listForRepo({ ...repo, labels: 'threat-align', state: 'all' });
    const { data: open } = await rest.issues.listForRepo(repo);
    const { data: labels } = await rest.issues.listLabelsForRepo(repo);
    const { data: found } = await rest.search.issuesAndPullRequests({
      q: 'repo:northwind/shop is:issue label:threat-align "ta:M-PARAMETERIZED-QUERIES" in:body',
    });

    expect(tagged.map((i) => [i.number, i.state, i.state_reason])).toEqual([[4, 'closed', 'not_planned']]);
    expect(open.map((i) => [i.number, i.pull_request === undefined])).toEqual([
      [3, false],
      [2, true],
      [1, true],
    ]);
    expect(labels.map((l) => [l.name, l.color])).toEqual([['threat-align', 'b60205']]);
    expect(found.items.map((i) => i.number)).toEqual([4]);
  });

  it('pull requests: get one and list its files', async () => {
    const h = await start();
    const shop = h.fake.state.addRepository('northwind/shop');
    h.fake.state.addPullRequest(shop, {
      title: 'Add card payments',
      files: [
        {
          filename: 'threatmodel.yaml',
          status: 'modified',
          additions: 12,
          deletions: 3,
          patch: '@@ -1 +1 @@',
        },
        { filename: 'src/pay.ts', status: 'added', additions: 40, deletions: 0 },
      ],
    });
    const rest = h.client.octokit.rest;

    const { data: pull } = await rest.pulls.get({ ...repo, pull_number: 1 });
    const { data: files } = await rest.pulls.listFiles({ ...repo, pull_number: 1 });

    expect([pull.title, pull.base.ref, pull.head.sha, pull.changed_files]).toEqual([
      'Add card payments',
      'main',
      shop.issues.get(1)?.pullRequest?.headSha,
      2,
    ]);
    expect(files.map((f) => [f.filename, f.status, f.changes])).toEqual([
      ['threatmodel.yaml', 'modified', 15],
      ['src/pay.ts', 'added', 40],
    ]);
  });

  it('the authenticated identity: a user, an installation (403 on /user), an app (its JWT)', async () => {
    const h = await start();
    h.fake.state.addToken('ghs_install', { kind: 'installation' });
    h.fake.state.addToken('app.jwt.token', { kind: 'app', app: 'threat-align' });
    const as = (token: string) =>
      createGitHubClient({ token, endpoints: h.client.endpoints, logger: h.logger, secondMs: 1 }).octokit
        .rest;

    const { data: user } = await h.client.octokit.rest.users.getAuthenticated();
    await expect(as('ghs_install').users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    const { data: app } = await as('app.jwt.token').apps.getAuthenticated();
    await expect(h.client.octokit.rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 });

    expect(user.login).toBe('octocat');
    expect(app?.slug).toBe('threat-align');
  });

  it('contents: a file at a ref, base64 as GitHub sends it; 404 when it is not there; contents: read needed', async () => {
    const h = await start();
    const shop = h.fake.state.addRepository('northwind/shop', { private: true });
    const text = `schema: threat-align/v1\n# ${'é'.repeat(80)}\n`;
    h.fake.state.addFile(shop, 'b'.repeat(40), 'models/threatmodel.yaml', text);
    h.fake.state.addToken('ghs_nocontents', { kind: 'installation', permissions: { issues: 'read' } });
    const get = (path: string, ref = 'b'.repeat(40)) =>
      h.client.octokit.rest.repos.getContent({ ...repo, path, ref });

    const { data } = await get('models/threatmodel.yaml');
    await expect(get('models/threatmodel.yaml', 'c'.repeat(40))).rejects.toMatchObject({ status: 404 });
    await expect(get('missing.yaml')).rejects.toMatchObject({ status: 404 });
    const noContents = createGitHubClient({
      token: 'ghs_nocontents',
      endpoints: h.client.endpoints,
      logger: h.logger,
      secondMs: 1,
    });
    await expect(
      noContents.octokit.rest.repos.getContent({
        ...repo,
        path: 'models/threatmodel.yaml',
        ref: 'b'.repeat(40),
      }),
    ).rejects.toMatchObject({ status: 403 });

    expect(Array.isArray(data) ? undefined : data.type).toBe('file');
    const content = Array.isArray(data) || !('content' in data) ? '' : data.content;
    expect(content).toContain('\n');
    expect(Buffer.from(content, 'base64').toString('utf8')).toBe(text);
  });

  it('sends the x-ratelimit headers, counting down per request', async () => {
    const h = await start();
    h.fake.state.addRepository('northwind/shop');
    const first = await h.client.octokit.rest.issues.listForRepo(repo);
    const second = await h.client.octokit.rest.issues.listForRepo(repo);
    expect(first.headers['x-ratelimit-remaining']).toBe('4999');
    expect(second.headers['x-ratelimit-remaining']).toBe('4998');
    expect(second.headers['x-ratelimit-resource']).toBe('core');
    expect(h.fake.count('GET /repos/{owner}/{repo}/issues')).toBe(2);
  });
});

describe('fault injection', () => {
  it('refuses a fault for a route the description does not have', async () => {
    const h = await start();
    expect(() => {
      h.fake.faults.enqueue('GET /repos/{owner}/{repo}/isues', { type: 'status', status: 500 });
    }).toThrow("No route 'GET /repos/{owner}/{repo}/isues' in the api.github.com description");
  });

  it('fails the test when a queued fault is never served', async () => {
    const h = await start();
    h.fake.faults.enqueue('graphql', { type: 'status', status: 502 });
    expect(() => {
      h.fake.expectNoViolations();
    }).toThrow('fault queued but never served: graphql: status');
    h.fake.clearViolations();
  });

  it('serves each fault once, in order, then answers normally', async () => {
    const h = await start({}, { retries: 0 });
    h.fake.state.addRepository('northwind/shop');
    h.fake.faults.enqueue('*', { type: 'status', status: 404 });
    h.fake.faults.enqueue(
      'GET /repos/{owner}/{repo}/issues',
      { type: 'status', status: 401 },
      { type: 'truncate' },
    );
    const list = (): Promise<unknown> =>
      h.client.octokit.rest.issues.listForRepo(repo).then(
        (r) => r.data,
        (e: unknown) => (e as { status: number }).status,
      );

    expect(await list()).toBe(401);
    // The client makes a cut-short answer an error (Octokit alone would hand back the text).
    expect(await list()).toBe(500);
    expect(await list()).toBe(404);
    expect(await list()).toEqual([]);
  });
});
