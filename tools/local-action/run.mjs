// `npm run local-action`: runs the action's TypeScript source with @github/local-action, which is
// installed apart from the project (npm ci --prefix tools/local-action) so that its 380 packages
// stay out of every contributor's `npm ci`. Usage: node tools/local-action/run.mjs ENTRY ENV_FILE
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(
  here,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'local-action.cmd' : 'local-action',
);
if (!existsSync(bin)) {
  process.stderr.write(
    '@github/local-action is not installed: run npm ci --prefix tools/local-action first.\n',
  );
  process.exit(2);
}
mkdirSync('.tmp/local-action', { recursive: true });
const [entry, envFile] = process.argv.slice(2);
const result = spawnSync(bin, ['run', '.', entry, envFile], { stdio: 'inherit' });
process.exit(result.status ?? 1);
