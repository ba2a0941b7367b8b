import * as core from '@actions/core';
import { compareWithBase } from '../../../app/analyse-run.js';
import { judgeRun } from '../../../app/verdict.js';
import { renderSummaryLine } from '../../../core/report/render-summary-line.js';
import type { ActionEvent } from './action-event.js';
import { failureOf, renderReport, summaryBudget } from './action-report.js';
import type { ActionRun, RouteResult } from './action-run.js';
import { publishCheckRun } from './check-run.js';
import { degradeOn403 } from './degrade-on-403.js';
import { fileAnnotations } from './file-annotations.js';
import { publishLocally } from './local-outlets.js';
import { pullRequestFacts } from './pull-request-facts.js';
import { upsertStickyComment } from './sticky-comment.js';
import { logWorkflowAnnotations } from './workflow-annotations.js';

type PullRequest = Extract<ActionEvent, { kind: 'pull-request' }>;

/**
 * A pull request (SPEC §6): head against base, then the job summary and files, the one sticky
 * comment and the check run with its annotations. From a fork, or when the token may not write
 * (403), the comment is skipped and annotations go through workflow commands instead.
 */
export async function runPullRequest(run: ActionRun, event: PullRequest): Promise<RouteResult> {
  const { inputs, github } = run;
  const { head, request, inputs: shared } = run.started;
  const skipped: string[] = [];
  const facts = pullRequestFacts(github, event);
  // Without `contents: read` the base is unknown: no change section, and fail-on-new-only judges every finding.
  const comparison = await compareWithBase(
    head,
    await facts.readBaseModel(inputs.model),
    request,
    shared,
    run.workspace,
  );
  if ('unknown' in comparison) skipped.push(`the comparison with the base branch (${comparison.unknown})`);
  const delta = 'delta' in comparison ? comparison.delta : undefined;
  const closing = await facts.readClosingStories();
  if (!Array.isArray(closing)) skipped.push(`the stories this pull request closes (${closing.unknown})`);
  const closingStories = Array.isArray(closing) ? closing : [];
  const report = { analysis: head, delta, closingStories, marker: inputs.model, headSha: event.headSha };
  await publishLocally(head, {
    inputs,
    delta,
    workspace: run.workspace,
    summary: renderReport(report, summaryBudget, 'the SARIF and JSON files'),
  });
  const failure = failureOf(judgeRun(head, shared.config, request, delta));
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
