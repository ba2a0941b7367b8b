import { jest } from '@jest/globals';
import { upsertStickyComment } from '../../../../src/adapters/github/action/sticky-comment.js';
import { repositoryContext } from '../../../../src/adapters/github/action/repository-context.js';
import { tokenIdentity } from '../../../../src/adapters/github/action/token-identity.js';
import type { FakeGitHub, FakeRepository } from '../../../fakes/github/index.js';
import { startHarness, type Harness } from '../fake-client.js';
import {
  exampleModel,
  makeWorkspace,
  pullRequestPayload,
  runBundledAction,
  type ActionRunResult,
} from './run-bundled-action.js';
import { ACTION_TOKEN, addWorkflowToken, useSeededShop } from './seed-shop.js';
import { pullRequestWorkflow, runnerInputs } from './workflow-scenarios.js';

/**
 * SPEC §9 on the bundled action: GitHub's faults during the writes and their effect on the whole
 * run. Each fault is retried, waited out or reported in one sentence, and neither a retry within a
 * run nor a rerun after a failed run leaves a second comment or tracking issue. The reads' faults
 * are tested where they are handled, in github-client.test.ts and github-backlog-provider.test.ts.
 */

jest.setTimeout(120_000);

// The README's pull-request workflow, as the runner passes its inputs.
const prInputs = runnerInputs(pullRequestWorkflow);
const auditInputs = { ...prInputs, 'fail-on-new-only': 'false', 'fail-on': 'never', 'backlog-items': 'off' };

const HEAD = 'c'.repeat(40);
const BASE = 'b'.repeat(40);
const createComment = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const listComments = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const createIssue = 'POST /repos/{owner}/{repo}/issues';

let fake: FakeGitHub;
let shop: FakeRepository;

useSeededShop((started, seeded) => {
  fake = started;
  shop = seeded;
  addWorkflowToken(fake, 'write');
});

/** A pull request whose base holds the same model: nothing is new, so the run passes. */
function openPullRequest(): number {
  const pr = fake.state.addPullRequest(shop, { title: 'Add gift cards', baseSha: BASE, headSha: HEAD });
  fake.state.addFile(shop, BASE, 'threatmodel.yaml', exampleModel);
  return pr.number;
}

function runPullRequest(number: number, token = ACTION_TOKEN, repository?: string) {
  return runBundledAction({
    fake,
    token,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: BASE, headSha: HEAD }),
    inputs: prInputs,
    workspace: makeWorkspace(),
    ...(repository === undefined ? {} : { repository }),
  });
}

function runAudit() {
  return runBundledAction({
    fake,
    token: ACTION_TOKEN,
    eventName: 'schedule',
    payload: { schedule: '0 6 * * 1' },
    inputs: auditInputs,
    workspace: makeWorkspace(),
  });
}

function commentsOn(number: number) {
  return [...shop.comments.values()].filter((c) => c.issueNumber === number);
}

function trackingIssues() {
  return [...shop.issues.values()].filter((i) => i.labels.includes('threat-align'));
}

/** What was sent to one route: each answer's status, or `truncate` for an answer cut short. */
function answers(route: string): (number | string)[] {
  return fake.requests
    .filter((r) => r.route === route)
    .map((r) => (r.fault === 'truncate' || r.status === 0 ? (r.fault ?? 0) : r.status));
}

/** The step's failure: one `::error::` line, no stack trace, no token. */
function expectOneSentenceFailure(result: ActionRunResult, pattern: RegExp): void {
  expect(result.code).toBe(1);
  const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.stdout.replace(`::add-mask::${ACTION_TOKEN}\n`, '') + result.stderr).not.toContain(
    ACTION_TOKEN,
  );
}

