import { randomUUID } from 'node:crypto';
import { describeGitHubFailure, GitHubFailure } from '../github-failure.js';
import { createOnce, withoutBlindRetry } from './create-once.js';
import type { FileAnnotation } from './file-annotations.js';
import type { RepositoryContext } from './repository-context.js';

/** GitHub takes at most 50 annotations per check-run request. */
const annotationsPerRequest = 50;

const levels = { error: 'failure', warning: 'warning', note: 'notice' } as const;

export interface CheckRunReport {
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: readonly FileAnnotation[];
}

/**
 * One check run named `threat-align` on the head commit, its annotations on the model's lines:
 * created with the first 50 (completed at once when that is all), then one PATCH per further 50,
 * the last one completing it. Requests: max(1, ⌈annotations/50⌉).
 *
 * Created once: the create carries an external id of this run's own, and a create that fails in a
 * way that may have landed (a server error, a cut-short answer) is looked for by name, head SHA and
 * that id before it is sent again (`createOnce`). Completed on every path: when a later request
 * fails, the check run is completed as a failure whose summary says what failed, so that it is not
 * left in progress; the error then names the request that failed.
 */
export async function publishCheckRun(
  context: RepositoryContext,
  report: CheckRunReport,
  externalId: string = `threat-align:${randomUUID()}`,
): Promise<number> {
  const { octokit } = context.client;
  const batches: FileAnnotation[][] = [];
  for (let i = 0; i < report.annotations.length; i += annotationsPerRequest)
    batches.push(report.annotations.slice(i, i + annotationsPerRequest));
  const output = (batch: readonly FileAnnotation[] = []) => ({
    title: report.title,
    summary: report.summary,
    annotations: batch.map(toCheckAnnotation),
  });
  const last = Math.max(batches.length - 1, 0);
  const done = { status: 'completed' as const, conclusion: report.conclusion };
  const repo = { owner: context.owner, repo: context.repo };
  const task = (action: string) => ({ action, repository: context.repository, permission: 'checks: write' });
  let id: number;
  try {
    id = await createOnce(
      async () =>
        (
          await octokit.rest.checks.create({
            ...repo,
            name: checkName,
            head_sha: report.headSha,
            external_id: externalId,
            ...(last === 0 ? done : { status: 'in_progress' as const }),
            output: output(batches[0]),
            ...withoutBlindRetry,
          })
        ).data.id,
      () => findCheckRun(context, report.headSha, externalId),
    );
  } catch (error) {
    throw describeGitHubFailure(error, task('create the threat-align check run'));
  }
  for (let i = 1; i <= last; i++) {
    const shown = `annotations ${i * annotationsPerRequest + 1}–${Math.min((i + 1) * annotationsPerRequest, report.annotations.length)} of ${report.annotations.length}`;
    try {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: id,
        ...(i === last ? done : {}),
        output: output(batches[i]),
      });
    } catch (error) {
      const failure = describeGitHubFailure(error, task(`add ${shown} to the threat-align check run ${id}`));
      throw await completeAsFailed(context, id, failure);
    }
  }
  return id;
}

const checkName = 'threat-align';

/** This run's check run, by name, head SHA and external id, if a create landed. */
async function findCheckRun(
  context: RepositoryContext,
  headSha: string,
  externalId: string,
): Promise<number | undefined> {
  const { data } = await context.client.octokit.rest.checks.listForRef({
    owner: context.owner,
    repo: context.repo,
    ref: headSha,
    check_name: checkName,
    filter: 'all',
    per_page: 100,
  });
  return data.check_runs.find((run) => run.external_id === externalId)?.id;
}

/**
 * Completes a check run left in progress by a failed request, as a failure whose summary says
 * what failed; the failure returned says so too, or also that the completion failed.
 */
async function completeAsFailed(
  context: RepositoryContext,
  id: number,
  failure: GitHubFailure,
): Promise<GitHubFailure> {
  try {
    await context.client.octokit.rest.checks.update({
      owner: context.owner,
      repo: context.repo,
      check_run_id: id,
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: 'threat-align could not publish every annotation',
        summary: `${failure.message}\n\nThe annotations published so far stay on the model's lines; the job summary has the whole report.`,
      },
    });
    return new GitHubFailure(
      `${failure.message} The check run was completed as a failure that says so.`,
      failure.reason,
      { cause: failure },
    );
  } catch (error) {
    const also = describeGitHubFailure(error, {
      action: `complete the threat-align check run ${id} as failed`,
      repository: context.repository,
      permission: 'checks: write',
    });
    return new GitHubFailure(`${failure.message} Then: ${also.message}`, failure.reason, { cause: failure });
  }
}

function toCheckAnnotation(annotation: FileAnnotation) {
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    ...(annotation.startColumn === undefined ? {} : { start_column: annotation.startColumn }),
    ...(annotation.endColumn === undefined ? {} : { end_column: annotation.endColumn }),
    annotation_level: levels[annotation.severity],
    title: annotation.title,
    message: annotation.message,
  };
}
