import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { badInputs, type BadInput } from './bad-input-cases.js';

/**
 * SPEC §9 on the bundled CLI (dist/cli.js, from `npm run bundle`), spawned without a shell, once per
 * bad input of the corpus (bad-input-cases.ts): the expected message at its file, line and column,
 * a non-zero exit status, no stack trace, and no hang (each run is killed after its time budget).
 */

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const defaultTimeoutMs = 9_000;
let root = '';

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle first`);
  root = mkdtempSync(join(tmpdir(), 'threat-align-bad-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function run(input: BadInput, at: number): { status: number | null; output: string } {
  const folder = join(root, String(at));
  for (const [path, content] of Object.entries(input.files)) {
    const full = join(folder, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'function' ? content() : content);
  }
  const result = spawnSync(process.execPath, [cli, ...input.args], {
    cwd: folder,
    encoding: 'utf8',
    timeout: input.timeoutMs ?? defaultTimeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  // A run killed for its time budget is a hang: spawnSync reports it as an ETIMEDOUT error.
  if (result.error) throw result.error;
  rmSync(folder, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

it('the corpus holds at least 60 bad inputs, of every kind, with distinct names', () => {
  expect(badInputs.length).toBeGreaterThanOrEqual(60);
  expect(new Set(badInputs.map((input) => input.name)).size).toBe(badInputs.length);
  const kinds = new Map<string, number>();
  for (const input of badInputs) kinds.set(input.kind, (kinds.get(input.kind) ?? 0) + 1);
  expect([...kinds.keys()].sort()).toEqual(['backlog', 'config', 'import', 'kb', 'model']);
  for (const count of kinds.values()) expect(count).toBeGreaterThanOrEqual(8);
});

describe.each(badInputs.map((input, at) => [input.name, input, at] as const))('%s', (_name, input, at) => {
  it(
    'prints the expected message at its place and exits non-zero, without a stack trace',
    () => {
      const { status, output } = run(input, at);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output).not.toContain('node:internal');
      expect(output).not.toContain('internal error');
      expect(status).toBe(input.status);
      expect(output).toContain(`${input.expected}\n`);
    },
    (input.timeoutMs ?? defaultTimeoutMs) + 1_000,
  );
});

describe('a reader that closes the output early (threat-align check | head -1)', () => {
  it('ends quietly, with the exit status of the findings and no stack trace', async () => {
    const folder = join(root, 'epipe');
    mkdirSync(folder, { recursive: true });
    const component = '  - { id: web, type: web-app }\n';
    writeFileSync(
      join(folder, 'threatmodel.yaml'),
      `schema: threat-align/v1\nsystem: { name: Shop }\ncomponents:\n${component.repeat(2_000)}`,
    );
    const child = spawn(process.execPath, [cli, 'check', 'threatmodel.yaml'], { cwd: folder });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(1);
  }, 10_000);
});
