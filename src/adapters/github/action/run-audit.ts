import * as core from '@actions/core';
import { renderReport, failureReason, summaryBudget } from './action-report.js';
import type { ActionRun, RouteResult } from './action-run.js';
import { countsRecord, trendLine } from './audit-trend.js';
import { degradeOn403 } from './degrade-on-403.js';
import { publishLocally } from './local-outlets.js';
import { findTrackingIssue, previousCounts, writeTrackingIssue } from './tracking-issue.js';

/** Room left in an issue body (65,536) for the trend line and the counts record. */
const issueBudget = 64_000;

/**
 * The scheduled audit (SPEC §6): the job summary and files, and ONE tracking issue, updated in
 * place, with the full report and the trend against the counts the previous audit recorded.
 */
export async function runAudit(run: ActionRun): Promise<RouteResult> {
  const { inputs, head, github } = run;
  const marker = `audit:${inputs.model}`;
  const report = { analysis: head, marker, title: 'threat-align audit' };
  await publishLocally(head, {
    inputs,
    io: run.io,
    summary: renderReport(report, summaryBudget, 'the SARIF and JSON files'),
  });
  const skipped: string[] = [];
  if (inputs.trackingIssue) {
    const written = await degradeOn403(
      async () => {
        const existing = await findTrackingIssue(github, marker, run.identity);
        const body = [
          renderReport(report, issueBudget, 'the job summary of the audit run'),
          trendLine(head.counts, previousCounts(existing)),
          countsRecord(head.counts, new Date().toISOString().slice(0, 10)),
        ].join('\n\n');
        return writeTrackingIssue(github, existing, { title: `threat-align audit: ${inputs.model}`, body });
      },
      (why) => skipped.push(`the tracking issue (${why})`),
    );
    if (written !== undefined)
      core.info(
        `threat-align: tracking issue #${written.number} ${written.created ? 'created' : 'updated'}.`,
      );
  }
  const failure = failureReason(head, { failOn: inputs.failOn, newOnly: false });
  return { ...(failure === undefined ? {} : { failure }), skipped };
}
