import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { azureClients } from '../../../src/adapters/azure/azure-connection.js';
import { runTask } from '../../../src/adapters/azure/run-task.js';
import type { BuildContext, TaskInputs } from '../../../src/adapters/azure/task-context.js';
import type { TaskIo } from '../../../src/adapters/azure/task-io.js';
import { nodeWorkspace } from '../../../src/adapters/node/node-workspace.js';
import { azureModel } from './model-fixture.js';

export interface InProcessRun {
  failed: boolean;
  message: string;
  info: string[];
  warnings: string[];
  /** The uploaded summary, if any. */
  summary?: string;
  /** The waits the retry policy asked for, in milliseconds (never slept). */
  waits: number[];
}

export const defaultInputs: TaskInputs = {
  model: 'threatmodel.yaml',
  backlog: 'azure-boards',
  tags: [],
  workItemTypes: [],
  failOn: 'never',
  failOnNewOnly: false,
  prComment: true,
  loggedIssues: false,
  summary: true,
  backlogItems: 'dry-run',
  createWorkItemType: 'Task',
};

/**
 * The task's runTask in this process, wired as main.ts wires it but against the fake: real
 * azure-devops-node-api clients with a short socket timeout, and a retry policy that records its
 * waits instead of sleeping. Whatever the run throws becomes a failed result, as in main.ts.
 */
export async function runInProcess(
  collectionUrl: string,
  token: string,
  build: Partial<BuildContext>,
  inputs: Partial<TaskInputs> = {},
): Promise<InProcessRun> {
  const root = mkdtempSync(join(tmpdir(), 'threat-align-azure-'));
  writeFileSync(join(root, 'threatmodel.yaml'), azureModel);
  mkdirSync(join(root, 'temp'));
  const at = (path: string): string => (isAbsolute(path) ? path : resolve(root, path));
  const run: InProcessRun = { failed: false, message: '', info: [], warnings: [], waits: [] };
  let summaryFile: string | undefined;
  const clients = azureClients(collectionUrl, token, {
    socketTimeoutMs: 2000,
    retry: {
      sleep: (ms) => {
        run.waits.push(ms);
        return Promise.resolve();
      },
      log: (text) => run.info.push(text),
    },
  });
  const io: TaskIo = {
    workspace: nodeWorkspace(root, { shippedRoot: resolve('kb') }),
    writeFile: (path, text) => {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), typeof text === 'string' ? text : [...text].join(''));
      return Promise.resolve();
    },
    workItems: () => clients.workItems(),
    git: () => clients.git(),
    identity: () => clients.identity(),
    readCheckoutFile: () => Promise.resolve({ state: 'unknown', reason: 'no clone in this test' }),
    info: (text) => run.info.push(text),
    warning: (text) => run.warnings.push(text),
    logIssue: () => undefined,
    uploadSummary: (file) => {
      summaryFile = file;
    },
    setResult: (failed, message) => {
      run.failed = failed;
      run.message = message;
    },
  };
  try {
    await runTask(
      { ...defaultInputs, ...inputs },
      {
        reason: 'Schedule',
        collectionUrl,
        project: 'Shop',
        sourcesDirectory: root,
        tempDirectory: join(root, 'temp'),
        ...build,
      },
      io,
    );
  } catch (error) {
    run.failed = true;
    run.message = error instanceof Error ? error.message : String(error);
  }
  if (summaryFile !== undefined) run.summary = readFileSync(summaryFile, 'utf8');
  return run;
}
