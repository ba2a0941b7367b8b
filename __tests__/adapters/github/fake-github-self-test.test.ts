import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The fake is only worth its strictness if a test that breaks the rules fails. This runs a small
 * suite written the usual way (afterEach → expectNoViolations) in a child Jest and checks that the
 * test sending a misspelt GraphQL field fails, with the reason, and its valid neighbour passes.
 */
test('a test that sends an invalid GraphQL query fails', async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [
        '--experimental-vm-modules',
        '--no-warnings',
        'node_modules/jest/bin/jest.js',
        '--ci',
        '--colors=false',
        '--roots',
        '<rootDir>/__tests__/fakes/github/self-test',
        '--testMatch',
        '**/*.fixture.ts',
      ],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : null,
          output: `${stdout}${stderr}`,
        });
      },
    );
  });

  expect(code).toBe(1);
  expect(output).toMatch(/✕ sends a query with a misspelt field and ignores the error/);
  expect(output).toMatch(/✓ sends a valid query/);
  expect(output).toContain("- [graphql] POST /graphql: Field 'logn' doesn't exist on type 'User'");
  expect(output).toMatch(/Tests: +1 failed, 1 passed, 2 total/);
}, 60_000);
