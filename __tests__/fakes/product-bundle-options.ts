import type { BuildOptions } from 'esbuild';

/**
 * How tests bundle a front end as scripts/bundle.mjs ships it (one ESM file for Node 20, with a
 * `require` for the CommonJS packages inside), stamped with `version`: the contract suite's
 * three front ends and the staged Azure task.
 */
export function productBundleOptions(version: string): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    banner: {
      js: [
        "import { createRequire as __taCreateRequire } from 'node:module';",
        'const require = __taCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    define: { THREAT_ALIGN_VERSION: JSON.stringify(version) },
    logLevel: 'error',
  };
}
