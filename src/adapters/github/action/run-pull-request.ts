import * as core from '@actions/core';
import { computeDelta } from '../../../core/delta/compute-delta.js';
import { renderSummaryLine } from '../../../core/report/render-summary-line.js';
import type { ActionEvent } from './action-event.js';
import { failureReason, renderReport, summaryBudget } from './action-report.js';
import type { ActionRun, RouteResult } from './action-run.js';
import { readBaseModel } from './base-model.js';
import { publishCheckRun } from './check-run.js';
import { readClosingIssues } from './closing-issues.js';
import { degradeOn403 } from './degrade-on-403.js';
import { fileAnnotations } from './file-annotations.js';
import { publishLocally } from './local-outlets.js';
import { analyseModel } from './workspace-analysis.js';
import { upsertStickyComment } from './sticky-comment.js';
import { logWorkflowAnnotations } from './workflow-annotations.js';

type PullRequest = Extract<ActionEvent, { kind: 'pull-request' }>;

/**
 * A pull request (SPEC §6): head against base, then the job summary and files, the one sticky
 * comment and the check run with its annotations. From a fork, or when the token may not write
 * (403), the comment is skipped and annotations go through workflow commands instead.
 */
export async function runPullRequest(run: ActionRun, event: PullRequest): Promise<RouteResult> {
  const { inputs, github, head } = run;
  const skipped: string[] = [];
  // Without `contents: read` the base is unknown: no change section, and fail-on-new-only judges every finding.
  const baseRead = await degradeOn403(
    async () => ({ text: await readBaseModel(github, inputs.model, event.baseSha) }),
    (why) => skipped.push(`the comparison with the base branch (${why})`),
  );
  const base =
    baseRead?.text === undefined
      ? undefined
      : await analyseModel({ file: inputs.model, text: baseRead.text }, inputs, run.shared, run.io);
  const delta = baseRead === undefined ? undefined : computeDelta(base, head);
  const closingStories =
    (await degradeOn403(
      () => readClosingIssues(github, event.number),
      (why) => skipped.push(`the stories this pull request closes (${why})`),
    )) ?? [];
  const report = { analysis: head, delta, closingStories, marker: inputs.model, headSha: event.headSha };
  await publishLocally(head, {
    inputs,
    delta,
    io: run.io,
    summary: renderReport(report, summaryBudget, 'the SARIF and JSON files'),
  });
  const failure = failureReason(head, { failOn: inputs.failOn, newOnly: inputs.failOnNewOnly }, delta);
  const forkReason = 'the pull request comes from a fork, whose token may not write to this repository';

  if (inputs.comment) {
    if (event.fromFork) skipped.push(`the pull-request comment (${forkReason})`);
    else {
      const body = renderReport(report);
      const done = await degradeOn403(
        () =>
          upsertStickyComment(github, {
            number: event.number,
            marker: inputs.model,
            body,
            identity: run.identity,
          }),
        (why) => skipped.push(`the pull-request comment (${why})`),
      );
      if (done !== undefined) core.info(`threat-align: pull-request comment ${done}.`);
    }
  }
  if (inputs.annotations) {
    const annotations = fileAnnotations(head.findings);
    const checkRun = event.fromFork
      ? undefined
      : await degradeOn403(
          () =>
            publishCheckRun(github, {
              headSha: event.headSha,
              conclusion: failure === undefined ? 'success' : 'failure',
              title: renderSummaryLine(head, delta),
              summary: renderReport(report, 65_000, 'the job summary'),
              annotations,
            }),
          (why) => skipped.push(`the check run (${why}); its annotations are workflow annotations instead`),
        );
    if (event.fromFork)
      skipped.push(`the check run (${forkReason}); its annotations are workflow annotations instead`);
    if (checkRun === undefined) logWorkflowAnnotations(annotations);
  }
  return { ...(failure === undefined ? {} : { failure }), skipped };
}
