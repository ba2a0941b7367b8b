import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github/index.js';
import { azureModel } from '../adapters/azure/model-fixture.js';
import { pullRequestPayload } from '../adapters/github/action/run-bundled-action.js';
import { ACTION_TOKEN, addWorkflowToken } from '../adapters/github/action/seed-shop.js';
import { badInputs, type BadInput } from '../hardening/bad-input-cases.js';
import {
  buildFrontEnds,
  runAction,
  runCli,
  runTask,
  type FrontEndRun,
  type FrontEnds,
} from './front-ends.js';

/**
 * The contract of SPEC §7: the CLI, the GitHub Action and the Azure task, bundled as they ship,
 * run the same cases and agree — the same message at the same place for unusable input, the same
 * findings, the same verdict. Any difference in wording between them fails.
 */
jest.setTimeout(120_000);

let frontEnds: FrontEnds;
let fake: FakeGitHub;
beforeAll(async () => {
  frontEnds = await buildFrontEnds();
  fake = await startFakeGitHub();
  addWorkflowToken(fake, 'read');
  fake.state.addRepository('northwind/shop');
}, 240_000);
afterAll(async () => {
  await fake.close();
});

type Files = Record<string, string | Uint8Array | (() => string | Uint8Array)>;

function write(root: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'function' ? content() : content);
  }
}

/** The shared inputs of a `check` command line, as each front end names them. */
interface Shared {
  model: string;
  config?: string;
  kb?: string;
  backlog?: string;
  failOn?: string;
}

function sharedOf(args: readonly string[]): Shared {
  const [, model = 'threatmodel.yaml', ...flags] = args;
  const shared: Shared = { model };
  for (let i = 0; i < flags.length; i += 2) {
    const value = flags[i + 1] ?? '';
    if (flags[i] === '--config') shared.config = value;
    if (flags[i] === '--kb') shared.kb = value;
    if (flags[i] === '--backlog') shared.backlog = value;
    if (flags[i] === '--fail-on') shared.failOn = value;
  }
  return shared;
}

const pushEvent = () => ({
  name: 'push',
  payload: { ref: 'refs/heads/main', after: 'a'.repeat(40), repository: { full_name: 'northwind/shop' } },
  apiUrl: fake.apiUrl,
  graphqlUrl: fake.graphqlUrl,
});

/** One case through all three front ends, each in a fresh workspace holding `files`. */
async function throughAll(
  files: Files,
  shared: Shared,
  prepare: (root: string) => void = () => undefined,
): Promise<Record<'cli' | 'action' | 'task', FrontEndRun>> {
  const cliWorkspace = mkdtempSync(join(tmpdir(), 'ta-contract-cli-'));
  const actionWorkspace = mkdtempSync(join(tmpdir(), 'ta-contract-action-'));
  for (const root of [cliWorkspace, actionWorkspace]) {
    write(root, files);
    prepare(root);
  }
  const args = ['check', shared.model];
  if (shared.config !== undefined) args.push('--config', shared.config);
  if (shared.kb !== undefined) args.push('--kb', shared.kb);
  if (shared.backlog !== undefined) args.push('--backlog', shared.backlog);
  if (shared.failOn !== undefined) args.push('--fail-on', shared.failOn);
  // The three at once: each is a process of its own.
  const [cli, action, task] = await Promise.all([
    runCli(frontEnds, cliWorkspace, args),
    runAction(
      frontEnds,
      actionWorkspace,
      {
        token: ACTION_TOKEN,
        model: shared.model,
        backlog: shared.backlog ?? 'none',
        ...(shared.config === undefined ? {} : { config: shared.config }),
        ...(shared.kb === undefined ? {} : { 'knowledge-base': shared.kb }),
        ...(shared.failOn === undefined ? {} : { 'fail-on': shared.failOn }),
      },
      pushEvent(),
    ),
    runTask(
      frontEnds,
      (workspace) => {
        write(workspace, files);
        prepare(workspace);
      },
      {
        model: shared.model,
        backlog: shared.backlog ?? 'none',
        ...(shared.config === undefined ? {} : { config: shared.config }),
        ...(shared.kb === undefined ? {} : { knowledgeBase: shared.kb }),
        ...(shared.failOn === undefined ? {} : { failOn: shared.failOn }),
      },
    ),
  ]);
  return { cli, action, task };
}

