import { jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeGitHub, FakeRepository } from '../../../fakes/github/index.js';
import {
  exampleModel,
  makeWorkspace,
  pullRequestPayload,
  runBundledAction,
  type ActionRunResult,
} from './run-bundled-action.js';
import { ACTION_TOKEN, addWorkflowToken, useSeededShop } from './seed-shop.js';
import {
  actionDefaults,
  auditWorkflow,
  pullRequestWorkflow,
  runnerInputs,
  sarifWorkflow,
} from './workflow-scenarios.js';

jest.setTimeout(120_000);

/** The inputs the runner passes for the README's workflows (action.yml's defaults, then `with:`). */
const prInputs = runnerInputs(pullRequestWorkflow);
const auditInputs = runnerInputs(auditWorkflow);
const pushInputs = runnerInputs(sarifWorkflow);
/** The README's audit with backlog-items at action.yml's default: the missing items only listed. */
const listingAudit = { ...auditInputs, 'backlog-items': actionDefaults['backlog-items'] ?? 'missing' };

const marker = '<!-- threat-align:threatmodel.yaml -->';
/** The same model with the dangling reference fixed: at base, the TA304 error does not exist yet. */
const baseWithoutError = exampleModel.replace("'#999'", "'#33'");
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);

let fake: FakeGitHub;
let shop: FakeRepository;

useSeededShop((started, seeded) => {
  fake = started;
  shop = seeded;
});

function openPullRequest(baseModel: string | undefined, baseSha = BASE): number {
  const pr = fake.state.addPullRequest(shop, {
    title: 'Add gift cards',
    baseSha,
    headSha: HEAD,
    closingIssues: [28],
  });
  if (baseModel !== undefined) fake.state.addFile(shop, baseSha, 'threatmodel.yaml', baseModel);
  return pr.number;
}

function runPullRequest(
  number: number,
  workspace = makeWorkspace(),
  headRepository?: string,
  baseSha = BASE,
) {
  return runBundledAction({
    fake,
    token: ACTION_TOKEN,
    eventName: 'pull_request',
    payload: pullRequestPayload({
      number,
      baseSha,
      headSha: HEAD,
      ...(headRepository ? { headRepository } : {}),
    }),
    inputs: prInputs,
    workspace,
  });
}

/** The token appears nowhere but in the `::add-mask::` command the runner consumes (and never shows). */
function expectNoToken(result: ActionRunResult): void {
  const stdout = result.stdout.replace(`::add-mask::${ACTION_TOKEN}\n`, '');
  for (const text of [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)]) {
    expect(text).not.toContain(ACTION_TOKEN);
  }
  expect(fake.requests.some((r) => JSON.stringify(r.body ?? '').includes(ACTION_TOKEN))).toBe(false);
}

function commentsOn(number: number) {
  return [...shop.comments.values()].filter((c) => c.issueNumber === number);
}

function writes(): string[] {
  return fake.requests.filter((r) => r.kind === 'rest' && r.method !== 'GET').map((r) => r.route);
}

