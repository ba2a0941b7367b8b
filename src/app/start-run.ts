import type { Analysis } from '../core/analyse.js';
import { analyseModel } from './analyse-run.js';
import type { BacklogFactories } from './backlog-option.js';
import type { InputRead } from './input-problem.js';
import { readRunInputs, type RunInputs } from './read-run-inputs.js';
import type { RunRequest } from './run-request.js';
import type { Workspace } from './workspace.js';

/** A run under way: its inputs, read once, and the workspace's model analysed. */
export interface StartedRun {
  request: RunRequest;
  inputs: RunInputs;
  head: Analysis;
}

/**
 * The start of every run, on every front end: read the inputs, then analyse the model at head. A
 * pull request goes on with `compareWithBase`; every run ends with `judgeRun` and `reportFor`.
 */
export async function startRun(
  request: RunRequest,
  workspace: Workspace,
  factories: BacklogFactories,
): Promise<InputRead<StartedRun>> {
  const inputs = await readRunInputs(request, workspace, factories);
  if (!inputs.ok) return inputs;
  const head = await analyseModel(inputs.value.model, request, inputs.value, workspace);
  return { ok: true, value: { request, inputs: inputs.value, head } };
}
