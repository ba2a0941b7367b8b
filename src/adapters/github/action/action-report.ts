import type { Analysis } from '../../../core/analyse.js';
import type { FailOn } from '../../../core/config/config.js';
import type { PullRequestDelta } from '../../../core/delta/compute-delta.js';
import { findingsToJudge } from '../../../core/delta/findings-to-judge.js';
import { failsRun } from '../../../core/findings/fails-run.js';
import { renderMarkdown } from '../../../core/report/render-markdown.js';
import { renderMermaid } from '../../../core/report/render-mermaid.js';
import { publishedDocsBase, type ReportOptions } from '../../../core/report/report-options.js';
import { toolVersion } from '../../version.js';

/**
 * Where the check pages are for a reader of the comment: the action's own repository at the ref
 * the workflow uses (the runner names both), so links work from any repository; relative paths
 * the published pages when run outside a runner.
 */
export function docsBaseFor(env: Readonly<Record<string, string | undefined>>): string {
  const repository = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (!repository || !ref) return publishedDocsBase;
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}/blob/${encodeURIComponent(ref)}/docs/checks/`;
}

/** Report options for every outlet; the adapters only choose where each rendering goes. */
export const reportOptions: ReportOptions = { toolVersion, docsBase: docsBaseFor(process.env) };

/** GitHub's job summary takes up to 1 MiB per step; a report this long is already unreadable. */
export const summaryBudget = 500_000;

export interface ReportInput {
  analysis: Analysis;
  delta?: PullRequestDelta;
  closingStories?: readonly string[];
  marker: string;
  title?: string;
  /** The commit the report is about (a pull request's head); default GITHUB_SHA. */
  headSha?: string;
}

/** Model locations link to the file at the head commit: `…/blob/<sha>/path#L<line>`. */
export function sourceLinksFor(
  env: Readonly<Record<string, string | undefined>>,
  headSha?: string,
): Pick<ReportOptions, 'sourceLinks'> {
  const repository = env.GITHUB_REPOSITORY;
  const sha = headSha ?? env.GITHUB_SHA;
  if (!repository || !sha) return {};
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return { sourceLinks: { kind: 'github', blobBase: `${server}/${repository}/blob/${sha}/` } };
}

/**
 * The Markdown report for one outlet and its size budget: on a pull request the diagram shows the
 * changed components and their neighbours, elsewhere the whole system.
 */
export function renderReport(input: ReportInput, budget?: number, moreIn?: string): string {
  const { analysis, delta } = input;
  const changed = delta ? [...delta.componentsAdded, ...delta.componentsChanged] : undefined;
  const mermaid =
    analysis.model && (changed === undefined || changed.length > 0)
      ? renderMermaid(analysis.model, {
          ...(analysis.kb ? { kb: analysis.kb } : {}),
          ...(changed === undefined ? {} : { only: changed }),
        })
      : undefined;
  return renderMarkdown({
    analysis,
    ...(delta === undefined ? {} : { delta }),
    ...(input.closingStories === undefined ? {} : { closingStories: input.closingStories }),
    ...(mermaid === undefined ? {} : { mermaid }),
    options: {
      ...reportOptions,
      ...sourceLinksFor(process.env, input.headSha),
      marker: input.marker,
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(budget === undefined ? {} : { budget }),
      ...(moreIn === undefined ? {} : { moreIn }),
    },
  });
}

/**
 * Why the run fails, or undefined when the policy lets it pass: findings at or above `fail-on`,
 * or on a pull request with `fail-on-new-only`, only those new against the base.
 */
export function failureReason(
  analysis: Analysis,
  policy: { failOn: FailOn; newOnly: boolean },
  delta?: PullRequestDelta,
): string | undefined {
  const { findings, newOnly } = findingsToJudge(analysis, policy.newOnly, delta);
  if (!failsRun(findings, policy.failOn)) return undefined;
  const { error, warning, note } = analysis.counts;
  return (
    `threat-align found ${newOnly ? 'new ' : ''}findings at or above "${policy.failOn}" ` +
    `(${error} errors, ${warning} warnings, ${note} notes${delta ? `; ${delta.findingsNew.length} new` : ''}). ` +
    'See the job summary; fix them, suppress them in .threat-align.yaml, or change the fail-on input.'
  );
}