/** The findings as every outlet locates them: check, severity, message and place. */
function findingsOf(run: FrontEndRun): string[] {
  return (run.report?.findings ?? []).map(
    (f) => `${JSON.stringify(f.location)} ${f.severity} ${f.check}: ${f.message}`,
  );
}

/** The three front ends agree: same stop, same verdict, same failure wording or same findings. */
function expectAgreement(runs: Record<'cli' | 'action' | 'task', FrontEndRun>): void {
  const { cli, action, task } = runs;
  expect({ action: action.stopped, task: task.stopped }).toEqual({ action: cli.stopped, task: cli.stopped });
  expect({ action: action.passed, task: task.passed }).toEqual({ action: cli.passed, task: cli.passed });
  if (cli.stopped) {
    expect(action.failure).toBe(cli.failure);
    expect(task.failure).toBe(cli.failure);
  } else {
    expect(findingsOf(action)).toEqual(findingsOf(cli));
    expect(findingsOf(task)).toEqual(findingsOf(cli));
  }
}

/**
 * The corpus's small cases (the generated giants are the hardening suite's): every invalid model
 * and configuration, and the first cases of the other kinds.
 */
const corpus = badInputs
  .filter((input) => input.timeoutMs === undefined)
  .filter(
    (input, _at, all) =>
      input.kind === 'model' ||
      input.kind === 'config' ||
      all.filter((other) => other.kind === input.kind).indexOf(input) < 5,
  );

describe('the invalid-input corpus through the three front ends', () => {
  it.each(corpus.map((input) => [input.name, input] as const))('%s', async (_name, input: BadInput) => {
    const runs = await throughAll(input.files, sharedOf(input.args));
    expectAgreement(runs);
    if (input.status === 2) expect(runs.cli.failure).toContain(input.expected);
    else {
      const [, file, line, column, severity, check, message] =
        /^(.*?):(\d+):(\d+): (\w+) (TA\d+): (.*)$/.exec(input.expected) ?? [];
      expect(runs.cli.report?.findings).toContainEqual(
        expect.objectContaining({
          check,
          severity,
          message,
          location: expect.objectContaining({ file, line: Number(line), column: Number(column) }),
        }),
      );
    }
  });
});

/** A model with one error of its own (an unknown mitigation id, TA102) beside the fixture's findings. */
const withError = azureModel.replace('mitigations:\n', 'mitigations:\n  M-NOPE: { status: planned }\n');

describe('the configuration matrix through the three front ends', () => {
  const future = '2999-01-01';
  it.each([
    ['no configuration', undefined],
    ['failOn: never', 'failOn: never\n'],
    ['failOn: note', 'failOn: note\n'],
    ['failOn: warning', 'failOn: warning\n'],
    ['a check off', 'checks: { TA102: off }\n'],
    ['a severity changed', 'checks: { TA102: warning }\n'],
    [
      'a suppression',
      `suppressions:\n  - { check: TA102, target: M-NOPE, reason: accepted, expires: ${future} }\n`,
    ],
    [
      'an expired suppression',
      'suppressions:\n  - { check: TA102, target: M-NOPE, reason: accepted, expires: 2020-01-01 }\n',
    ],
    ['an unknown key', 'failon: never\n'],
    ['several problems', 'failOn: sometimes\nchecks: { TA102: loud }\nextra: 1\n'],
  ])('%s', async (_name, config) => {
    const files: Files = {
      'threatmodel.yaml': withError,
      ...(config === undefined ? {} : { '.threat-align.yaml': config }),
    };
    const runs = await throughAll(files, { model: 'threatmodel.yaml' });
    expectAgreement(runs);
  });

  it('lets an explicit fail-on win over the configuration on every front end', async () => {
    const runs = await throughAll(
      { 'threatmodel.yaml': withError, '.threat-align.yaml': 'failOn: never\n' },
      { model: 'threatmodel.yaml', failOn: 'error' },
    );
    expectAgreement(runs);
    expect(runs.cli.passed).toBe(false);
  });
});

