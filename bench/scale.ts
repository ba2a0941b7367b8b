import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { expandModel } from '../src/core/expand/expand-model.js';
import type { KnowledgeBase } from '../src/core/kb/knowledge-base.js';
import { forkFakeGitHub, makeWorkspace, runAction } from './bundled-action.js';
import { generateBacklog } from './generate-backlog.js';
import { generateModel } from './generate-model.js';
import { summarize, withTarget, type Measurement } from './measure.js';

/** The bundled CLI (`npm run bundle` builds it). */
const cliBundle = resolve('dist/cli.js');
const timeBinary = '/usr/bin/time';
const scaleRuns = Number(process.env.BENCH_SCALE_RUNS ?? 3);

interface ProcessRun {
  wallMs: number;
  cpuMs: number | undefined;
  peakRssMb: number | undefined;
  code: number | null;
  stderr: string;
}

/** `node dist/cli.js ARGS` in `cwd`, under /usr/bin/time when it exists (peak RSS, user + system CPU). */
async function runCli(args: string[], cwd: string): Promise<ProcessRun> {
  const rssPath = join(cwd, 'rss.txt');
  const wrapped = existsSync(timeBinary);
  const command = wrapped ? timeBinary : process.execPath;
  const argv = wrapped
    ? ['-f', '%M %U %S', '-o', rssPath, process.execPath, cliBundle, ...args]
    : [cliBundle, ...args];
  const start = process.hrtime.bigint();
  const child = spawn(command, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const [peak, user, system] = wrapped
    ? (readFileSync(rssPath, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  return {
    wallMs,
    code,
    stderr,
    peakRssMb: peak === undefined || Number.isNaN(peak) ? undefined : peak / 1024,
    cpuMs: user === undefined || system === undefined ? undefined : (user + system) * 1000,
  };
}

/**
 * The whole `check` as a user runs it, one process per run: read the model, expand, check and write
 * the JSON report to a file (`check threatmodel.yaml --format json --output report.json`), at 500 to
 * 200,000 elements. The sizes up to 50,000 are timed in rounds (every size in turn, so that sizes of
 * one round see about the same load); 200,000 once. The model is the generator's (generate-model.ts),
 * the equivalent of the pytm comparison's model: one component for two flows, each flow a
 * Dataflow between two of them, the components spread over nested boundaries.
 */
export async function measureCheckScale(): Promise<Measurement[]> {
  if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run npm run bundle first`);
  const sizes = [500, 5_000, 20_000, 50_000] as const;
  const folders = [...sizes, 200_000].map((size) => {
    const folder = mkdtempSync(join(tmpdir(), `ta-bench-check-${size}-`));
    const model = generateModel(size, 7);
    writeFileSync(
      join(folder, 'threatmodel.yaml'),
      stringify({ ...model, knowledgeBase: { use: 'core@1.0.0', profile: 'full' } }),
    );
    return folder;
  });
  const args = [
    'check',
    'threatmodel.yaml',
    '--format',
    'json',
    '--output',
    'report.json',
    '--fail-on',
    'never',
  ];
  try {
    const wall = sizes.map((): number[] => []);
    const cpu = sizes.map((): number[] => []);
    const rss = sizes.map((): number[] => []);
    for (const folder of folders.slice(0, sizes.length)) await runCli(args, folder); // file caches
    for (let round = 0; round < scaleRuns; round += 1) {
      for (const [i, folder] of folders.slice(0, sizes.length).entries()) {
        const run = await runCli(args, folder);
        if (run.code !== 0) throw new Error(`check failed (exit ${String(run.code)}): ${run.stderr}`);
        wall[i]?.push(run.wallMs);
        if (run.cpuMs !== undefined) cpu[i]?.push(run.cpuMs);
        if (run.peakRssMb !== undefined) rss[i]?.push(run.peakRssMb);
      }
    }
    const out: Measurement[] = sizes.flatMap((size, i) => [
      summarize(`whole check process, ${size.toLocaleString('en')} elements: wall`, 'ms', wall[i] ?? []),
      {
        ...summarize(`… ${size.toLocaleString('en')} elements: CPU (user + system)`, 'ms', cpu[i] ?? []),
        note: `peak RSS ${summarize('', 'MB', rss[i] ?? []).median.toFixed(0)} MB`,
      },
    ]);
    const ratio = summarize(
      'whole check time ratio, 50,000 / 5,000 elements (per round)',
      '×',
      (wall[3] ?? []).map((t, round) => t / (wall[1]?.[round] ?? t)),
    );
    out.push(withTarget(ratio, '≤ 11×', ratio.median <= 11));
    // BENCH_SCALE_BIG=0 leaves out the 200,000-element run (a build that takes minutes on it).
    if (process.env.BENCH_SCALE_BIG === '0') return out;
    const big = await runCli(args, folders[4] ?? '');
    if (big.code !== 0) throw new Error(`check of 200,000 elements failed: ${big.stderr}`);
    out.push(
      withTarget(
        summarize('whole check process, 200,000 elements: wall (one run)', 'ms', [big.wallMs]),
        '< 60000 ms',
        big.wallMs < 60_000,
      ),
      withTarget(
        summarize('… 200,000 elements: peak RSS', 'MB', big.peakRssMb === undefined ? [] : [big.peakRssMb]),
        '< 2560 MB',
        big.peakRssMb !== undefined && big.peakRssMb < 2560,
      ),
    );
    return out;
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The full run of the bundled action on a push at 1,000 elements with 10,000 and with 100,000
 * issues in the fake GitHub (a process of its own): wall, peak RSS and CPU, the ratio, and the
 * memory each further issue costs.
 */
export async function measureActionScale(kb: KnowledgeBase): Promise<Measurement[]> {
  const model = generateModel(1_000, 11);
  const text = stringify({
    ...model,
    knowledgeBase: { use: 'core@1.0.0', sha256: kb.sha256, profile: 'full' },
  });
  const expansion = expandModel(model, kb, 'full');
  const inputs = {
    model: 'threatmodel.yaml',
    backlog: 'github',
    'fail-on': 'never',
    summary: 'true',
    'sarif-file': 'threat-align.sarif',
    'json-file': 'threat-align.json',
  };
  const results = new Map<number, { wall: number[]; rss: number[]; cpu: number[] }>();
  for (const issues of [10_000, 100_000]) {
    const fake = await forkFakeGitHub(generateBacklog(issues, expansion, 11));
    const workspace = makeWorkspace(text);
    const figures = { wall: [] as number[], rss: [] as number[], cpu: [] as number[] };
    try {
      for (let round = 0; round <= scaleRuns; round += 1) {
        const run = await runAction({ fake, workspace, eventName: 'push', inputs, measureMemory: true });
        if (run.code !== 0)
          throw new Error(`the bundled action failed with ${issues} issues:\n${run.stdout}\n${run.stderr}`);
        if (round === 0) continue;
        figures.wall.push(run.wallMs);
        if (run.peakRssMb !== undefined) figures.rss.push(run.peakRssMb);
        if (run.cpuMs !== undefined) figures.cpu.push(run.cpuMs);
      }
    } finally {
      await fake.close();
      rmSync(workspace, { recursive: true, force: true });
    }
    results.set(issues, figures);
  }
  const small = results.get(10_000) ?? { wall: [], rss: [], cpu: [] };
  const large = results.get(100_000) ?? { wall: [], rss: [], cpu: [] };
  const name = (issues: string) => `full run, dist/action.js on push, 1,000 elements, ${issues} issues`;
  const largeRss = summarize(`${name('100,000')}: peak RSS`, 'MB', large.rss);
  const smallRss = summarize('', 'MB', small.rss);
  const perItem = ((largeRss.median - smallRss.median) * 1024) / 90_000;
  const ratio = summarize('full run time ratio, 100,000 / 10,000 issues (medians)', '×', [
    summarize('', 'ms', large.wall).median / summarize('', 'ms', small.wall).median,
  ]);
  return [
    summarize(`${name('10,000')}: wall`, 'ms', small.wall),
    summarize(`${name('10,000')}: CPU (user + system)`, 'ms', small.cpu),
    summarize(`${name('10,000')}: peak RSS`, 'MB', small.rss),
    summarize(`${name('100,000')}: wall`, 'ms', large.wall),
    withTarget(ratio, '≤ 11×', ratio.median <= 11),
    withTarget(largeRss, '< 600 MB', largeRss.median < 600),
    summarize(`${name('100,000')}: CPU (user + system)`, 'ms', large.cpu),
    withTarget(
      { ...summarize('memory per further backlog item (peak RSS, 10,000 → 100,000)', 'KB', [perItem]) },
      '≤ 3 KB',
      perItem <= 3,
    ),
  ];
}
