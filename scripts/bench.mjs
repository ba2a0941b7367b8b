// `npm run bench`: bundles bench/main.ts (sources and the fake GitHub, packages left external) and runs it.
// The bundled action (dist/action.js) it also runs is `npm run bundle`'s: run that first after a change.
// --expose-gc: every timed run starts from a collected heap (bench/measure.ts, collectGarbage).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { nodeScriptBuild } from './node-script-build.mjs';

// The fake GitHub is bundled beside it: the full-run figure forks it as a process of its own.
await build({
  ...nodeScriptBuild,
  entryPoints: ['bench/main.ts', 'bench/fake-github-process.ts'],
  outdir: '.tmp/bench',
});
const result = spawnSync(process.execPath, ['--expose-gc', '.tmp/bench/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
