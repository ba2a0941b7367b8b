import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test.js';
import { build } from 'esbuild';
import { azureModel } from './model-fixture.js';
import { productBundleOptions } from '../../fakes/product-bundle-options.js';
import { copyTaskRuntime } from '../../../scripts/task-runtime.mjs';

/**
 * The task folder as the .vsix installs it on an agent — task.json, dist/task.js with its runtime
 * files, kb/ — in a fresh temporary folder, with no package.json above it. The bundle is built
 * with the options of scripts/bundle.mjs (ESM, node20, the `require` banner), so the tests run
 * what ships without touching the repository's dist/.
 */
export interface StagedTask {
  root: string;
  taskFolder: string;
  taskJs: string;
}

export async function stageTask(): Promise<StagedTask> {
  const root = mkdtempSync(join(tmpdir(), 'threat-align-task-'));
  const taskFolder = join(root, 'threat-align');
  mkdirSync(join(taskFolder, 'dist'), { recursive: true });
  const taskJs = join(taskFolder, 'dist', 'task.js');
  await build({
    entryPoints: ['src/adapters/azure/main.ts'],
    outfile: taskJs,
    ...productBundleOptions('0.0.0-test'),
  });
  copyTaskRuntime(join(taskFolder, 'dist'));
  cpSync('task.json', join(taskFolder, 'task.json'));
  cpSync('kb', join(taskFolder, 'kb'), { recursive: true });
  return { root, taskFolder, taskJs };
}

/**
 * One run of the staged task through MockTestRunner (offline: the test's own Node, no download),
 * in a fresh workspace holding the fixture model, with the agent's variables and the inputs.
 */
export async function runStagedTask(
  staged: StagedTask,
  inputs: Record<string, string>,
  variables: Record<string, string>,
  prepare?: (workspace: string) => void,
): Promise<{ runner: MockTestRunner; workspace: string }> {
  const workspace = mkdtempSync(join(staged.root, 'sources-'));
  writeFileSync(join(workspace, 'threatmodel.yaml'), azureModel);
  prepare?.(workspace);
  mkdirSync(join(workspace, 'temp'));
  const env = {
    BUILD_SOURCESDIRECTORY: workspace,
    AGENT_TEMPDIRECTORY: join(workspace, 'temp'),
    SYSTEM_TEAMPROJECT: 'Shop',
    ...variables,
  };
  const mockRun = pathToFileURL(resolve('node_modules/azure-pipelines-task-lib/mock-run.js')).href;
  const testFile = join(workspace, 'run-task.mjs');
  writeFileSync(
    testFile,
    [
      `Object.assign(process.env, ${JSON.stringify(env)});`,
      `const { TaskMockRunner } = await import(${JSON.stringify(mockRun)});`,
      `const runner = new TaskMockRunner(${JSON.stringify(staged.taskJs)});`,
      `for (const [name, value] of Object.entries(${JSON.stringify(inputs)})) runner.setInput(name, value);`,
      'runner.run(true);',
    ].join('\n'),
  );
  const runner = new MockTestRunner(testFile, join(staged.taskFolder, 'task.json'));
  runner.nodePath = process.execPath;
  await runner.runAsync();
  return { runner, workspace };
}
