import { fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BacklogItem } from '../src/core/backlog/backlog-item.js';
import type { FakeReply, SeedMessage } from './fake-github-process.js';
import { runnerEnvironment } from '../__tests__/adapters/github/action/runner-environment.js';

/** The bundle the runner runs (`npm run bundle` builds it). */
export const actionBundle = resolve('dist/action.js');
const timeBinary = '/usr/bin/time';
const token = 'ghs_BENCHactionTOKEN0123456789abcdefXYZ';
const repository = 'bench/shop';

export interface FakeProcess {
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  stats(): Promise<Extract<FakeReply, { type: 'stats' }>>;
  close(): Promise<void>;
}

/** Forks the fake GitHub (bundled beside the benchmark) and seeds it with the backlog as issues. */
export async function forkFakeGitHub(items: BacklogItem[]): Promise<FakeProcess> {
  const child = fork(join(import.meta.dirname, 'fake-github-process.js'), [], { stdio: 'inherit' });
  const next = <T extends FakeReply['type']>(type: T): Promise<Extract<FakeReply, { type: T }>> =>
    new Promise((done, fail) => {
      const onMessage = (reply: FakeReply): void => {
        if (reply.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        done(reply as Extract<FakeReply, { type: T }>);
      };
      const onExit = (code: number | null): void => {
        fail(new Error(`the fake GitHub process stopped (exit code ${String(code)})`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = next('ready');
  const seed: SeedMessage = { type: 'seed', token, repository, items };
  child.send(seed);
  const { apiUrl, graphqlUrl } = await ready;
  return {
    apiUrl,
    graphqlUrl,
    stats: () => {
      const reply = next('stats');
      child.send({ type: 'stats' });
      return reply;
    },
    close: () =>
      new Promise((done) => {
        child.once('exit', () => {
          done();
        });
        child.send({ type: 'close' });
      }),
  };
}

export interface ActionRun {
  code: number | null;
  wallMs: number;
  /** Spawn to the first line the action writes on stdout. */
  firstLineMs: number | undefined;
  /** Spawn to the first line on stdout that matches `until`, when given. */
  untilMs: number | undefined;
  /** The action process's peak resident set size (its own, not the wrapper's). */
  peakRssMb: number | undefined;
  /** The action process's user + system CPU time, where /usr/bin/time measures it. */
  cpuMs: number | undefined;
  stdout: string;
  stderr: string;
  summary: string;
}

/** A workspace as the runner checks it out: the model and nothing else. */
export function makeWorkspace(modelText: string | undefined): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ta-bench-ws-'));
  if (modelText !== undefined) writeFileSync(join(workspace, 'threatmodel.yaml'), modelText);
  return workspace;
}

/**
 * Runs `node dist/action.js` as the runner does (event file, `INPUT_*`, summary and output files),
 * timing it from spawn. Under `/usr/bin/time` when that exists, which reports the peak RSS and CPU
 * time of the node process it waits for; otherwise the peak is read from /proc/PID/status (VmHWM) while the
 * process runs, which can miss the last few milliseconds.
 */
export async function runAction(options: {
  fake: Pick<FakeProcess, 'apiUrl' | 'graphqlUrl'>;
  workspace: string;
  eventName: 'push' | 'schedule';
  inputs: Record<string, string>;
  until?: RegExp;
  measureMemory: boolean;
}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'ta-bench-run-'));
  const eventPath = join(temp, 'event.json');
  const summaryPath = join(temp, 'summary.md');
  const outputPath = join(temp, 'output.txt');
  const rssPath = join(temp, 'rss.txt');
  const payload =
    options.eventName === 'push'
      ? { ref: 'refs/heads/main', after: 'a'.repeat(40), repository: { full_name: repository } }
      : { schedule: '0 6 * * 1' };
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputs: Record<string, string> = { token, ...options.inputs };
  const env = runnerEnvironment({
    eventName: options.eventName,
    eventPath,
    summaryPath,
    outputPath,
    repository: repository,
    workspace: options.workspace,
    temp,
    fake: options.fake,
    inputs,
  });
  const wrapped = options.measureMemory && existsSync(timeBinary);
  // BENCH_ACTION_PROFILE=DIR: a CPU profile of every action run in DIR (node --cpu-prof).
  const profile = process.env.BENCH_ACTION_PROFILE;
  const node = [...(profile ? ['--cpu-prof', '--cpu-prof-dir', resolve(profile)] : []), actionBundle];
  const start = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - start) / 1e6;
  const child = wrapped
    ? spawn(timeBinary, ['-f', '%M %U %S', '-o', rssPath, process.execPath, ...node], {
        cwd: options.workspace,
        env,
      })
    : spawn(process.execPath, node, { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  let firstLineMs: number | undefined;
  let untilMs: number | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    const at = elapsed();
    stdout += chunk.toString();
    if (firstLineMs === undefined && stdout.includes('\n')) firstLineMs = at;
    if (untilMs === undefined && options.until?.test(stdout) === true) untilMs = at;
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polledKb: number | undefined;
  const poll =
    options.measureMemory && !wrapped && child.pid !== undefined
      ? setInterval(() => {
          polledKb = Math.max(polledKb ?? 0, vmHwmKb(child.pid ?? 0) ?? 0);
        }, 5)
      : undefined;
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = elapsed();
  if (poll) clearInterval(poll);
  // `/usr/bin/time -f '%M %U %S'`: peak RSS in kB, user and system CPU seconds (the last line).
  const [peak, user, system] = wrapped
    ? (readFileSync(rssPath, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  const peakKb = wrapped ? peak : polledKb;
  const cpuMs = user === undefined || system === undefined ? undefined : (user + system) * 1000;
  const summary = readFileSync(summaryPath, 'utf8');
  rmSync(temp, { recursive: true, force: true });
  return {
    code,
    wallMs,
    firstLineMs,
    untilMs,
    peakRssMb: peakKb === undefined || Number.isNaN(peakKb) ? undefined : peakKb / 1024,
    cpuMs: cpuMs === undefined || Number.isNaN(cpuMs) ? undefined : cpuMs,
    stdout,
    stderr,
    summary,
  };
}

function vmHwmKb(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}
