// Bundles every entry point into dist/ as one self-contained ESM file each.
import { build } from 'esbuild';

import { readFileSync } from 'node:fs';
import { copyTaskRuntime } from './task-runtime.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = {
  cli: 'src/adapters/cli/main.ts',
  action: 'src/adapters/github/action/main.ts',
  task: 'src/adapters/azure/main.ts',
};

for (const [name, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [entry],
    outfile: `dist/${name}.js`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __taCreateRequire } from 'node:module';",
        'const require = __taCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    define: { THREAT_ALIGN_VERSION: JSON.stringify(version) },
    logLevel: 'warning',
  });
}

copyTaskRuntime();
