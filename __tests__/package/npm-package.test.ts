import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The npm package as a user gets it: packed with `npm pack`, installed from the tarball into an
 * empty folder with no network (`--offline`), then run there on a copy of the shipped example.
 * It packs the dist/ of the checkout (committed, rebuilt by `npm run bundle`): the package holds no
 * runtime dependency, so the bundle must carry everything it runs.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/online-shop');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work = '';
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'threat-align-package-'));
  const packed = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  files = info!.files.map((f) => f.path).sort();
  const user = join(work, 'user');
  mkdirSync(user);
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
    cwd: user,
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  cpSync(example, join(user, 'shop'), { recursive: true });
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function runInstalled(args: string[]) {
  const bin = join(work, 'user', 'node_modules', '.bin', 'threat-align');
  const result = spawnSync(bin, args, { cwd: join(work, 'user', 'shop'), encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return result;
}

describe('the packed tarball', () => {
  it('holds the CLI bundle, the knowledge base (YAML and pre-parsed), the schemas and the docs', () => {
    for (const wanted of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cli.js',
      'dist/kb/core/1.0.0.json',
      'kb/core/1.0.0/kb.yaml',
      'schema/threatmodel.schema.json',
      'schema/config.schema.json',
      'docs/checks/TA101.md',
    ]) {
      expect(files).toContain(wanted);
    }
  });

  it('leaves out the Action and Azure bundles, their runtime files and any .vsix', () => {
    const stray = files.filter(
      (f) =>
        /^dist\/(action|action-main|task)\.js$/.test(f) ||
        f.startsWith('dist/Strings') ||
        f === 'dist/lib.json' ||
        f.endsWith('.vsix') ||
        f.startsWith('src/') ||
        f.startsWith('__tests__/'),
    );
    expect(stray).toEqual([]);
  });

  it('declares no runtime dependency, so nothing but itself is installed', () => {
    const manifest = JSON.parse(
      readFileSync(join(work, 'user', 'node_modules', 'threat-align', 'package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.private).toBeUndefined();
    expect(readdirSync(join(work, 'user', 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'threat-align',
    ]);
  });
});

describe('installed offline into an empty folder', () => {
  it('prints its version', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
      .version;
    const result = runInstalled(['--version']);
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.status).toBe(0);
  });

  it('checks the example model on its own: no error, exit 0', () => {
    const result = runInstalled(['check', 'threatmodel.yaml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/threats on \d+ elements \(core@\d+\.\d+\.\d+, profile top\)/);
    expect(result.status).toBe(0);
  }, 60_000);

  it('checks the example with its backlog: the one planted error, exit 1', () => {
    const result = runInstalled(['check', 'threatmodel.yaml', '--backlog', 'file:backlog.json']);
    expect(result.stdout).toMatch(/error TA304/);
    expect(result.stdout).toMatch(/^1 error, \d+ warnings, \d+ notes$/m);
    expect(result.status).toBe(1);
  }, 60_000);
});
