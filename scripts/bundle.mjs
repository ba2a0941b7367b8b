// Bundles every entry point into dist/ as one self-contained ESM file each.
import { build } from 'esbuild';

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeScriptBuild } from './node-script-build.mjs';
import { copyTaskRuntime } from './task-runtime.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = {
  cli: 'src/adapters/cli/main.ts',
  action: 'src/adapters/github/action/main.ts',
  'action-main': 'src/adapters/github/action/run-action.ts',
  task: 'src/adapters/azure/main.ts',
};

// The action's entry reads its inputs, then imports the rest: run-action.ts stays out of
// dist/action.js and is loaded from dist/action-main.js beside it.
const actionRest = {
  name: 'action-main-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/run-action\.js$/ }, (args) =>
      args.importer.endsWith('action/main.ts') ? { path: './action-main.js', external: true } : undefined,
    );
  },
};

// npm installs undici twice at one version, under @actions/core's @actions/http-client 4 and under
// @actions/github's @actions/http-client 3 (which cannot share a parent): bundled as found, the
// action carried 555 KB of it twice (45% of dist/action-main.js), parsed and run at every start.
// An import of a package listed here is read from the listed copy when the copy it would resolve
// to has the same version; at another version it is left alone.
const oneCopy = { undici: 'node_modules/@actions/http-client/node_modules/undici' };
const oneCopyPerVersion = {
  name: 'one-copy-per-version',
  setup(plugin) {
    const filter = new RegExp(`^(${Object.keys(oneCopy).join('|')})(/.*)?$`);
    const versionAt = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    plugin.onResolve({ filter }, async (args) => {
      if (args.pluginData?.oneCopy) return undefined;
      const found = await plugin.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { oneCopy: true },
      });
      const name = args.path.split('/')[0];
      const marker = `/node_modules/${name}/`;
      const at = found.path.lastIndexOf(marker);
      if (found.errors.length > 0 || found.external || at < 0) return undefined;
      const root = found.path.slice(0, at + marker.length - 1);
      const chosen = resolve(oneCopy[name]);
      return versionAt(root) === versionAt(chosen)
        ? { path: chosen + found.path.slice(root.length) }
        : undefined;
    });
  },
};

// The published schemas' validators, compiled ahead of time (src/core/source/precompiled-validators.ts
// says why): generated into .tmp/, then put in place of that module in every entry.
await buildAndRun('precompile-validators');
const precompiled = {
  name: 'precompiled-validators',
  setup(plugin) {
    plugin.onResolve({ filter: /\/precompiled-validators\.js$/ }, () => ({
      path: resolve('.tmp/precompiled-validators.mjs'),
    }));
  },
};

for (const [name, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [entry],
    outfile: `dist/${name}.js`,
    plugins:
      name === 'action' ? [actionRest, precompiled, oneCopyPerVersion] : [precompiled, oneCopyPerVersion],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    // White space and syntax only (names stay): the runner reads, decodes and compiles the whole
    // file before the action's first line, and a third less text starts it about 45 ms sooner.
    minifyWhitespace: true,
    minifySyntax: true,
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

// The shipped knowledge bases, pre-parsed (dist/kb/NAME/VERSION.json): reading them skips the
// YAML parse with positions, the largest single cost of a small run.
await buildAndRun('pre-parse-kb');

/** Builds scripts/NAME.ts (TypeScript that imports src/) into .tmp/ and runs it. */
async function buildAndRun(name) {
  await build({ ...nodeScriptBuild, entryPoints: [`scripts/${name}.ts`], outfile: `.tmp/${name}.mjs` });
  execFileSync(process.execPath, [`.tmp/${name}.mjs`], { stdio: 'inherit' });
}
