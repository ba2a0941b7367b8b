import type { Analysis } from '../core/analyse.js';
import type { PullRequestDelta } from '../core/delta/compute-delta.js';
import type { TextOrPieces } from '../core/report/json-chunks.js';
import { jsonReportChunks } from '../core/report/render-json.js';
import { renderMarkdown } from '../core/report/render-markdown.js';
import { renderMermaid } from '../core/report/render-mermaid.js';
import { sarifChunks } from '../core/report/render-sarif.js';
import { renderTextLines } from '../core/report/render-text.js';
import type { ReportOptions } from '../core/report/report-options.js';

/** What a run produced, for its outlets. */
export interface RunResults {
  analysis: Analysis;
  /** On a pull request with a known base: the change. */
  delta?: PullRequestDelta;
  /** The stories the pull request closes, where the platform knows them. */
  closingStories?: readonly string[];
}

/**
 * An outlet and its limits: the Markdown ones (a comment, a job summary, a check run, a thread, a
 * tracking issue) by their marker and size budget; the files by format.
 */
export type Outlet =
  | {
      kind: 'markdown';
      /** The hidden marker that finds the outlet's text again (the model path, `audit:…`). */
      marker: string;
      budget?: number;
      /** Where the rest is when the budget trims the report ("the SARIF and JSON files"). */
      moreIn?: string;
      title?: string;
      /** Whether the outlet renders a Mermaid diagram (Azure DevOps Markdown does not). */
      diagram?: boolean;
    }
  | { kind: 'sarif'; modelFile: string }
  | { kind: 'json' }
  | { kind: 'text'; color?: boolean };

/**
 * What an outlet receives, within its budget. On a pull request the diagram shows the changed
 * components and their neighbours (none when nothing changed), elsewhere the whole system.
 */
export function reportFor(outlet: Outlet, results: RunResults, options: ReportOptions): TextOrPieces {
  const { analysis } = results;
  switch (outlet.kind) {
    case 'sarif':
      return sarifChunks(analysis, { ...options, modelFile: outlet.modelFile });
    case 'json':
      return jsonReportChunks(analysis, options);
    case 'text':
      return renderTextLines(analysis, { color: outlet.color === true });
    case 'markdown':
      return markdownFor(outlet, results, options);
  }
}

/** The Markdown report of an outlet, as one string (the Markdown outlets are bounded by their budget). */
export function markdownFor(
  outlet: Extract<Outlet, { kind: 'markdown' }>,
  results: RunResults,
  options: ReportOptions,
): string {
  const { analysis, delta } = results;
  const mermaid = outlet.diagram === false ? undefined : diagramFor(analysis, delta);
  return renderMarkdown({
    analysis,
    ...(delta === undefined ? {} : { delta }),
    ...(results.closingStories === undefined ? {} : { closingStories: results.closingStories }),
    ...(mermaid === undefined ? {} : { mermaid }),
    options: {
      ...options,
      marker: outlet.marker,
      ...(outlet.title === undefined ? {} : { title: outlet.title }),
      ...(outlet.budget === undefined ? {} : { budget: outlet.budget }),
      ...(outlet.moreIn === undefined ? {} : { moreIn: outlet.moreIn }),
    },
  });
}

function diagramFor(analysis: Analysis, delta: PullRequestDelta | undefined): string | undefined {
  if (!analysis.model) return undefined;
  const changed = delta ? [...delta.componentsAdded, ...delta.componentsChanged] : undefined;
  if (changed !== undefined && changed.length === 0) return undefined;
  return renderMermaid(analysis.model, {
    ...(analysis.kb ? { kb: analysis.kb } : {}),
    ...(changed === undefined ? {} : { only: changed }),
  });
}
