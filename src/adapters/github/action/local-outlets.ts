import * as core from '@actions/core';
import type { Analysis } from '../../../core/analyse.js';
import type { PullRequestDelta } from '../../../core/delta/compute-delta.js';
import { reportFor } from '../../../app/outlet-report.js';
import type { TextOrPieces } from '../../../core/report/json-chunks.js';
import type { NodeWorkspace } from '../../node/node-workspace.js';
import type { ActionInputs } from './action-inputs.js';
import { reportOptions } from './action-report.js';

/**
 * The outlets that need no token: the SARIF and JSON files (paths relative to the workspace; an
 * empty input skips one), the job summary, and the step's outputs.
 */
export async function publishLocally(
  analysis: Analysis,
  options: {
    inputs: Pick<ActionInputs, 'sarifFile' | 'jsonFile' | 'summary' | 'model'>;
    summary: string;
    delta?: PullRequestDelta;
    workspace: NodeWorkspace;
  },
): Promise<void> {
  const { inputs, workspace } = options;
  const sarif = inputs.sarifFile;
  const results = { analysis };
  if (sarif !== '')
    await write(
      workspace,
      sarif,
      reportFor({ kind: 'sarif', modelFile: inputs.model }, results, reportOptions),
    );
  if (inputs.jsonFile !== '')
    await write(workspace, inputs.jsonFile, reportFor({ kind: 'json' }, results, reportOptions));
  if (inputs.summary) await core.summary.addRaw(options.summary, true).write();
  const { counts } = analysis;
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('notes', counts.note);
  core.setOutput('total', counts.total);
  core.setOutput('new-findings', options.delta === undefined ? '' : options.delta.findingsNew.length);
  core.setOutput('sarif-file', sarif);
  core.setOutput('json-file', inputs.jsonFile);
}

async function write(workspace: NodeWorkspace, path: string, text: TextOrPieces): Promise<void> {
  const written = await workspace.writeFile(path, text);
  if (!written.ok) throw new Error(`threat-align cannot write ${path}: ${written.reason}`);
}