describe('the verdict matrix on a pull request (the Action and the task)', () => {
  const baseSha = 'b'.repeat(40);
  let number = 0;

  /** The Action on a pull request whose base holds `base`, and the task on one whose target branch does. */
  async function pullRequest(base: string, inputs: { failOn: string; newOnly: boolean }) {
    const shop = fake.state.repository('northwind/shop')!;
    const sha = `${(++number).toString(16).padStart(2, '0')}${baseSha.slice(2)}`;
    fake.state.addFile(shop, sha, 'threatmodel.yaml', base);
    const pr = fake.state.addPullRequest(shop, { title: 'Change', baseSha: sha, headSha: 'c'.repeat(40) });
    const workspace = mkdtempSync(join(tmpdir(), 'ta-contract-pr-'));
    writeFileSync(join(workspace, 'threatmodel.yaml'), withError);
    const actionRun = runAction(
      frontEnds,
      workspace,
      {
        token: ACTION_TOKEN,
        model: 'threatmodel.yaml',
        backlog: 'none',
        annotations: 'false',
        'fail-on': inputs.failOn,
        'fail-on-new-only': String(inputs.newOnly),
      },
      {
        name: 'pull_request',
        payload: pullRequestPayload({ number: pr.number, baseSha: sha, headSha: 'c'.repeat(40) }),
        apiUrl: fake.apiUrl,
        graphqlUrl: fake.graphqlUrl,
      },
    );
    const taskRun = runTask(
      frontEnds,
      (root) => {
        // A GitHub repository built in Azure Pipelines: the target branch is read from the clone.
        const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
        git('init', '-q');
        writeFileSync(join(root, 'threatmodel.yaml'), base);
        git('add', 'threatmodel.yaml');
        git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'base');
        git('update-ref', 'refs/remotes/origin/main', 'HEAD');
        writeFileSync(join(root, 'threatmodel.yaml'), withError);
      },
      { failOn: inputs.failOn, failOnNewOnly: String(inputs.newOnly) },
      {
        BUILD_REASON: 'PullRequest',
        SYSTEM_PULLREQUEST_TARGETBRANCH: 'main',
        BUILD_REPOSITORY_PROVIDER: 'GitHub',
      },
    );
    const [action, task] = await Promise.all([actionRun, taskRun]);
    return { action, task };
  }

  it.each([
    // fail-on, fail-on-new-only, the error is new → fails
    ['error', false, false, true],
    ['error', false, true, true],
    ['error', true, false, false],
    ['error', true, true, true],
    ['never', true, true, false],
    ['never', false, false, false],
  ] as const)('fail-on %s, new only %s, error new %s: fails %s', async (failOn, newOnly, isNew, fails) => {
    const { action, task } = await pullRequest(isNew ? azureModel : withError, { failOn, newOnly });
    expect({ action: action.passed, task: task.passed }).toEqual({ action: !fails, task: !fails });
    expect(findingsOf(task)).toEqual(findingsOf(action));
  });
});