describe('the sticky comment', () => {
  it.each([500, 502])('a %i on its create is looked for, then created again: one comment', async (status) => {
    const number = openPullRequest();
    fake.faults.enqueue(createComment, { type: 'status', status });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(commentsOn(number)).toHaveLength(1);
    expect(answers(createComment)).toEqual([status, 201]);
    // Before the second create, the comments were read again to see whether the first one landed.
    expect(answers(listComments)).toEqual([200, 200]);
  });

  it('a create whose answer is cut short (it landed) is found, not posted again', async () => {
    const number = openPullRequest();
    fake.faults.enqueue(createComment, { type: 'truncate' });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(commentsOn(number)).toHaveLength(1);
    expect(answers(createComment)).toEqual(['truncate']);
    expect(result.stdout).toContain('threat-align: pull-request comment created.');
  });

  it('a cut-short list of comments is read again, so the rerun updates the comment it cannot see', async () => {
    const number = openPullRequest();
    expect((await runPullRequest(number)).code).toBe(0);
    fake.faults.enqueue(listComments, { type: 'truncate' });

    const rerun = await runPullRequest(number);

    expect(rerun.code).toBe(0);
    expect(commentsOn(number)).toHaveLength(1);
    expect(answers(listComments)).toEqual([200, 'truncate', 200]);
    expect(answers(createComment)).toEqual([201]);
    expect(rerun.stdout).toContain('threat-align: pull-request comment updated.');
  });

  it('a secondary rate limit (retry-after) is waited out, then the comment is posted once', async () => {
    const number = openPullRequest();
    fake.faults.enqueue(createComment, { type: 'secondary-rate-limit', retryAfter: 1 });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(commentsOn(number)).toHaveLength(1);
    expect(answers(createComment)).toEqual([403, 201]);
    expect(result.stdout).toMatch(
      /^::warning::GitHub's secondary rate limit stopped POST \S+\/comments; retrying in 1 s \(retry 1 of 3\)\.$/m,
    );
  });

  it('an exhausted rate limit (429) on the comments is waited out until its reset, then the run goes on', async () => {
    const number = openPullRequest();
    fake.faults.enqueue(listComments, { type: 'primary-rate-limit', resetInSeconds: 1, status: 429 });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(answers(listComments)).toEqual([429, 200]);
    expect(commentsOn(number)).toHaveLength(1);
    expect(result.stdout).toMatch(
      /^::warning::The token's rate limit is used up \(GET \S+\); retrying in \d s/m,
    );
  });

  it.each([
    ['seconds', '1'],
    ['an HTTP date', 'date'],
  ])(
    'any other 429 on the comment, with retry-after in %s, is waited out: one comment',
    async (_form, after) => {
      const number = openPullRequest();
      const retryAfter = after === 'date' ? new Date(Date.now() + 1_500).toUTCString() : Number(after);
      fake.faults.enqueue(createComment, { type: 'too-many-requests', retryAfter });

      const result = await runPullRequest(number);

      expect(result.code).toBe(0);
      expect(commentsOn(number)).toHaveLength(1);
      expect(answers(createComment)).toEqual([429, 201]);
      expect(result.stdout).toMatch(
        /^::warning::GitHub's secondary rate limit stopped POST \/repos\/northwind\/shop\/issues\/\d+\/comments; retrying in [0-2] s \(retry 1 of 3\)\.$/m,
      );
    },
  );

  it('a 429 with retry-after on the backlog read (GraphQL) is waited out, and the run passes', async () => {
    const number = openPullRequest();
    fake.faults.enqueue('graphql', { type: 'too-many-requests', retryAfter: 1 });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(answers('graphql').slice(0, 2)).toEqual([429, 200]);
    expect(commentsOn(number)).toHaveLength(1);
    expect(result.stdout).toMatch(
      /^::warning::GitHub's secondary rate limit stopped POST \S+\/graphql; retrying in 1 s/m,
    );
  });

  it('a 429 asking for a longer wait than threat-align sits out fails at once, saying so and naming the read', async () => {
    const number = openPullRequest();
    fake.faults.enqueue('graphql', { type: 'too-many-requests', retryAfter: 3600 });

    const result = await runPullRequest(number);

    expectOneSentenceFailure(
      result,
      /^::error::GitHub's rate limit stopped threat-align while it tried to read the issues of northwind\/shop \(429 Too Many Requests\): GitHub asked to wait 3600 s, longer than threat-align waits \(300 s\)\. Rerun the job later, or run it less often\.$/,
    );
    expect(answers('graphql')).toEqual([429]);
  });

  it('a rate limit that resets later than threat-align waits fails the run in one sentence; the rerun posts one comment', async () => {
    const number = openPullRequest();
    fake.faults.enqueue(createComment, { type: 'primary-rate-limit', resetInSeconds: 3600 });

    const first = await runPullRequest(number);

    expectOneSentenceFailure(
      first,
      new RegExp(
        `^::error::GitHub's rate limit stopped threat-align while it tried to write the threat-align comment on pull request #${number} \\(403 API rate limit exceeded for user ID \\d+\\.\\): GitHub asked to wait \\d+ s, longer than threat-align waits \\(300 s\\)\\. It resets at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\. Rerun the job later, or run it less often\\.$`,
      ),
    );
    expect(commentsOn(number)).toHaveLength(0);
    expect(answers(createComment)).toEqual([403]);

    const rerun = await runPullRequest(number);
    const third = await runPullRequest(number);

    expect([rerun.code, third.code]).toEqual([0, 0]);
    expect(commentsOn(number)).toHaveLength(1);
    expect(answers(createComment)).toEqual([403, 201]);
  });
});

