// Packs the Azure DevOps extension with tfx, offline: vss-extension.json, plus the screenshots of
// vss-extension.screenshots.json once every one of them exists (tfx refuses a manifest naming a
// missing file; until the screenshot script has run, the package goes without, with a warning).
// Usage: node scripts/package-azure.mjs OUTPUT.vsix
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const output = process.argv[2] ?? 'dist/threat-align.vsix';
const manifests = ['vss-extension.json'];
const { screenshots } = JSON.parse(readFileSync('vss-extension.screenshots.json', 'utf8'));
const missing = screenshots.map((s) => s.path).filter((path) => !existsSync(path));
if (missing.length === 0) manifests.push('vss-extension.screenshots.json');
else process.stderr.write(`package-azure: packing without screenshots: ${missing.join(', ')} missing\n`);

const tfx = createRequire(import.meta.url).resolve('tfx-cli/_build/tfx-cli.js');
execFileSync(
  process.execPath,
  [
    tfx,
    'extension',
    'create',
    '--root',
    '.',
    '--manifest-globs',
    ...manifests,
    '--output-path',
    output,
    '--no-prompt',
  ],
  { stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
