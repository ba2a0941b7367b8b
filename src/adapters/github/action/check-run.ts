import { describeGitHubFailure } from '../github-failure.js';
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
 */
export async function publishCheckRun(context: RepositoryContext, report: CheckRunReport): Promise<number> {
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
  try {
    const { data } = await octokit.rest.checks.create({
      ...repo,
      name: 'threat-align',
      head_sha: report.headSha,
      ...(last === 0 ? done : { status: 'in_progress' as const }),
      output: output(batches[0]),
    });
    for (let i = 1; i <= last; i++) {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: data.id,
        ...(i === last ? done : {}),
        output: output(batches[i]),
      });
    }
    return data.id;
  } catch (error) {
    throw describeGitHubFailure(error, {
      action: 'create the threat-align check run',
      repository: context.repository,
      permission: 'checks: write',
    });
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