const createCheckRun = 'POST /repos/{owner}/{repo}/check-runs';
const updateCheckRun = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';
const listCheckRuns = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';

/** The example model with `count` more components in a boundary nobody declares: one TA102 annotation each. */
function modelWithAnnotations(count: number): string {
  const extra = Array.from(
    { length: count },
    (_, i) => `  - { id: stray-${i}, type: api, boundary: nowhere }\n`,
  ).join('');
  return exampleModel.replace(/^components:\n/m, `components:\n${extra}`);
}

describe('the check run', () => {
  it('a 500 after its create landed: found by its external id, not created again, and completed', async () => {
    const number = openPullRequest();
    fake.faults.enqueue(createCheckRun, { type: 'status-after-write', status: 500 });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(answers(createCheckRun)).toEqual([500]);
    expect(answers(listCheckRuns)).toEqual([200]);
    const runs = [...shop.checkRuns.values()];
    expect(runs.map((run) => [run.name, run.headSha, run.status, run.conclusion])).toEqual([
      ['threat-align', HEAD, 'completed', 'success'],
    ]);
    expect(runs[0]?.externalId).toMatch(/^threat-align:[0-9a-f-]{36}$/);
  });

  it('a failed update is completed as a failure that says what failed, and the message names the update', async () => {
    const pr = fake.state.addPullRequest(shop, { title: 'Add gift cards', baseSha: BASE, headSha: HEAD });
    fake.state.addFile(shop, BASE, 'threatmodel.yaml', exampleModel);
    fake.faults.enqueue(updateCheckRun, { type: 'status', status: 422, message: 'Validation Failed' });

    const result = await runBundledAction({
      fake,
      token: ACTION_TOKEN,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: pr.number, baseSha: BASE, headSha: HEAD }),
      inputs: prInputs,
      workspace: makeWorkspace(modelWithAnnotations(60)),
    });

    expect(result.code).toBe(1);
    expect(answers(createCheckRun)).toEqual([201]);
    expect(answers(updateCheckRun)).toEqual([422, 200]);
    const runs = [...shop.checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]?.status).toBe('completed');
    expect(runs[0]?.conclusion).toBe('failure');
    expect(runs[0]?.output.summary).toMatch(
      /^The token may not add annotations 51–\d+ of \d+ to the threat-align check run \d+ \(422|^GitHub failed while threat-align tried to add annotations 51–\d+ of \d+ to the threat-align check run \d+/,
    );
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors.join('\n')).toMatch(/add annotations 51–\d+ of \d+ to the threat-align check run \d+/);
    expect(errors.join('\n')).toContain('The check run was completed as a failure that says so.');
    expect(errors.join('\n')).not.toMatch(/tried to create/);
  });

  it('a 502 on its create is retried: one check run, and the run passes', async () => {
    const number = openPullRequest();
    fake.faults.enqueue('POST /repos/{owner}/{repo}/check-runs', { type: 'status', status: 502 });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(answers('POST /repos/{owner}/{repo}/check-runs')).toEqual([502, 201]);
    expect([...shop.checkRuns.values()].map((run) => run.conclusion)).toEqual(['success']);
  });
});

