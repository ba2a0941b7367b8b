// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The folders under src/adapters; each may import only itself and the shared node helpers. */
const adapterFolders = ['cli', 'github', 'azure', 'jira'];

/** Imports that would run against the layers (core ← app ← adapters) or across adapters. */
const layerPatterns = {
  app: [{ group: ['**/adapters/**'], message: 'src/app never imports an adapter: take it through a port.' }],
  adapter: (folder) => [
    {
      group: adapterFolders.filter((other) => other !== folder).map((other) => `**/adapters/${other}/**`),
      message: `src/adapters/${folder} imports no other adapter folder (only src/adapters/node, src/app and src/core).`,
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', '**/*.mjs', '**/*.cjs', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The core is pure: no file system, no process, no platform package (STYLE.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:fs',
                'node:fs/*',
                'fs',
                'node:child_process',
                'node:net',
                'node:http',
                'node:https',
              ],
              message: 'src/core does no I/O: take it through a port.',
            },
            {
              group: [
                '@actions/*',
                'azure-pipelines-task-lib',
                'azure-pipelines-task-lib/*',
                '@octokit/*',
                'azure-devops-node-api',
              ],
              message: 'src/core imports no platform package.',
            },
            { group: ['**/adapters/**'], message: 'src/core never imports an adapter.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core reads no process state: pass it in.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: layerPatterns.app }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/app reads no process state: the front end passes it in.' },
      ],
    },
  },
  ...[...adapterFolders, 'node'].map((folder) => ({
    files: [`src/adapters/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns:
            folder === 'node'
              ? [
                  {
                    group: adapterFolders.map((f) => `**/adapters/${f}/**`),
                    message: 'src/adapters/node is shared: it imports no front end.',
                  },
                ]
              : layerPatterns.adapter(folder),
        },
      ],
    },
  })),
  {
    files: ['__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
