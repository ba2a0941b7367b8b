import { join } from 'node:path';
import { compareWithBase } from '../../app/analyse-run.js';
import { markdownFor, reportFor, type RunResults } from '../../app/outlet-report.js';
import { startRun, type StartedRun } from '../../app/start-run.js';
import { judgeRun } from '../../app/verdict.js';
import type { PullRequestDelta } from '../../core/delta/compute-delta.js';
import { isFileLocation } from '../../core/findings/finding.js';
import { markerName } from '../../core/report/render-markdown.js';
import { capErrorsFirst } from '../../core/report/cap-outlet.js';
import { escapeControls } from '../../core/report/escape-controls.js';
import { publishedDocsBase, type ReportOptions } from '../../core/report/report-options.js';
import { renderSummaryLine } from '../../core/report/render-summary-line.js';
import type { Analysis } from '../../core/analyse.js';
import { toolVersion } from '../version.js';
import { upsertPullRequestThread } from './pull-request-thread.js';
import { backlogItemsStep } from './task-backlog-items.js';
import { taskBacklogFactories, taskPullRequestFacts, taskRunRequest } from './task-run-request.js';
import { detectionStep } from './task-detection.js';
import { loggedIssueCap, threadMarker, type BuildContext, type TaskInputs } from './task-context.js';
import type { TaskIo } from './task-io.js';

const docsBase = publishedDocsBase;
/** Azure DevOps takes up to 150,000 characters in a pull-request comment. */
const threadBudget = 150_000;
/** The summary tab holds the whole report; this only guards against a runaway one. */
const summaryBudget = 1_000_000;

/**
 * One run of the Azure Pipelines task (SPEC §7): the analysis (on a pull request, against the
 * target branch too), then its outlets — on a pull-request build of an Azure Repos repository one
 * thread updated in place, leading with the change; logged issues on the model's lines; the
 * summary; SARIF and JSON files; and the result by failOn (with failOnNewOnly on a pull request,
 * judged on the new findings only).
 */
export async function runTask(inputs: TaskInputs, build: BuildContext, io: TaskIo): Promise<void> {
  const request = taskRunRequest(inputs);
  const started = await startRun(request, io.workspace, taskBacklogFactories(inputs, build, io));
  if (!started.ok) {
    io.setResult(true, started.message);
    return;
  }
  const { head: analysis, inputs: shared } = started.value;
  const delta =
    build.reason === 'PullRequest' ? await deltaAgainstBase(started.value, inputs, build, io) : undefined;
  const items = shared.backlog?.items ?? [];
  const options: ReportOptions = { toolVersion, docsBase, ...sourceLinksOf(build) };
  const results: RunResults = { analysis, ...(delta === undefined ? {} : { delta }) };
  const line = renderSummaryLine(analysis, delta);
  io.info(`threat-align: ${line}`);

  if (inputs.loggedIssues) logIssues(analysis, io);
  const backlogItems = await backlogItemsStep(inputs, build, analysis, items, io);
  if (inputs.summary) {
    const file = join(build.tempDirectory, 'threat-align-summary.md');
    const report = markdownFor(
      {
        kind: 'markdown',
        marker: threadMarker,
        budget: summaryBudget,
        moreIn: 'the SARIF and JSON files',
        diagram: false,
      },
      results,
      options,
    );
    await io.writeFile(
      file,
      backlogItems.section === undefined ? report : `${report.trimEnd()}\n\n${backlogItems.section}\n`,
    );
    io.uploadSummary(file);
  }
  if (inputs.sarifFile !== undefined)
    await io.writeFile(
      inputs.sarifFile,
      reportFor({ kind: 'sarif', modelFile: inputs.model }, results, options),
    );
  if (inputs.jsonFile !== undefined)
    await io.writeFile(inputs.jsonFile, reportFor({ kind: 'json' }, results, options));
  await detectionStep(inputs, build, analysis, shared.config, io);
  if (build.reason === 'PullRequest' && inputs.prComment) {
    // A thread that cannot be written (permission, outage) leaves the summary and the logged
    // issues as the report: the run warns and goes on to its result by failOn.
    try {
      await publishThread(results, build, io);
    } catch (error) {
      io.warning(
        `${error instanceof Error ? error.message : String(error)} The report is in the build summary.`,
      );
    }
  }

  if (backlogItems.failure !== undefined) {
    io.setResult(true, backlogItems.failure);
    return;
  }
  io.setResult(judgeRun(analysis, shared.config, request, delta).fails, `threat-align: ${line}`);
}

