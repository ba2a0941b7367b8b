// How the scripts that build TypeScript to run it here (the benchmark, and the steps of
// `npm run bundle` that import src/) call esbuild: one ESM file for this Node, packages left to
// node_modules.
export const nodeScriptBuild = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
};
