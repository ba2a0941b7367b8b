import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const repoRoot = new URL('../../../../', import.meta.url).pathname;
const outDir = join(repoRoot, '.tmp/local-action');
const run = promisify(execFile);

/**
 * `npm run local-action` (README, GitHub Action › Running it locally): @github/local-action runs the
 * TypeScript source with its own @actions/core, on the example and its backlog file, offline.
 */
describe('npm run local-action', () => {
  it('runs the action from source on the example: outputs, summary and reports as on a runner', async () => {
    rmSync(outDir, { recursive: true, force: true });
    const { stdout } = await run('npm', ['run', '--silent', 'local-action'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    const counts = JSON.parse(readFileSync(join(outDir, 'threat-align.json'), 'utf8')) as {
      counts: { error: number; warning: number; note: number };
    };
    const { error, warning, note } = counts.counts;
    expect(error).toBe(1);
    expect(stdout).toContain(`::set-output name=errors::${error}`);
    expect(stdout).toContain(`::set-output name=warnings::${warning}`);
    expect(stdout).toContain(`::set-output name=notes::${note}`);
    expect(stdout).toMatch(
      /::error::threat-align found findings at or above "error" \(1 error, \d+ warnings and \d+ notes\)/,
    );
    // The log names the counts in words, then the most severe findings in a collapsible group.
    expect(stdout).toContain(
      `threat-align: 1 error, ${warning} warnings and ${note} notes in examples/online-shop/threatmodel.yaml.`,
    );
    expect(stdout).toMatch(
      /::group::The first 10 of \d+ findings, most severe first[^\n]*\n[^\n]*error TA304/,
    );
    const summary = readFileSync(join(outDir, 'summary.md'), 'utf8');
    expect(summary.startsWith('<!-- threat-align:examples/online-shop/threatmodel.yaml -->')).toBe(true);
    // The action-first summary: the verdict says why, the line below it counts every finding.
    expect(summary).toContain('## ❌ threat-align: 1 error fails this check');
    expect(summary).toContain(` · ${error + warning + note} findings in `);
    const sarif = JSON.parse(readFileSync(join(outDir, 'threat-align.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  }, 180_000);
});
