import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FakeGitHub } from '../../../fakes/github/index.js';
import { runnerEnvironment } from './runner-environment.js';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const bundle = join(repoRoot, 'dist/action.js');
const example = join(repoRoot, 'examples/online-shop');

/** Rebuilds dist/ when any source file is newer than the bundle (CI bundles after the tests and checks dist is unchanged). */
export function ensureFreshBundle(): void {
  const built = (() => {
    try {
      return statSync(bundle).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const newest = newestMtime(join(repoRoot, 'src'));
  if (newest > built)
    execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' });
}

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The model text of the shipped example, and a checkout of it as the runner's workspace. */
export const exampleModel = readFileSync(join(example, 'threatmodel.yaml'), 'utf8');

export function makeWorkspace(model = exampleModel): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ta-action-ws-'));
  writeFileSync(join(workspace, 'threatmodel.yaml'), model);
  copyFileSync(join(example, 'backlog.json'), join(workspace, 'backlog.json'));
  return workspace;
}

export interface ActionRunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  workspace: string;
}

/**
 * Runs `node dist/action.js` as the runner does: the event in GITHUB_EVENT_PATH, inputs as
 * `INPUT_<NAME>` (upper-cased, hyphens kept), the summary and outputs in files. Asynchronous, so
 * that the fake GitHub in this process keeps answering.
 */
export async function runBundledAction(options: {
  fake: FakeGitHub;
  token: string;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  workspace: string;
  repository?: string;
}): Promise<ActionRunResult> {
  const temp = mkdtempSync(join(tmpdir(), 'ta-action-run-'));
  const eventPath = join(temp, 'event.json');
  const summaryPath = join(temp, 'summary.md');
  const outputPath = join(temp, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputs = { token: options.token, ...options.inputs };
  const env = runnerEnvironment({
    eventName: options.eventName,
    eventPath,
    summaryPath,
    outputPath,
    repository: options.repository ?? 'northwind/shop',
    workspace: options.workspace,
    temp,
    fake: options.fake,
    inputs,
  });
  const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    workspace: options.workspace,
  };
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` entries. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/** A pull_request payload as GitHub sends it (the fields threat-align reads, and their neighbours). */
export function pullRequestPayload(spec: {
  number: number;
  baseSha: string;
  headSha: string;
  headRepository?: string;
}): unknown {
  const base = 'northwind/shop';
  const head = spec.headRepository ?? base;
  const repo = (fullName: string) => ({
    full_name: fullName,
    name: fullName.split('/')[1],
    owner: { login: fullName.split('/')[0], type: 'User' },
    fork: fullName !== base,
  });
  return {
    action: 'synchronize',
    number: spec.number,
    pull_request: {
      number: spec.number,
      state: 'open',
      title: 'Add gift cards',
      user: { login: head.split('/')[0] },
      head: {
        ref: 'gift-cards',
        sha: spec.headSha,
        label: `${head.split('/')[0]}:gift-cards`,
        repo: repo(head),
      },
      base: { ref: 'main', sha: spec.baseSha, label: 'northwind:main', repo: repo(base) },
    },
    repository: repo(base),
    sender: { login: head.split('/')[0], type: 'User' },
  };
}
