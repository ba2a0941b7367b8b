import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { runnerEnvironment } from '../adapters/github/action/runner-environment.js';
import { runStagedTask, stageTask, type StagedTask } from '../adapters/azure/stage-task.js';
import { productBundleOptions } from '../fakes/product-bundle-options.js';

/**
 * The three front ends as they ship, built once per suite into a fresh folder (never the
 * repository's dist/): `dist/cli.js` and `dist/action.js` (+ `action-main.js`) beside a
 * package.json and the shipped kb/, and the Azure task staged as the .vsix installs it.
 */
export interface FrontEnds {
  cliJs: string;
  actionJs: string;
  task: StagedTask;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const execute = promisify(execFile);

/** dist/action.js loads the rest of the action from action-main.js beside it (as scripts/bundle.mjs does). */
const actionRest: Plugin = {
  name: 'action-main-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/run-action\.js$/ }, (args) =>
      args.importer.endsWith('action/main.ts') ? { path: './action-main.js', external: true } : undefined,
    );
  },
};

export async function buildFrontEnds(): Promise<FrontEnds> {
  const root = mkdtempSync(join(tmpdir(), 'ta-contract-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'threat-align', type: 'module' }));
  symlinkSync(join(repoRoot, 'kb'), join(root, 'kb'));
  const entries = {
    cli: 'src/adapters/cli/main.ts',
    action: 'src/adapters/github/action/main.ts',
    'action-main': 'src/adapters/github/action/run-action.ts',
  };
  for (const [name, entry] of Object.entries(entries)) {
    await build({
      entryPoints: [join(repoRoot, entry)],
      outfile: join(root, 'dist', `${name}.js`),
      plugins: name === 'action' ? [actionRest] : [],
      ...productBundleOptions('0.0.0-contract'),
    });
  }
  return {
    cliJs: join(root, 'dist/cli.js'),
    actionJs: join(root, 'dist/action.js'),
    task: await stageTask(),
  };
}

/** A front end's run, reduced to what the contract compares. */
export interface FrontEndRun {
  /** Passed: exit status 0, or the task's Succeeded. */
  passed: boolean;
  /** Stopped on unusable input (CLI exit status 2, the Action's or task's failure before any outlet). */
  stopped: boolean;
  /** The failure the platform shows (the Action's ::error::, the task's result message; CLI: stderr). */
  failure: string;
  /** Everything the run printed or wrote where a reader sees it. */
  outlets: string;
  /** The JSON report, when one was written. */
  report?: { findings: { check: string; severity: string; message: string; location: unknown }[] };
}

/** The CLI in `workspace`: `check` with the arguments, the JSON report on stdout. */
export async function runCli(frontEnds: FrontEnds, workspace: string, args: string[]): Promise<FrontEndRun> {
  let status = 0;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await execute(process.execPath, [frontEnds.cliJs, ...args, '--format', 'json'], {
      cwd: workspace,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    status = failed.code ?? -1;
    stdout = failed.stdout ?? '';
    stderr = failed.stderr ?? '';
  }
  return {
    passed: status === 0,
    stopped: status === 2,
    failure: stderr.trimEnd(),
    outlets: stdout + stderr,
    ...(status === 2 ? {} : { report: JSON.parse(stdout) as FrontEndRun['report'] }),
  };
}

/** The Action's runner: a push (or the given event) in `workspace`, the JSON report in a file. */
export async function runAction(
  frontEnds: FrontEnds,
  workspace: string,
  inputs: Record<string, string>,
  event: { name: string; payload: unknown; apiUrl: string; graphqlUrl: string },
): Promise<FrontEndRun> {
  const temp = mkdtempSync(join(tmpdir(), 'ta-contract-run-'));
  const paths = {
    eventPath: join(temp, 'event.json'),
    summaryPath: join(temp, 'summary.md'),
    outputPath: join(temp, 'out'),
  };
  writeFileSync(paths.eventPath, JSON.stringify(event.payload));
  writeFileSync(paths.summaryPath, '');
  writeFileSync(paths.outputPath, '');
  const jsonFile = join(temp, 'report.json');
  const env = runnerEnvironment({
    eventName: event.name,
    ...paths,
    repository: 'northwind/shop',
    workspace,
    temp,
    fake: { apiUrl: event.apiUrl, graphqlUrl: event.graphqlUrl },
    inputs: {
      token: 'contract-token',
      comment: 'false',
      'tracking-issue': 'false',
      'backlog-items': 'off',
      'sarif-file': '',
      ...inputs,
      'json-file': jsonFile,
    },
  });
  const child = spawn(process.execPath, [frontEnds.actionJs], { cwd: workspace, env });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const failure = [...stdout.matchAll(/^::error::(.*)$/gm)].map((m) => decodeGitHub(m[1] ?? '')).join('\n');
  const report = readIfThere(jsonFile);
  return {
    passed: code === 0,
    stopped: code !== 0 && report === undefined,
    failure,
    outlets:
      stdout +
      readFileSync(paths.summaryPath, 'utf8') +
      readFileSync(paths.outputPath, 'utf8') +
      (report ?? ''),
    ...(report === undefined ? {} : { report: JSON.parse(report) as FrontEndRun['report'] }),
  };
}

/** The task as an agent runs it, in a workspace `prepare` fills, the JSON report in a file. */
export async function runTask(
  frontEnds: FrontEnds,
  prepare: (workspace: string) => void,
  inputs: Record<string, string>,
  variables: Record<string, string> = { BUILD_REASON: 'Manual' },
): Promise<FrontEndRun> {
  const { runner, workspace } = await runStagedTask(
    frontEnds.task,
    { backlog: 'none', prComment: 'false', loggedIssues: 'false', jsonFile: 'temp/report.json', ...inputs },
    variables,
    prepare,
  );
  const complete = runner.stdout.split('\n').find((l) => l.startsWith('##vso[task.complete')) ?? '';
  const report = readIfThere(join(workspace, 'temp/report.json'));
  const summary = readIfThere(join(workspace, 'temp/threat-align-summary.md')) ?? '';
  return {
    passed: runner.succeeded,
    stopped: !runner.succeeded && report === undefined,
    failure: decodeAzure(complete.replace(/^##vso\[[^\]]*\]/, '')),
    outlets: runner.stdout + runner.stderr + summary + (report ?? ''),
    ...(report === undefined ? {} : { report: JSON.parse(report) as FrontEndRun['report'] }),
  };
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A workflow command's data, as the runner shows it. */
function decodeGitHub(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** A logging command's data, as the agent shows it. */
function decodeAzure(data: string): string {
  return data
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3B/g, ';')
    .replace(/%5D/g, ']')
    .replace(/%AZP25/g, '%');
}