describe('the workspace as a boundary, through the three front ends', () => {
  const secret = 'SECRET-7d1e the content of a file outside';
  let outside = '';
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'ta-elsewhere-'));
    writeFileSync(join(outside, 'secret.yaml'), `${secret}\nkey: value\n`);
    writeFileSync(join(outside, 'secret.json'), `{ "${secret}": 1 }\n`);
    mkdirSync(join(outside, 'kb'));
    writeFileSync(join(outside, 'kb', 'threats.yaml'), `${secret}: [1]\n`);
  });
  /** A path that reaches `outside` by `..` from any workspace less than 12 folders deep. */
  const climb = (name: string) => `${'../'.repeat(12)}${join(outside, name).slice(1)}`;

  /** Nothing of the outside file reaches any outlet, and no link's target is named. */
  function expectNoLeak(runs: Record<string, FrontEndRun>, linked: boolean): void {
    for (const run of Object.values(runs)) {
      expect(run.outlets).not.toContain('SECRET-7d1e');
      expect(run.outlets).not.toContain('key: value');
      if (linked) expect(run.outlets).not.toContain(outside);
    }
  }

  /** Runs a case with the outside target present and with it missing: the outlets must not tell them apart. */
  async function bothWays(
    files: Files,
    shared: Shared,
    plant: (root: string, target: string) => void,
    target: string,
  ): Promise<Record<'cli' | 'action' | 'task', FrontEndRun>> {
    const present = await throughAll(files, shared, (root) => {
      plant(root, join(outside, target));
    });
    const missing = await throughAll(files, shared, (root) => {
      plant(root, join(outside, `missing-${target}`));
    });
    for (const runs of [present, missing]) {
      expectAgreement(runs);
      expectNoLeak(runs, true);
    }
    expect(missing.cli.failure).toBe(present.cli.failure);
    expect(findingsOf(missing.cli)).toEqual(findingsOf(present.cli));
    return present;
  }

  it('refuses a model that is a link to a file outside', async () => {
    const runs = await bothWays(
      {},
      { model: 'model.yaml' },
      (root, target) => {
        symlinkSync(target, join(root, 'model.yaml'));
      },
      'secret.yaml',
    );
    expect(runs.cli.failure).toBe(
      'threat-align: the threat model cannot be read: model.yaml is outside the workspace: threat-align reads only files inside it (no "..", absolute path or link that leads out)',
    );
  });

  it('refuses a model under a link to a folder outside', async () => {
    const runs = await bothWays(
      {},
      { model: 'models/secret.yaml' },
      (root, target) => {
        symlinkSync(dirname(target), join(root, 'models'));
      },
      'secret.yaml',
    );
    expect(runs.cli.stopped).toBe(true);
  });

  it('refuses a configuration that is a link outside', async () => {
    const runs = await bothWays(
      { 'model.yaml': withError },
      { model: 'model.yaml' },
      (root, target) => {
        symlinkSync(target, join(root, '.threat-align.yaml'));
      },
      'secret.yaml',
    );
    expect(runs.cli.failure).toMatch(
      /^threat-align: the configuration cannot be read: \.threat-align\.yaml is outside/,
    );
  });

  it('refuses a backlog file reached by .. and by an absolute path', async () => {
    for (const path of [climb('secret.json'), join(outside, 'secret.json')]) {
      const runs = await throughAll(
        { 'model.yaml': withError },
        { model: 'model.yaml', backlog: `file:${path}` },
      );
      expectAgreement(runs);
      expectNoLeak(runs, false);
      expect(runs.cli.failure).toMatch(
        /^threat-align: the backlog file cannot be read: .* is outside the workspace/,
      );
    }
  });

  it("refuses a knowledge base the model's knowledgeBase.use names outside, by a link or by ..", async () => {
    const model = (use: string) => withError.replace('use: core@1.0.0', `use: ${use}`);
    await bothWays(
      { 'model.yaml': model('./kb') },
      { model: 'model.yaml' },
      (root, target) => {
        symlinkSync(target, join(root, 'kb'));
      },
      'kb',
    );
    const climbed = await throughAll({ 'model.yaml': model(climb('kb')) }, { model: 'model.yaml' });
    expectAgreement(climbed);
    expectNoLeak(climbed, false);
    expect(findingsOf(climbed.cli).join('\n')).toMatch(/TA106: .* is outside the workspace|TA101/);
  });

  it('leaves out a Threagile include that is a link outside, saying nothing of it', async () => {
    const threagile = [
      'threagile_version: 1.0.0',
      'title: Shop',
      'includes: [part.yaml]',
      'technical_assets:',
      '  web: { id: web, type: process, technology: web-server }',
      '',
    ].join('\n');
    await bothWays(
      { 'threagile.yaml': threagile },
      { model: 'threagile.yaml' },
      (root, target) => {
        symlinkSync(target, join(root, 'part.yaml'));
      },
      'secret.yaml',
    );
  });
});