/**
 * On a pull-request build, the change against the target branch; undefined, with a warning that
 * says why, when the base is unknown.
 */
async function deltaAgainstBase(
  run: StartedRun,
  inputs: TaskInputs,
  build: BuildContext,
  io: TaskIo,
): Promise<PullRequestDelta | undefined> {
  const base = await taskPullRequestFacts(build, io).readBaseModel(inputs.model);
  const comparison = await compareWithBase(run.head, base, run.request, run.inputs, io.workspace);
  if ('delta' in comparison) return comparison.delta;
  io.warning(
    `threat-align: no comparison with the target branch, so no change section${
      inputs.failOnNewOnly ? ' and failOnNewOnly judges every finding' : ''
    }: ${comparison.unknown}.`,
  );
  return undefined;
}

async function publishThread(results: RunResults, build: BuildContext, io: TaskIo): Promise<void> {
  if (build.repositoryProvider !== undefined && build.repositoryProvider !== 'TfsGit') {
    // The job's token may write threads on Azure Repos pull requests only; a GitHub pull request
    // would need a GitHub token, which the task does not take.
    io.warning(
      `threat-align: no pull-request thread, because the repository is on ${build.repositoryProvider} and threads exist only on Azure Repos pull requests. The build summary has the whole report.`,
    );
    return;
  }
  if (build.repositoryId === undefined || build.pullRequestId === undefined) {
    io.warning(
      'A pull-request build without Build.Repository.ID or System.PullRequest.PullRequestId: no thread written.',
    );
    return;
  }
  // With a delta the thread leads with what this pull request changes (SPEC §6).
  const content = markdownFor(
    {
      kind: 'markdown',
      marker: threadMarker,
      budget: threadBudget,
      moreIn: 'the build summary',
      diagram: false,
    },
    results,
    { toolVersion, docsBase, ...sourceLinksOf(build) },
  );
  const result = await upsertPullRequestThread(
    await io.git(),
    { project: build.project, repositoryId: build.repositoryId, pullRequestId: build.pullRequestId },
    content,
    `<!-- threat-align:${markerName(threadMarker)} -->`,
    () => io.identity(),
  );
  io.info(`threat-align: pull-request thread ${result.threadId} ${result.action}.`);
}

/**
 * Errors and warnings, errors first, at most loggedIssueCap logged issues in all: when more exist,
 * the last one says how many more are in the summary (notes stay in the reports).
 */
function logIssues(analysis: Analysis, io: TaskIo): void {
  const located = analysis.findings.filter((f) => f.severity !== 'note');
  const room = located.length > loggedIssueCap ? loggedIssueCap - 1 : loggedIssueCap;
  const { kept, left } = capErrorsFirst(located, (f) => f.severity, room);
  for (const finding of kept) {
    const message = escapeControls(`${finding.check}: ${finding.message}`);
    const severity = finding.severity === 'error' ? 'error' : 'warning';
    if (isFileLocation(finding.location)) {
      const { file, line, column } = finding.location;
      io.logIssue(severity, message, file, line, column, finding.check);
    } else
      io.logIssue(
        severity,
        `${escapeControls(finding.location.backlogItem.id)}: ${message}`,
        undefined,
        undefined,
        undefined,
        finding.check,
      );
  }
  if (left > 0)
    io.logIssue('warning', `${left} more finding(s) are in the build summary, SARIF and JSON reports.`);
}

/** Model locations link to the file at the head commit of an Azure Repos repository. */
function sourceLinksOf(build: BuildContext): Pick<ReportOptions, 'sourceLinks'> {
  if (build.repositoryUrl === undefined || build.headCommit === undefined) return {};
  if (build.repositoryProvider !== undefined && build.repositoryProvider !== 'TfsGit') return {};
  return { sourceLinks: { kind: 'azure', repositoryUrl: build.repositoryUrl, commit: build.headCommit } };
}
