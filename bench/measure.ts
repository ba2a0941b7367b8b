/** One figure of the benchmark: the median of several runs, with their minimum and maximum. */
export interface Measurement {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** What the figure is held to (SPEC §8), when it has a target. */
  target?: string;
  met?: boolean;
  note?: string;
}

/**
 * Collects the heap when the benchmark runs with --expose-gc (npm run bench does): a timed run then
 * pays for its own garbage, not for what the run before it left behind, as a real run (a process
 * that exits when done) never does.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `work` `runs` times after one warm-up run and reports its duration in milliseconds. */
export async function timeIt(name: string, runs: number, work: () => unknown): Promise<Measurement> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    collectGarbage();
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(name, 'ms', times);
}

export function summarize(name: string, unit: string, values: number[]): Measurement {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { name, unit, median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: values.length };
}

export function withTarget(m: Measurement, target: string, met: boolean): Measurement {
  return { ...m, target, met };
}

/** The table `npm run bench` prints. */
export function renderTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => [
    m.name,
    `${format(m.median)} ${m.unit}`,
    `${format(m.min)}–${format(m.max)}`,
    String(m.runs),
    m.target === undefined ? '' : `${m.target} ${m.met === true ? 'met' : 'NOT MET'}`,
    m.note ?? '',
  ]);
  const header = ['measurement', 'median', 'min–max', 'runs', 'target (SPEC §8)', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
