import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionInputs } from '../../../../src/adapters/github/action/action-inputs.js';
import type { ActionRun } from '../../../../src/adapters/github/action/action-run.js';
import { runAudit } from '../../../../src/adapters/github/action/run-audit.js';
import { nodeKbStore } from '../../../../src/adapters/node/node-kb-store.js';
import { runPipeline } from '../../../../src/core/run-pipeline.js';
import { recordingCliIo } from '../../../fakes/recording-cli-io.js';

const repoRoot = new URL('../../../../', import.meta.url).pathname;
const modelFile = 'examples/online-shop/threatmodel.yaml';

/** The audit with every outlet that needs GitHub turned off: only the local files and the outputs. */
const inputs: ActionInputs = {
  model: modelFile,
  config: '.threat-align.yaml',
  token: 't',
  backlog: 'github',
  failOn: 'never',
  failOnNewOnly: false,
  comment: false,
  annotations: false,
  summary: false,
  sarifFile: '',
  jsonFile: '',
  trackingIssue: false,
  backlogItems: 'off',
  detectionFolder: 'threat-align-detection',
  jira: {},
};

let outputFile = '';
let folder = '';
const savedOutput = process.env.GITHUB_OUTPUT;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'threat-align-audit-'));
  outputFile = join(folder, 'output');
  writeFileSync(outputFile, '');
  process.env.GITHUB_OUTPUT = outputFile;
});
afterEach(() => {
  if (savedOutput === undefined) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = savedOutput;
  rmSync(folder, { recursive: true, force: true });
});

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` entries. */
function outputs(): Record<string, string> {
  const text = readFileSync(outputFile, 'utf8');
  return Object.fromEntries(
    [...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1] ?? '', m[3] ?? '']),
  );
}

async function audit(given: Partial<ActionInputs>) {
  const io = recordingCliIo({ knowledgeBases: nodeKbStore({ cwd: repoRoot }) });
  const head = await runPipeline(
    {
      model: { file: modelFile, content: readFileSync(join(repoRoot, modelFile), 'utf8') },
      modelFolder: 'examples/online-shop',
    },
    nodeKbStore({ cwd: repoRoot }),
  );
  const run = {
    inputs: { ...inputs, ...given },
    workspace: io,
    started: {
      request: { model: modelFile, backlog: 'github' },
      inputs: {
        model: { file: modelFile, text: '' },
        config: {},
        backlog: { source: 'github:northwind/shop', aliases: [], items: [] },
      },
      head,
    },
    github: {} as ActionRun['github'],
    identity: () =>
      Promise.reject(new Error('the audit asked who the token is, with every GitHub outlet off')),
  } satisfies ActionRun;
  const result = await runAudit(run);
  return { result, written: Object.keys(io.written), outputs: outputs() };
}

describe('the audit publishes the detection folder for the SOC', () => {
  it('writes the rules, runbooks and log contract to detection-folder and names it as an output', async () => {
    const { result, written, outputs: out } = await audit({});
    expect(result).toEqual({ skipped: [] });
    expect(out['detection-folder']).toBe('threat-align-detection');
    expect(written).toContain('threat-align-detection/log-contract.schema.json');
    expect(written).toContain('threat-align-detection/sigma/mr_ev_authn_login_fail.yml');
    expect(written).toContain('threat-align-detection/runbooks/ev-authn-login-fail-alert.md');
  }, 60_000);

  it('writes nothing, and an empty output, when detection-folder is empty', async () => {
    const { written, outputs: out } = await audit({ detectionFolder: '' });
    expect(written).toEqual([]);
    expect(out['detection-folder']).toBe('');
  }, 60_000);
});
