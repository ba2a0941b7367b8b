import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * The import graph's rules (.dependency-cruiser.cjs, run by `npm run lint`) bite: planted in a
 * scratch tree laid out like src/, a cycle, an adapter importing another adapter, the core or the
 * application layer importing an adapter, and a core stage importing a later one each fail, and a
 * tree without them passes.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const cruiser = join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const run = promisify(execFile);

/** Runs the project's rules over `files` (paths under src/); the exit status and the report. */
async function cruise(files: Record<string, string>): Promise<{ status: number; output: string }> {
  const root = mkdtempSync(join(tmpdir(), 'ta-lint-'));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext' } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const args = [
    cruiser,
    'src',
    '--config',
    join(repoRoot, '.dependency-cruiser.cjs'),
    '--output-type',
    'err',
  ];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: root });
    return { status: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { status: failed.code ?? -1, output: failed.stdout ?? '' };
  }
}

const fine = {
  'src/core/findings/finding.ts': 'export const a = 1;\n',
  'src/core/model/model.ts': "import { a } from '../findings/finding.js';\nexport const b = a;\n",
  'src/app/run.ts': "import { b } from '../core/model/model.js';\nexport const c = b;\n",
  'src/adapters/node/io.ts': "import { c } from '../../app/run.js';\nexport const d = c;\n",
  'src/adapters/cli/main.ts': "import { d } from '../node/io.js';\nexport const e = d;\n",
};

describe('the import rules of npm run lint', () => {
  let clean: { status: number; output: string };
  beforeAll(async () => {
    clean = await cruise(fine);
  }, 60_000);

  it('pass a tree whose imports point one way', () => {
    expect(clean.status).toBe(0);
  });

  it.each([
    [
      'a cycle',
      {
        'src/core/model/a.ts': "import type { B } from './b.js';\nexport type A = B[];\n",
        'src/core/model/b.ts': "import type { A } from './a.js';\nexport type B = A | 1;\n",
      },
      'no-cycle',
    ],
    [
      'an adapter importing another adapter folder',
      { 'src/adapters/github/action.ts': "import { e } from '../cli/main.js';\nexport const f = e;\n" },
      'adapter-to-adapter',
    ],
    [
      'the application layer importing an adapter',
      { 'src/app/bad.ts': "import { d } from '../adapters/node/io.js';\nexport const g = d;\n" },
      'layers',
    ],
    [
      'a core stage importing a later one',
      {
        'src/core/report/r.ts': 'export const r = 1;\n',
        'src/core/source/s.ts': "import { r } from '../report/r.js';\nexport const s = r;\n",
      },
      'core-stages:source',
    ],
  ])(
    'fail on %s',
    async (_name, planted, rule) => {
      const result = await cruise({ ...fine, ...planted });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`error ${rule}`);
    },
    60_000,
  );
});