describe('pull request from the same repository', () => {
  it('comments once, annotates through one check run in batches of 50, and fails only on the new error', async () => {
    addWorkflowToken(fake, pullRequestWorkflow);
    const number = openPullRequest(baseWithoutError);
    const foreign = fake.state.addComment(shop, number, `${marker}\nI copied the marker.`, 'mallory');

    const first = await runPullRequest(number);

    // The TA304 error (#999) is new in this pull request: fail-on-new-only fails the step.
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/::error::threat-align found new findings at or above "error"/);
    expect(first.outputs['new-findings']).toBe('1');
    expect(first.outputs.errors).toBe('1');
    expect(Number(first.outputs.total)).toBeGreaterThan(100);

    const ours = commentsOn(number).filter((c) => c.id !== foreign.id);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.author).toBe('github-actions[bot]');
    expect(ours[0]?.body.startsWith(marker)).toBe(true);
    expect(ours[0]?.body).toContain('- Closes [&#35;28](https://github.com/northwind/shop/issues/28)');
    expect(ours[0]?.body).toContain('https://github.com/northwind/shop/issues/28');
    expect(foreign.body).toBe(`${marker}\nI copied the marker.`);

    // Every finding on the model's lines (over 100 on the example): created with 50, then a PATCH
    // for each further 50 and the rest.
    const report = JSON.parse(readFileSync(join(first.workspace, 'threat-align.json'), 'utf8')) as {
      findings: { location: { file?: string } }[];
    };
    const onLines = report.findings.filter((f) => f.location.file !== undefined).length;
    expect(onLines).toBeGreaterThan(100);
    const batches = Array.from({ length: Math.ceil(onLines / 50) }, (_, i) => Math.min(50, onLines - 50 * i));
    const runs = [...shop.checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]?.annotationBatches).toEqual(batches);
    expect(runs[0]?.conclusion).toBe('failure');
    expect(runs[0]?.headSha).toBe(HEAD);
    expect(runs[0]?.annotations.every((a) => a.path === 'threatmodel.yaml')).toBe(true);
    expect(fake.count('POST /repos/{owner}/{repo}/check-runs')).toBe(1);
    expect(fake.count('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')).toBe(batches.length - 1);
    expect(fake.count('GET /repos/{owner}/{repo}/contents/{path}')).toBe(1);

    expect(first.summary).toContain(marker);
    expect(existsSync(join(first.workspace, 'threat-align.sarif'))).toBe(true);
    expect(JSON.parse(readFileSync(join(first.workspace, 'threat-align.json'), 'utf8'))).toHaveProperty(
      'findings',
    );
    expect(first.outputs['sarif-file']).toBe('threat-align.sarif');
    expectNoToken(first);

    // A rerun updates the same comment: still one of ours, and the foreign one untouched.
    const before = fake.requests.length;
    const second = await runPullRequest(number);
    expect(second.code).toBe(1);
    expect(commentsOn(number)).toHaveLength(2);
    expect(foreign.body).toBe(`${marker}\nI copied the marker.`);
    const rerun = fake.requests.slice(before).map((r) => r.route);
    expect(rerun).toContain('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}');
    expect(rerun).not.toContain('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
    expectNoToken(second);
    // Ten requests a run: the backlog, the base model, the closing issues, the comments, the
    // identity (a marked comment exists: GET /user is 403 for an installation, so GraphQL's viewer),
    // the comment, and the check run in three batches.
    expect(
      fake.requests.slice(before).map((r) => `${r.route}${r.operationName ? `:${r.operationName}` : ''}`),
    ).toEqual([
      'graphql:ThreatAlignIssues',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'graphql:ClosingIssues',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'GET /user',
      'graphql:Viewer',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'POST /repos/{owner}/{repo}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ]);
  });

  it('passes when nothing at or above fail-on is new, and treats a model missing at base as new', async () => {
    addWorkflowToken(fake, pullRequestWorkflow);
    const same = openPullRequest(exampleModel);
    const result = await runPullRequest(same);
    expect(result.code).toBe(0);
    expect(result.outputs['new-findings']).toBe('0');
    expect([...shop.checkRuns.values()][0]?.conclusion).toBe('success');

    const NEW_BASE = 'd'.repeat(40);
    const added = openPullRequest(undefined, NEW_BASE);
    const fresh = await runPullRequest(added, makeWorkspace(), undefined, NEW_BASE);
    expect(fresh.code).toBe(1);
    expect(fresh.outputs['new-findings']).toBe(fresh.outputs.total);
  });

  it('degrades to workflow annotations when the token may not write (403), and still succeeds', async () => {
    addWorkflowToken(fake, 'read');
    const number = openPullRequest(exampleModel);

    const result = await runPullRequest(number);

    expect(result.code).toBe(0);
    expect(commentsOn(number)).toHaveLength(0);
    expect(shop.checkRuns.size).toBe(0);
    expect(
      fake.requests
        .filter((r) => r.status === 403)
        .map((r) => r.route)
        .sort(),
    ).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
    expect(result.stdout).toMatch(
      /^::warning title=TA\d+,file=threatmodel\.yaml,line=\d+,endLine=\d+,col=\d+/m,
    );
    expect(result.stdout).toMatch(
      /^::notice::threat-align skipped the pull-request comment \(The token may not/m,
    );
    expect(result.summary).toContain(marker);
    expectNoToken(result);
  });
});

describe('pull request from a fork', () => {
  it('writes nothing to GitHub, annotates through workflow commands, says what it skipped, and succeeds', async () => {
    addWorkflowToken(fake, 'read');
    const number = openPullRequest(exampleModel);

    const result = await runPullRequest(number, makeWorkspace(), 'contributor/shop');

    expect(result.code).toBe(0);
    expect(writes()).toEqual([]);
    const line999 = exampleLineOf("'#999'");
    expect(result.stdout).toMatch(
      new RegExp(`^::error title=TA304,file=threatmodel\\.yaml,line=${line999},`, 'm'),
    );
    // GitHub displays 10 workflow annotations of each type per step: no more are written, one notice counts the rest.
    expect(result.stdout.match(/^::warning title=TA/gm)).toHaveLength(10);
    expect(result.stdout).toMatch(
      /^::notice title=threat-align::\d+ more annotations are in the job summary\.$/m,
    );
    expect(result.stdout).toMatch(
      /::notice::threat-align skipped the pull-request comment \(the pull request comes from a fork/,
    );
    expect(result.summary).toContain('threat-align');
    expect(result.outputs['new-findings']).toBe('0');
    expectNoToken(result);
  });
});

describe('scheduled audit', () => {
  it('keeps one tracking issue, updated in place with the trend, and never touches a look-alike', async () => {
    addWorkflowToken(fake, auditWorkflow);
    const lookAlike = fake.state.addIssue(shop, {
      title: 'threat-align audit (copied)',
      body: '<!-- threat-align:audit:threatmodel.yaml -->\nnot ours',
      labels: ['threat-align'],
      author: 'mallory',
    });
    const audit = (workspace = makeWorkspace()) =>
      runBundledAction({
        fake,
        token: ACTION_TOKEN,
        eventName: 'schedule',
        payload: { schedule: '0 6 * * 1' },
        inputs: listingAudit,
        workspace,
      });

    const workspace = makeWorkspace();
    const first = await audit(workspace);
    expect(first.code).toBe(0);
    // The SOC's detection folder, at action.yml's default, named by the step's output.
    expect(first.outputs['detection-folder']).toBe('threat-align-detection');
    for (const file of ['README.md', 'log-contract.schema.json', 'sigma/mr_ev_authn_login_fail.yml'])
      expect(existsSync(join(workspace, 'threat-align-detection', file))).toBe(true);
    const tracking = () =>
      [...shop.issues.values()].filter(
        (i) => i.labels.includes('threat-align') && i.author === 'github-actions[bot]',
      );
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0]?.body).toContain('**Trend:** first audit');
    expect(tracking()[0]?.body).toMatch(/<!-- threat-align-counts: \{.*"total":\d+\} -->/);

    const second = await audit();
    expect(second.code).toBe(0);
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0]?.body).toMatch(
      /\*\*Trend since the previous audit \(\d{4}-\d\d-\d\d\):\*\* errors 1 → 1 \(±0\)/,
    );
    expect(lookAlike.body).toBe('<!-- threat-align:audit:threatmodel.yaml -->\nnot ours');
    expect(fake.count('POST /repos/{owner}/{repo}/issues')).toBe(1);
    expect(fake.count('PATCH /repos/{owner}/{repo}/issues/{issue_number}')).toBe(1);
    expect(second.summary).toContain('threat-align audit');
    expectNoToken(first);
    expectNoToken(second);
  });
});