describe('the tracking issue', () => {
  it('a 500 on its create is looked for, then created again: one issue', async () => {
    fake.faults.enqueue(createIssue, { type: 'status', status: 500 });

    const result = await runAudit();

    expect(result.code).toBe(0);
    expect(trackingIssues()).toHaveLength(1);
    expect(answers(createIssue)).toEqual([500, 201]);
  });

  it('a create whose answer is cut short (it landed) is found, not created again', async () => {
    fake.faults.enqueue(createIssue, { type: 'truncate' });

    const result = await runAudit();

    expect(result.code).toBe(0);
    expect(trackingIssues()).toHaveLength(1);
    expect(answers(createIssue)).toEqual(['truncate']);
  });

  it('a failed write fails the run in one sentence; the rerun leaves exactly one tracking issue', async () => {
    fake.faults.enqueue(createIssue, { type: 'primary-rate-limit', resetInSeconds: 3600 });

    const first = await runAudit();

    expectOneSentenceFailure(
      first,
      /^::error::GitHub's rate limit stopped threat-align while it tried to write the threat-align tracking issue \(403 [^)]+\): GitHub asked to wait \d+ s, longer than threat-align waits \(300 s\)\. It resets at /,
    );
    expect(trackingIssues()).toHaveLength(0);

    const rerun = await runAudit();
    const third = await runAudit();

    expect([rerun.code, third.code]).toEqual([0, 0]);
    expect(trackingIssues()).toHaveLength(1);
    expect(answers(createIssue)).toEqual([403, 201]);
    expect(fake.count('PATCH /repos/{owner}/{repo}/issues/{issue_number}')).toBe(1);
  });
});

describe('the whole run', () => {
  it('a token GitHub rejects (401) fails at the first request, not retried, naming the token and its permission', async () => {
    const number = openPullRequest();
    const revoked = 'ghs_REVOKEDactionTOKEN0123456789abcdef';

    const result = await runPullRequest(number, revoked);

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::GitHub rejected the token \(401 Bad credentials\) when threat-align tried to read the issues of northwind\/shop: the token is missing, expired or revoked\. Pass a valid token with `issues: read`/m,
    );
    expect(fake.requests.map((r) => `${r.route} ${r.status}`)).toEqual(['graphql 401']);
    expect(result.stdout.replace(`::add-mask::${revoked}\n`, '') + result.stderr).not.toContain(revoked);
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('a repository GitHub does not know (404) fails in one sentence that names it', async () => {
    const number = openPullRequest();

    const result = await runPullRequest(number, ACTION_TOKEN, 'northwind/gone');

    expectOneSentenceFailure(
      result,
      /^::error::GitHub found no repository northwind\/gone, or the token cannot see it, when threat-align tried to read the issues of northwind\/gone: check the repository name/,
    );
  });

  it('a 500 and a cut-short answer while reading the backlog are retried, and the run passes', async () => {
    const number = openPullRequest();
    fake.faults.enqueue('graphql', { type: 'status', status: 500 }, { type: 'truncate' });

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(answers('graphql').slice(0, 3)).toEqual([500, 'truncate', 200]);
    expect(commentsOn(number)).toHaveLength(1);
  });
});

describe('a create that times out and lands later (in process: the bundle waits 30 s an attempt)', () => {
  let harness: Harness;

  afterEach(async () => {
    try {
      harness.fake.expectNoViolations();
    } finally {
      await harness.fake.close();
    }
  });

  it('is not sent again: the run fails in one sentence, and the rerun updates the comment that landed', async () => {
    harness = await startHarness({}, { timeoutMs: 300 });
    const repository = harness.fake.state.addRepository('northwind/shop');
    const pr = harness.fake.state.addPullRequest(repository, { title: 'Gift cards' });
    // The fake answers after the client gave up, but writes the comment all the same.
    harness.fake.faults.enqueue(createComment, { type: 'delay', ms: 1_000 });
    const context = repositoryContext(harness.client, 'northwind/shop');
    const upsert = () =>
      upsertStickyComment(context, {
        number: pr.number,
        marker: 'threatmodel.yaml',
        body: '<!-- threat-align:threatmodel.yaml -->\nreport',
        identity: tokenIdentity(context),
      });
    const comments = () => [...repository.comments.values()].filter((c) => c.issueNumber === pr.number);

    await expect(upsert()).rejects.toThrow(
      `GitHub failed while threat-align tried to write the threat-align comment on pull request #${pr.number} (GitHub did not answer within 300 ms)`,
    );
    // The delayed create lands after the client moved on.
    while (comments().length === 0) await new Promise((resolve) => setTimeout(resolve, 50));

    await expect(upsert()).resolves.toBe('updated');
    expect(comments()).toHaveLength(1);
    expect(harness.fake.count(createComment)).toBe(1);
  });
});
