import { failureReason, renderReport, summaryBudget } from './action-report.js';
import type { ActionRun, RouteResult } from './action-run.js';
import { publishLocally } from './local-outlets.js';

/** A push (or any other event): the job summary, the SARIF and JSON files, and the outputs. */
export async function runPush(run: ActionRun): Promise<RouteResult> {
  const { inputs, head } = run;
  await publishLocally(head, {
    inputs,
    io: run.io,
    summary: renderReport(
      { analysis: head, marker: inputs.model },
      summaryBudget,
      'the SARIF and JSON files',
    ),
  });
  const failure = failureReason(head, { failOn: inputs.failOn, newOnly: false });
  return { ...(failure === undefined ? {} : { failure }), skipped: [] };
}
