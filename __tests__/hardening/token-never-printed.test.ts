import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeInWorker } from '../fakes/azure/fake-in-worker.js';
import { runStagedTask, stageTask } from '../adapters/azure/stage-task.js';
import { useFakeInWorker } from '../adapters/azure/use-fake-azure.js';
import type { FakeGitHub, FakeRepository } from '../fakes/github/index.js';
import {
  ensureFreshBundle,
  exampleModel,
  makeWorkspace,
  pullRequestPayload,
  repoRoot,
  runBundledAction,
  type ActionRunResult,
} from '../adapters/github/action/run-bundled-action.js';
import { useSeededShop } from '../adapters/github/action/seed-shop.js';
import { pullRequestWorkflow, runnerInputs } from '../adapters/github/action/workflow-scenarios.js';

/**
 * SPEC §9, "the token never appears in logs or outputs", across the repository's shipped entries:
 * the bundled CLI, the bundled action and the bundled Azure task, on the routes that succeed and on
 * failures whose errors carry the request (a 401 and a 500 whose message echoes the token, as a
 * proxy might). Every text a run leaves is collected — stdout, stderr, the job summary, the step
 * outputs, every file in the workspace (reports, the task's temporary folder), and every body the
 * fake received and now shows (comments, issues, check runs, threads) — and each is searched for
 * the token as written, URL-encoded and base64-encoded at each of its alignments.
 */

jest.setTimeout(180_000);

/** Distinctive, and with characters URL- and base64-encoding change, so each encoding differs. */
const TOKEN = 'ghs_T0KEN+never/printed=0123456789abcdefXYZ';

/** The forms in which the token could leak: as is, URL-encoded, and base64 (also URL-safe) inside any larger text. */
function tokenForms(token: string): string[] {
  const forms = [token, encodeURIComponent(token), encodeURIComponent(token).replace(/%20/g, '+')];
  // Inside a base64 text the token starts 0, 1 or 2 bytes into a 3-byte group. Whatever precedes
  // it, its encoding is the same from the first group boundary in it to the last whole group.
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.from('x'.repeat(shift) + token).toString('base64');
    const stable = encoded.slice(shift === 0 ? 0 : 4, Math.floor((shift + token.length) / 3) * 4);
    forms.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(forms)];
}

/** The texts that hold the token in any of its forms, named by where they came from. */
function leaks(texts: Record<string, string>, token = TOKEN): string[] {
  const forms = tokenForms(token);
  return Object.entries(texts).flatMap(([where, text]) =>
    forms.filter((form) => text.includes(form)).map((form) => `${where}: ${form}`),
  );
}

/** Every file under a folder, by path relative to it. */
function filesUnder(folder: string, prefix = ''): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) Object.assign(texts, filesUnder(path, `${prefix}${name}/`));
    else texts[`${prefix}${name}`] = readFileSync(path, 'latin1');
  }
  return texts;
}

