import { join } from 'node:path';
import { failsRun } from '../../core/findings/fails-run.js';
import { isFileLocation } from '../../core/findings/finding.js';
import { renderJson } from '../../core/report/render-json.js';
import { markerName, renderMarkdown } from '../../core/report/render-markdown.js';
import { renderSarif } from '../../core/report/render-sarif.js';
import { renderSummaryLine } from '../../core/report/render-summary-line.js';
import type { Analysis } from '../../core/analyse.js';
import { toolVersion } from '../version.js';
import { upsertPullRequestThread } from './pull-request-thread.js';
import { analyseForTask } from './task-analysis.js';
import { loggedIssueCap, threadMarker, type BuildContext, type TaskInputs } from './task-context.js';
import type { TaskIo } from './task-io.js';

const docsBase = 'https://github.com/threat-align/threat-align/blob/main/docs/checks/';
/** The summary tab holds the whole report; this only guards against a runaway one. */
const summaryBudget = 1_000_000;

/**
 * One run of the Azure Pipelines task (SPEC §7): the analysis, then its outlets — on a pull-request
 * build of an Azure Repos repository one thread updated in place; logged issues on the model's
 * lines; the summary; SARIF and JSON files; and the result by failOn.
 */
export async function runTask(inputs: TaskInputs, build: BuildContext, io: TaskIo): Promise<void> {
  const { analysis, config } = await analyseForTask(inputs, build, io);
  const options = { toolVersion, docsBase };
  const line = renderSummaryLine(analysis);
  io.info(`threat-align: ${line}`);

  if (inputs.loggedIssues) logIssues(analysis, io);
  if (inputs.summary) {
    const file = join(build.tempDirectory, 'threat-align-summary.md');
    await io.writeFile(
      file,
      renderMarkdown({
        analysis,
        options: {
          ...options,
          marker: threadMarker,
          budget: summaryBudget,
          moreIn: 'the SARIF and JSON files',
        },
      }),
    );
    io.uploadSummary(file);
  }
  if (inputs.sarifFile !== undefined)
    await io.writeFile(inputs.sarifFile, renderSarif(analysis, { ...options, modelFile: inputs.model }));
  if (inputs.jsonFile !== undefined) await io.writeFile(inputs.jsonFile, renderJson(analysis, options));
  if (build.reason === 'PullRequest' && inputs.prComment) await publishThread(analysis, build, io);
  if (inputs.failOnNewOnly && build.reason === 'PullRequest') {
    io.warning(
      'failOnNewOnly is not implemented in the Azure Pipelines task yet: the task fails on every finding at or above failOn.',
    );
  }

  const failOn = inputs.failOn ?? config.failOn ?? 'error';
  io.setResult(failsRun(analysis.findings, failOn), `threat-align: ${line}`);
}

async function publishThread(analysis: Analysis, build: BuildContext, io: TaskIo): Promise<void> {
  if (build.repositoryProvider !== undefined && build.repositoryProvider !== 'TfsGit') {
    io.info(
      `The repository is on ${build.repositoryProvider}: a pull-request thread needs Azure Repos, so the report is in the summary only.`,
    );
    return;
  }
  if (build.repositoryId === undefined || build.pullRequestId === undefined) {
    io.warning(
      'A pull-request build without Build.Repository.ID or System.PullRequest.PullRequestId: no thread written.',
    );
    return;
  }
  const content = renderMarkdown({
    analysis,
    options: { toolVersion, docsBase, marker: threadMarker, moreIn: 'the build summary' },
  });
  const result = await upsertPullRequestThread(
    await io.git(),
    { project: build.project, repositoryId: build.repositoryId, pullRequestId: build.pullRequestId },
    content,
    `<!-- threat-align:${markerName(threadMarker)} -->`,
  );
  io.info(`threat-align: pull-request thread ${result.threadId} ${result.action}.`);
}

/** Errors and warnings located in the model, at most loggedIssueCap of them (notes stay in the reports). */
function logIssues(analysis: Analysis, io: TaskIo): void {
  const located = analysis.findings.filter((f) => f.severity !== 'note');
  for (const finding of located.slice(0, loggedIssueCap)) {
    const message = `${finding.check}: ${finding.message}`;
    const severity = finding.severity === 'error' ? 'error' : 'warning';
    if (isFileLocation(finding.location)) {
      const { file, line, column } = finding.location;
      io.logIssue(severity, message, file, line, column, finding.check);
    } else
      io.logIssue(
        severity,
        `${finding.location.backlogItem.id}: ${message}`,
        undefined,
        undefined,
        undefined,
        finding.check,
      );
  }
  if (located.length > loggedIssueCap) {
    io.logIssue(
      'warning',
      `${located.length - loggedIssueCap} more finding(s) are in the build summary, SARIF and JSON reports.`,
    );
  }
}
