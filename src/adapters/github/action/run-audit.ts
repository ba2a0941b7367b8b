import * as core from '@actions/core';
import { proposeMissingItems, renderProposals } from '../../../core/report/missing-items.js';
import { planSprint } from '../../../core/plan/sprint-plan.js';
import { renderSprintPlan } from '../../../core/report/render-plan.js';
import { GitHubFailure } from '../github-failure.js';
import { createInJiraBacklog } from '../../jira/backlog-factory.js';
import type { JiraEnvironment } from '../../jira/backlog-factory.js';
import { JiraFailure } from '../../jira/backlog-factory.js';
import { judgeRun } from '../../../app/verdict.js';
import { failureOf, renderReport, summaryBudget } from './action-report.js';
import type { ActionRun, RouteResult } from './action-run.js';
import { countsRecord, trendLine } from './audit-trend.js';
import { createBacklogItems, type CreatedItem } from './create-backlog-items.js';
import { degradeOn403 } from './degrade-on-403.js';
import { publishLocally } from './local-outlets.js';
import { writeDetectionArtifacts } from '../../node/write-detection-folder.js';
import { findTrackingIssue, previousCounts, writeTrackingIssue } from './tracking-issue.js';

/** Room left in an issue body (65,536) for the trend line and the counts record. */
const issueBudget = 64_000;

/**
 * The scheduled audit (SPEC §6): the job summary and files, and ONE tracking issue, updated in
 * place, with the full report and the trend against the counts the previous audit recorded; and
 * the missing backlog items, listed or created (the backlog-items input).
 */
export async function runAudit(run: ActionRun): Promise<RouteResult> {
  const { inputs, github } = run;
  const { head } = run.started;
  const marker = `audit:${inputs.model}`;
  const report = { analysis: head, marker, title: 'threat-align audit' };
  const skipped: string[] = [];
  const items = await missingBacklogItems(run, (why) => skipped.push(why));
  // The sprint plan (SPEC §6): the current milestone's stories and the mitigations they need.
  const plan = head.links ? `\n\n${renderSprintPlan(planSprint(head), '###').trimEnd()}` : '';
  const section = `${plan}${items.section === undefined ? '' : `\n\n${items.section}`}`;
  await publishLocally(head, {
    inputs,
    workspace: run.workspace,
    summary: renderReport(report, summaryBudget - section.length, 'the SARIF and JSON files') + section,
  });
  await publishDetection(run);
  if (inputs.trackingIssue) {
    const written = await degradeOn403(
      async () => {
        const existing = await findTrackingIssue(github, marker, run.identity);
        const body = [
          renderReport(report, issueBudget - section.length, 'the job summary of the audit run') + section,
          trendLine(head.counts, previousCounts(existing)),
          countsRecord(head.counts, new Date().toISOString().slice(0, 10)),
        ].join('\n\n');
        return writeTrackingIssue(
          github,
          existing,
          { title: `threat-align audit: ${inputs.model}`, body },
          () => findTrackingIssue(github, marker, run.identity),
        );
      },
      (why) => skipped.push(`the tracking issue (${why})`),
    );
    if (written !== undefined)
      core.info(
        `threat-align: tracking issue #${written.number} ${written.created ? 'created' : 'updated'}.`,
      );
  }
  const findings = failureOf(judgeRun(head, run.started.inputs.config, run.started.request));
  const failure = [items.failure, findings].filter((f) => f !== undefined).join(' ');
  return { ...(failure === '' ? {} : { failure }), skipped };
}

/**
 * The missing backlog items (SPEC §6, opt-in): proposed against the backlog this run read, then
 * listed (dry-run) or created (create). Gives the report's section and, when a creation failed
 * half-way, why; the items created before it are in the section, and a rerun creates only the rest.
 */
async function missingBacklogItems(
  run: ActionRun,
  skip: (why: string) => void,
): Promise<{ section?: string; failure?: string }> {
  const mode = run.inputs.backlogItems;
  if (mode === 'off') return {};
  const proposals = proposeMissingItems(run.started.head, run.started.inputs.backlog?.items ?? []);
  core.setOutput('backlog-items-missing', proposals.length);
  const created: CreatedItem[] = [];
  let failure: string | undefined;
  if (mode === 'create' && proposals.length > 0) {
    try {
      await degradeOn403(
        () =>
          run.inputs.backlog.startsWith('jira:')
            ? createInJiraBacklog(
                run.inputs.backlog,
                { ...jiraVariables(), ...run.inputs.jira },
                proposals,
                'Task',
                (item) => created.push(item),
              )
            : createBacklogItems(run.github, proposals, (item) => created.push(item)),
        (why) => {
          skip(`creating the missing backlog items (${why})`);
        },
      );
    } catch (error) {
      if (!(error instanceof GitHubFailure) && !(error instanceof JiraFailure)) throw error;
      const refs = created.length === 0 ? '' : ` (${created.map((c) => c.ref).join(', ')})`;
      failure =
        `threat-align created ${created.length} of ${proposals.length} missing backlog items${refs}, then stopped: ` +
        `${error.message} A rerun creates only the items still missing.`;
    }
  }
  core.setOutput('backlog-items-created', created.length);
  core.info(
    mode === 'dry-run'
      ? `threat-align: ${proposals.length} missing backlog items (dry run: none created).`
      : `threat-align: created ${created.length} of ${proposals.length} missing backlog items.`,
  );
  return {
    section: renderProposals(
      proposals,
      mode,
      created,
      'Set the backlog-items input to create to create them.',
    ),
    ...(failure === undefined ? {} : { failure }),
  };
}

/** The rules, log contract and runbooks for the SOC, in the detection-folder input's folder (an output). */
async function publishDetection(run: ActionRun): Promise<void> {
  const { detectionFolder: folder } = run.inputs;
  const written = await writeDetectionArtifacts(
    run.started.head,
    { folder, date: new Date().toISOString().slice(0, 10), config: run.started.inputs.config },
    (path, text) => run.workspace.writeFile(path, text),
  );
  if (written !== undefined && !written.ok)
    throw new Error(`threat-align cannot write ${folder}: ${written.reason}`);
  core.setOutput('detection-folder', written?.folder ?? '');
  if (written !== undefined)
    core.info(
      `threat-align: wrote the Sigma rules, runbooks and log contract of ${written.events} events to ${folder}.`,
    );
}

/** The step's JIRA_* variables, under the Jira inputs. */
function jiraVariables(): JiraEnvironment {
  const { JIRA_SITE, JIRA_EMAIL, JIRA_API_TOKEN, JIRA_PAT } = process.env;
  return { JIRA_SITE, JIRA_EMAIL, JIRA_API_TOKEN, JIRA_PAT };
}
