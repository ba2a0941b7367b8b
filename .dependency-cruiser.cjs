// The import graph's shape beside ESLint's layer rules (eslint.config.js): no cycle in src/,
// counting type-only imports (a cycle of types is a cycle of design). `npm run lint` runs it.

/**
 * The core's stages from the bottom up (SPEC §4): a folder imports only folders at its own rank
 * or below. The files at the core's root (analyse.ts, run-pipeline.ts) string the stages together.
 */
const coreRanks = [
  ['findings'],
  ['source'],
  ['model'],
  ['import', 'kb'],
  ['expand'],
  ['backlog'],
  ['link'],
  ['checks'],
  ['config'],
  ['(analyse|run-pipeline)\\.ts$'],
  ['delta'],
  ['report'],
];

const coreLayers = coreRanks
  .map((folders, rank) => ({
    name: `core-stages:${folders.join('|')}`,
    severity: 'error',
    comment: 'A stage of the core imports only the stages before it (docs/architecture.md).',
    from: { path: `^src/core/(${folders.join('|')})` },
    to: {
      path: `^src/core/(${coreRanks
        .slice(rank + 1)
        .flat()
        .join('|')})`,
    },
  }))
  .filter((rule) => !rule.to.path.endsWith('()'));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...coreLayers,
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules import each other in a circle: move the shared part into a module both import.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'layers',
      severity: 'error',
      comment: 'Imports point one way: core ← app ← adapters.',
      from: { path: '^src/(core|app)/' },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      comment: 'src/core imports neither src/app nor an adapter.',
      from: { path: '^src/core/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'adapter-to-adapter',
      severity: 'error',
      comment: 'An adapter folder imports only itself, src/adapters/node, src/app and src/core.',
      from: { path: '^src/adapters/([^/]+)/' },
      to: {
        path: '^src/adapters/([^/]+)/',
        pathNot: ['^src/adapters/$1/', '^src/adapters/node/', '^src/adapters/[^/]+\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|__tests__)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
  },
};