describe('the leak detector', () => {
  it('finds the token as written, URL-encoded and base64-encoded at any offset of a larger text', () => {
    const base64At = (offset: number) =>
      Buffer.from(`${'p'.repeat(offset)}Authorization: ${TOKEN} trailing`).toString('base64');
    expect(
      leaks({
        plain: `token ${TOKEN}.`,
        url: `https://x.test/?t=${encodeURIComponent(TOKEN)}`,
        b0: base64At(0),
        b1: base64At(1),
        b2: base64At(2),
        basic: `Authorization: Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
        urlSafe: Buffer.from(`pp${TOKEN}`).toString('base64url'),
      }).map((leak) => leak.split(':')[0]),
    ).toEqual(expect.arrayContaining(['plain', 'url', 'b0', 'b1', 'b2', 'basic', 'urlSafe']));
    expect(leaks({ clean: `token *** ${TOKEN.slice(0, 10)}` })).toEqual([]);
  });
});

describe('the bundled CLI, with the token in every variable a CI sets', () => {
  const cli = join(repoRoot, 'dist/cli.js');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_TOKEN: TOKEN,
    GH_TOKEN: TOKEN,
    INPUT_TOKEN: TOKEN,
    SYSTEM_ACCESSTOKEN: TOKEN,
    THREAT_ALIGN_TOKEN: TOKEN,
  };

  beforeAll(() => {
    ensureFreshBundle();
  }, 300_000);

  it('prints and writes it nowhere: every format, the events catalogue, and a failing run', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ta-token-cli-'));
    copyFileSync(join(repoRoot, 'examples/online-shop/threatmodel.yaml'), join(folder, 'threatmodel.yaml'));
    copyFileSync(join(repoRoot, 'examples/online-shop/backlog.json'), join(folder, 'backlog.json'));
    const runs = [
      ...['text', 'json', 'markdown', 'sarif'].map((format) => [
        'check',
        'threatmodel.yaml',
        '--backlog',
        'file:backlog.json',
        '--format',
        format,
        '--output',
        `report.${format}`,
      ]),
      ['check', 'threatmodel.yaml', '--backlog', 'file:backlog.json', '--format', 'json'],
      ['events', 'threatmodel.yaml', '--format', 'json', '--output', 'events.json'],
      ['check', 'missing.yaml'],
      ['check', 'threatmodel.yaml', '--backlog', 'github:northwind/shop'],
    ];
    const texts: Record<string, string> = {};
    const statuses: (number | null)[] = [];
    for (const [i, args] of runs.entries()) {
      const result = spawnSync(process.execPath, [cli, ...args], {
        cwd: folder,
        env,
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      statuses.push(result.status);
      texts[`run ${i} stdout`] = result.stdout;
      texts[`run ${i} stderr`] = result.stderr;
    }
    Object.assign(texts, filesUnder(folder));

    // The runs did run: reports were written, and the failures failed.
    expect(statuses.slice(-2).every((status) => status !== 0)).toBe(true);
    expect(Object.keys(texts)).toEqual(
      expect.arrayContaining([
        'report.json',
        'report.sarif',
        'report.markdown',
        'report.text',
        'events.json',
      ]),
    );
    expect(texts['report.sarif']).toContain('"version": "2.1.0"');
    expect(leaks(texts)).toEqual([]);
  });
});

describe('the bundled action', () => {
  const BASE = 'b'.repeat(40);
  const HEAD = 'c'.repeat(40);
  // The README's pull-request workflow, as the runner passes its inputs.
  const inputs = runnerInputs(pullRequestWorkflow);
  const echo = `request echoed: GET /graphql authorization: token ${TOKEN}`;
  let fake: FakeGitHub;
  let shop: FakeRepository;

  useSeededShop((started, seeded) => {
    fake = started;
    shop = seeded;
    fake.state.addToken(TOKEN, {
      kind: 'installation',
      permissions: { contents: 'read', issues: 'write', pull_requests: 'write', checks: 'write' },
    });
  });

  function run(eventName: string, payload: unknown, extra: Record<string, string> = {}) {
    return runBundledAction({
      fake,
      token: TOKEN,
      eventName,
      payload,
      inputs: { ...inputs, ...extra },
      workspace: makeWorkspace(),
    });
  }

  function pullRequest(): Promise<ActionRunResult> {
    const pr = fake.state.addPullRequest(shop, { title: 'Gift cards', baseSha: BASE, headSha: HEAD });
    fake.state.addFile(shop, BASE, 'threatmodel.yaml', exampleModel);
    return run('pull_request', pullRequestPayload({ number: pr.number, baseSha: BASE, headSha: HEAD }));
  }

  /** Everything a run left, and everything GitHub received and now shows. */
  function collected(result: ActionRunResult): Record<string, string> {
    // The runner consumes `::add-mask::` and never shows it; it is the one place the token may be.
    const masks = result.stdout.split('\n').filter((line) => line === `::add-mask::${TOKEN}`);
    expect(masks).toHaveLength(1);
    return {
      stdout: result.stdout.replace(`::add-mask::${TOKEN}\n`, ''),
      stderr: result.stderr,
      summary: result.summary,
      outputs: JSON.stringify(result.outputs),
      ...filesUnder(result.workspace),
      'request bodies': JSON.stringify(fake.requests),
      comments: JSON.stringify([...shop.comments.values()]),
      issues: JSON.stringify([...shop.issues.values()]),
      'check runs': JSON.stringify([...shop.checkRuns.values()]),
    };
  }

  it('on a pull request (with a retried 500 that echoes it), leaves it nowhere', async () => {
    fake.faults.enqueue('graphql', { type: 'status', status: 500, message: echo });

    const result = await pullRequest();

    expect(result.code).toBe(0);
    expect(shop.comments.size).toBe(1);
    expect(shop.checkRuns.size).toBe(1);
    expect(leaks(collected(result))).toEqual([]);
  });

  it('on a scheduled audit, leaves it nowhere', async () => {
    const result = await run('schedule', { schedule: '0 6 * * 1' }, { 'fail-on': 'never' });

    expect(result.code).toBe(0);
    expect([...shop.issues.values()].filter((i) => i.labels.includes('threat-align'))).toHaveLength(1);
    expect(leaks(collected(result))).toEqual([]);
  });

  it('on a push, leaves it nowhere', async () => {
    const result = await run(
      'push',
      { ref: 'refs/heads/main', after: 'a'.repeat(40), repository: { full_name: 'northwind/shop' } },
      { 'fail-on': 'never' },
    );

    expect(result.code).toBe(0);
    expect(leaks(collected(result))).toEqual([]);
  });

  it('when GitHub rejects it (401) with a message that echoes it, fails without printing it', async () => {
    fake.faults.enqueue('graphql', { type: 'status', status: 401, message: `Bad credentials; ${echo}` });

    const result = await pullRequest();

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::GitHub rejected the token \(401 Bad credentials; request echoed: /m,
    );
    expect(leaks(collected(result))).toEqual([]);
  });

  it('when a write keeps failing with a 500 that echoes it, fails without printing it', async () => {
    fake.faults.enqueue(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      ...Array.from({ length: 3 }, () => ({ type: 'status' as const, status: 500, message: echo })),
    );

    const result = await pullRequest();

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::GitHub failed while threat-align tried to write the threat-align comment on pull request #\d+ \(500 request echoed: GET \/graphql authorization: token \*\*\*\)/m,
    );
    expect(leaks(collected(result))).toEqual([]);
  });

  it('is passed to the runner to mask before anything else is printed', async () => {
    const result = await run('push', { ref: 'refs/heads/main' }, { 'fail-on': 'never' });
    expect(result.stdout.startsWith(`::add-mask::${TOKEN}\n`)).toBe(true);
  });
});

describe('the bundled Azure Pipelines task (through MockTestRunner, as in task.test.ts)', () => {
  const repositoryId = '9f1c3a52-0000-4000-8000-000000000001';
  let staged: Awaited<ReturnType<typeof stageTask>>;
  const startFake = useFakeInWorker();

  beforeAll(async () => {
    staged = await stageTask();
  }, 180_000);

  afterAll(() => {
    rmSync(staged.root, { recursive: true, force: true });
  });

  /** Runs the staged task with the agent's variables; gives its stdout, stderr and every file it left. */
  async function runTask(inputs: Record<string, string>, variables: Record<string, string>) {
    const { runner, workspace } = await runStagedTask(staged, inputs, variables);
    const files = filesUnder(workspace);
    // The generated runner file holds the environment the test gave the agent, not the task's output.
    delete files['run-task.mjs'];
    return { succeeded: runner.succeeded, stdout: runner.stdout, stderr: runner.stderr, files };
  }

  /** The agent consumes `##vso[task.setsecret]` and never shows it; it is the one place the token may be. */
  function withoutSetSecret(stdout: string, token: string): string {
    const lines = stdout.split('\n');
    expect(lines.filter((line) => line === `##vso[task.setsecret]${token}`)).toHaveLength(1);
    return lines.filter((line) => line !== `##vso[task.setsecret]${token}`).join('\n');
  }

  const build = (f: FakeInWorker, token: string, reason: 'PullRequest' | 'Schedule') => ({
    BUILD_REASON: reason,
    SYSTEM_COLLECTIONURI: f.collectionUrl,
    SYSTEM_ACCESSTOKEN: token,
    ...(reason === 'PullRequest'
      ? {
          SYSTEM_PULLREQUEST_PULLREQUESTID: '42',
          BUILD_REPOSITORY_ID: repositoryId,
          BUILD_REPOSITORY_PROVIDER: 'TfsGit',
          SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
        }
      : {}),
  });
  const workItems = [
    {
      id: 2,
      project: 'Shop',
      fields: { 'System.Title': 'TLS everywhere', 'System.State': 'Active', 'System.WorkItemType': 'Task' },
    },
  ];
  const inputs = {
    model: 'threatmodel.yaml',
    failOn: 'never',
    sarifFile: 'out/report.sarif',
    jsonFile: 'out/report.json',
  };

  it.each(['PullRequest', 'Schedule'] as const)('on a %s build, leaves it nowhere', async (reason) => {
    const fake = await startFake({ token: TOKEN }, workItems);

    const run = await runTask(inputs, build(fake, TOKEN, reason));
    const snapshot = await fake.snapshot(repositoryId, 42);

    expect(run.succeeded).toBe(true);
    expect(Object.keys(run.files)).toEqual(
      expect.arrayContaining(['out/report.sarif', 'out/report.json', 'temp/threat-align-summary.md']),
    );
    expect(snapshot.threads).toHaveLength(reason === 'PullRequest' ? 1 : 0);
    expect(
      leaks({
        stdout: withoutSetSecret(run.stdout, TOKEN),
        stderr: run.stderr,
        ...run.files,
        'request bodies': JSON.stringify(snapshot.requests),
        threads: JSON.stringify(snapshot.threads),
      }),
    ).toEqual([]);
  });

  it('with a token Azure DevOps refuses (401), fails without printing it', async () => {
    const fake = await startFake({ token: TOKEN }, workItems);
    const refused = 'azp_REFUSED+token/9f8e7d6c5b4a3210==';

    const run = await runTask(inputs, build(fake, refused, 'PullRequest'));
    const snapshot = await fake.snapshot(repositoryId, 42);

    expect(run.succeeded).toBe(false);
    expect(run.stdout).toContain('(HTTP 401)');
    expect(
      leaks(
        {
          stdout: withoutSetSecret(run.stdout, refused),
          stderr: run.stderr,
          ...run.files,
          'request bodies': JSON.stringify(snapshot.requests),
        },
        refused,
      ),
    ).toEqual([]);
  });
});
