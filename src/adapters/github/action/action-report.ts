import { markdownFor, type RunResults } from '../../../app/outlet-report.js';
import type { Verdict } from '../../../app/verdict.js';
import { publishedDocsBase, type ReportOptions } from '../../../core/report/report-options.js';
import { toolVersion } from '../../version.js';

/**
 * Where the check pages are for a reader of the comment: the action's own repository at the ref
 * the workflow uses (the runner names both), so links work from any repository; the published
 * pages when run outside a runner.
 * @internal Exported for its tests; production reaches it through this module.
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

export interface ReportInput extends RunResults {
  marker: string;
  title?: string;
  /** The commit the report is about (a pull request's head); default GITHUB_SHA. */
  headSha?: string;
}

/** Model locations link to the file at the head commit: `…/blob/<sha>/path#L<line>`. */
function sourceLinksFor(
  env: Readonly<Record<string, string | undefined>>,
  headSha?: string,
): Pick<ReportOptions, 'sourceLinks'> {
  const repository = env.GITHUB_REPOSITORY;
  const sha = headSha ?? env.GITHUB_SHA;
  if (!repository || !sha) return {};
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return { sourceLinks: { kind: 'github', blobBase: `${server}/${repository}/blob/${sha}/` } };
}

/** The Markdown report for one outlet of the Action and its size budget (app/outlet-report.ts). */
export function renderReport(input: ReportInput, budget?: number, moreIn?: string): string {
  return markdownFor(
    {
      kind: 'markdown',
      marker: input.marker,
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(budget === undefined ? {} : { budget }),
      ...(moreIn === undefined ? {} : { moreIn }),
    },
    input,
    { ...reportOptions, ...sourceLinksFor(process.env, input.headSha) },
  );
}

/** The step's failure for a verdict that fails, with what the reader can do; undefined when it passes. */
export function failureOf(verdict: Verdict): string | undefined {
  if (verdict.reason === undefined) return undefined;
  return `${verdict.reason} See the job summary; fix them, suppress them in .threat-align.yaml, or change the fail-on input.`;
}