describe('missing backlog items', () => {
  const audit = (inputs: Record<string, string> = listingAudit) =>
    runBundledAction({
      fake,
      token: ACTION_TOKEN,
      eventName: 'schedule',
      payload: { schedule: '0 6 * * 1' },
      inputs,
      workspace: makeWorkspace(),
    });

  /** The audit's report: its body starts with its hidden marker (created items carry another). */
  const trackingIssues = () =>
    [...shop.issues.values()].filter((i) => i.body?.startsWith('<!-- threat-align:audit:') === true);
  /** The issues this run's token created, but the tracking issue: the items it created. */
  const createdItems = () =>
    [...shop.issues.values()].filter(
      (i) => i.author === 'github-actions[bot]' && !trackingIssues().includes(i),
    );
  const creations = () => fake.count('POST /repos/{owner}/{repo}/issues');

  it('by default lists the missing items in the summary and the tracking issue, and creates none', async () => {
    addWorkflowToken(fake, auditWorkflow);

    const result = await audit();

    expect(result.code).toBe(0);
    const missing = Number(result.outputs['backlog-items-missing']);
    expect(missing).toBeGreaterThan(0);
    expect(result.outputs['backlog-items-created']).toBe('0');
    expect(createdItems()).toEqual([]);
    expect(creations()).toBe(1); // the tracking issue only
    const section = result.summary.slice(result.summary.indexOf('### Backlog items (dry run)'));
    expect(section).toContain(`${missing} missing backlog items would be created.`);
    expect(section.match(/^- (Mitigation M-|Security event EV-)/gm)).toHaveLength(missing);
    expect(trackingIssues()).toHaveLength(1);
    expect(trackingIssues()[0]?.body).toContain(section.trim());
    expectNoToken(result);
  });

  it('creates each missing item once when asked; a failure half-way is clear and a rerun creates only the rest', async () => {
    // The README's weekly audit, as written: backlog-items create, with issues: write.
    addWorkflowToken(fake, auditWorkflow);
    const create = auditInputs;
    // The first creation goes through (a zero delay answers normally); the second meets a 502, so
    // it is looked for (not there) and sent again; the third goes through; the fourth is refused.
    const route = 'POST /repos/{owner}/{repo}/issues';
    const ok = { type: 'delay', ms: 0 } as const;
    fake.faults.enqueue(route, ok, { type: 'status', status: 502 }, ok, ok);
    fake.faults.enqueue(route, { type: 'status', status: 422, message: 'Validation Failed' });

    const failed = await audit(create);

    const missing = Number(failed.outputs['backlog-items-missing']);
    expect(missing).toBeGreaterThan(3);
    expect(failed.code).toBe(1);
    const firstThree = createdItems().map((i) => `#${i.number}`);
    expect(firstThree).toHaveLength(3);
    // Then the tracking issue, which reports what was created.
    expect(fake.requests.filter((r) => r.route === route).map((r) => r.status)).toEqual([
      201, 502, 201, 201, 422, 201,
    ]);
    expect(fake.count('GET /repos/{owner}/{repo}/issues')).toBe(2); // the look after the 502, the tracking issue
    expect(failed.outputs['backlog-items-created']).toBe('3');
    expect(failed.stdout).toContain(
      `::error::threat-align created 3 of ${missing} missing backlog items (${firstThree.join(', ')}), then stopped: GitHub failed while threat-align tried to create the backlog item "`,
    );
    expect(failed.stdout).toMatch(
      /\(422 Validation Failed\).*A rerun creates only the items still missing\./,
    );
    expect(failed.stdout + failed.stderr).not.toMatch(/\n\s+at /);
    // What was created is reported, in the summary and in the tracking issue.
    expect(failed.summary).toContain(`3 of ${missing} missing backlog items created.`);
    for (const ref of firstThree) expect(failed.summary).toContain(`- ${ref} `);
    expect(trackingIssues()).toHaveLength(1);
    expect(trackingIssues()[0]?.body).toContain(`3 of ${missing} missing backlog items created.`);

    // The rerun reads the three, and the tracking issue, which names every item but carries none.
    // It creates exactly the items the first run proposed and did not create, never one of the three again.
    const rerun = await audit(create);
    expect(rerun.code).toBe(0);
    const rest = Number(rerun.outputs['backlog-items-missing']);
    expect(rest).toBe(missing - 3);
    expect(rerun.outputs['backlog-items-created']).toBe(String(rest));
    expect(rerun.summary).toContain(`${rest} of ${rest} missing backlog items created.`);
    const items = createdItems();
    expect(items).toHaveLength(3 + rest);
    const keyOf = (item: { labels: string[] }) => item.labels.find((l) => /^(mitigation|event):/.test(l));
    const keys = items.map(keyOf);
    expect(new Set(keys).size).toBe(items.length);
    // Every item created was proposed by the first run, the first three in its order.
    const proposed = [...failed.summary.matchAll(/\(labels: `((?:mitigation|event):[^`]+)`/g)].map(
      (m) => m[1],
    );
    expect(proposed).toHaveLength(missing);
    expect(keys).toEqual(proposed);
    for (const item of items) {
      const key = keyOf(item) ?? 'no linking label';
      expect(item.labels).toEqual([key, 'threat-align']);
      expect(item.body?.endsWith(`<!-- threat-align:backlog-item ${key} -->`)).toBe(true);
      expect(item.state).toBe('open');
    }

    // Once all exist, a run creates nothing, and the tracking issue is still the one.
    const before = creations();
    const idle = await audit(create);
    expect(idle.code).toBe(0);
    expect(idle.outputs['backlog-items-missing']).toBe('0');
    expect(idle.outputs['backlog-items-created']).toBe('0');
    expect(idle.summary).toContain('No missing backlog item: nothing to create.');
    expect(creations()).toBe(before);
    expect(createdItems()).toHaveLength(3 + rest);
    expect(trackingIssues()).toHaveLength(1);
    for (const result of [failed, rerun, idle]) expectNoToken(result);
  });

  it('skips creating, with a notice, when the token may not write issues (403), and still succeeds', async () => {
    addWorkflowToken(fake, { ...auditWorkflow, permissions: { contents: 'read', issues: 'read' } });

    const result = await audit(auditInputs);

    expect(result.code).toBe(0);
    expect(createdItems()).toEqual([]);
    expect(Number(result.outputs['backlog-items-missing'])).toBeGreaterThan(0);
    expect(result.outputs['backlog-items-created']).toBe('0');
    expect(result.stdout).toMatch(
      /^::notice::threat-align skipped creating the missing backlog items \(The token may not create the backlog item .*give it `issues: write`/m,
    );
    expect(result.summary).toContain(
      `0 of ${result.outputs['backlog-items-missing']} missing backlog items created.`,
    );
    expectNoToken(result);
  });
});

describe('push', () => {
  it('writes the job summary, SARIF and JSON files and outputs, and nothing to GitHub', async () => {
    addWorkflowToken(fake, sarifWorkflow);
    const result = await runBundledAction({
      fake,
      token: ACTION_TOKEN,
      eventName: 'push',
      payload: { ref: 'refs/heads/main', after: 'a'.repeat(40), repository: { full_name: 'northwind/shop' } },
      inputs: pushInputs,
      workspace: makeWorkspace(),
    });
    expect(result.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(fake.count('graphql')).toBe(1);
    expect(result.summary).toContain(marker);
    const sarif = JSON.parse(readFileSync(join(result.workspace, 'threat-align.sarif'), 'utf8')) as {
      version: string;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(result.outputs).toMatchObject({
      errors: '1',
      'json-file': 'threat-align.json',
      'new-findings': '',
    });
    expectNoToken(result);
  });

  it("honours the configuration's failOn, and an explicit fail-on input wins over it", async () => {
    addWorkflowToken(fake, sarifWorkflow);
    const push = (failOn: string, config?: string) => {
      const workspace = makeWorkspace();
      if (config !== undefined) writeFileSync(join(workspace, '.threat-align.yaml'), config);
      return runBundledAction({
        fake,
        token: ACTION_TOKEN,
        eventName: 'push',
        payload: {
          ref: 'refs/heads/main',
          after: 'a'.repeat(40),
          repository: { full_name: 'northwind/shop' },
        },
        inputs: { ...pushInputs, 'fail-on': failOn },
        workspace,
      });
    };
    // The example has one error: without a configuration the threshold is error, and the step fails.
    const plain = await push('');
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(/::error::threat-align found findings at or above "error"/);
    expect((await push('', 'failOn: never\n')).code).toBe(0);
    const explicit = await push('error', 'failOn: never\n');
    expect(explicit.code).toBe(1);
    expect(explicit.stdout).toMatch(/::error::threat-align found findings at or above "error"/);
    expect((await push('never', 'failOn: note\n')).code).toBe(0);
  });

  it('fails with one clear sentence, no stack trace and no token, when an input is wrong', async () => {
    addWorkflowToken(fake, sarifWorkflow);
    const result = await runBundledAction({
      fake,
      token: ACTION_TOKEN,
      eventName: 'push',
      payload: {},
      inputs: { ...pushInputs, model: 'missing.yaml' },
      workspace: makeWorkspace(),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::threat-align: the threat model cannot be read: missing\.yaml does not exist/,
    );
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expectNoToken(result);
  });
});

/** The 1-based line of the shipped example's model that holds `text` (its first one). */
function exampleLineOf(text: string): number {
  const lines = readFileSync(join(process.cwd(), 'examples/online-shop/threatmodel.yaml'), 'utf8').split(
    '\n',
  );
  const index = lines.findIndex((line) => line.includes(text));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}
