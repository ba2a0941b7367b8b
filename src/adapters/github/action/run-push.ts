import { judgeRun } from '../../../app/verdict.js';
import { failureOf, renderReport, summaryBudget } from './action-report.js';
import type { ActionRun, RouteResult } from './action-run.js';
import { publishLocally } from './local-outlets.js';

/** A push (or any other event): the job summary, the SARIF and JSON files, and the outputs. */
export async function runPush(run: ActionRun): Promise<RouteResult> {
  const { inputs } = run;
  const { head, request } = run.started;
  await publishLocally(head, {
    inputs,
    workspace: run.workspace,
    summary: renderReport(
      { analysis: head, marker: inputs.model },
      summaryBudget,
      'the SARIF and JSON files',
    ),
  });
  const failure = failureOf(judgeRun(head, run.started.inputs.config, request));
  return { ...(failure === undefined ? {} : { failure }), skipped: [] };
}
