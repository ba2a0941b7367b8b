import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { copyTaskRuntime } from '../../../scripts/task-runtime.mjs';

/**
 * The task folder as the .vsix installs it on an agent — task.json, dist/task.js with its runtime
 * files, kb/ — in a fresh temporary folder, with no package.json above it. The bundle is built
 * with the options of scripts/bundle.mjs (ESM, node20, the `require` banner), so the tests run
 * what ships without touching the repository's dist/.
 */
export async function stageTask(): Promise<{ root: string; taskFolder: string; taskJs: string }> {
  const root = mkdtempSync(join(tmpdir(), 'threat-align-task-'));
  const taskFolder = join(root, 'threat-align');
  mkdirSync(join(taskFolder, 'dist'), { recursive: true });
  const taskJs = join(taskFolder, 'dist', 'task.js');
  await build({
    entryPoints: ['src/adapters/azure/main.ts'],
    outfile: taskJs,
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
    define: { THREAT_ALIGN_VERSION: JSON.stringify('0.0.0-test') },
    logLevel: 'error',
  });
  copyTaskRuntime(join(taskFolder, 'dist'));
  cpSync('task.json', join(taskFolder, 'task.json'));
  cpSync('kb', join(taskFolder, 'kb'), { recursive: true });
  return { root, taskFolder, taskJs };
}
