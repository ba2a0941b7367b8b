import type { FailOn } from '../../core/config/config.js';
import { failsRun } from '../../core/findings/fails-run.js';
import { jsonReportChunks } from '../../core/report/render-json.js';
import { renderMarkdown } from '../../core/report/render-markdown.js';
import { renderMermaid } from '../../core/report/render-mermaid.js';
import { sarifChunks } from '../../core/report/render-sarif.js';
import { plural, renderTextLines } from '../../core/report/render-text.js';
import { publishedDocsBase } from '../../core/report/report-options.js';
import { toolVersion } from '../version.js';
import { analyseFromArgs, writeReport } from './analysis-inputs.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './run-cli.js';
import type { TextOrPieces } from '../../core/report/json-chunks.js';

const formats = ['text', 'json', 'markdown', 'sarif'] as const;
const failOnValues = ['error', 'warning', 'note', 'never'] as const;
const docsBase = publishedDocsBase;

/** `threat-align check`: the whole pipeline, one report, and the exit status of SPEC §6. */
export async function runCheck(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const { values } = parsed;
  const format = typeof values.format === 'string' ? values.format : 'text';
  const failOnArg = typeof values['fail-on'] === 'string' ? values['fail-on'] : undefined;
  if (!isOneOf(format, formats)) return usageError(io, `--format must be one of ${formats.join(', ')}`);
  if (failOnArg !== undefined && !isOneOf(failOnArg, failOnValues)) {
    return usageError(io, `--fail-on must be one of ${failOnValues.join(', ')}`);
  }
  const result = await analyseFromArgs('check', parsed, io);
  if (!result) return exitCodes.usage;
  const { analysis, config, modelFile } = result;

  let report: TextOrPieces;
  switch (format) {
    case 'json':
      report = jsonReportChunks(analysis, { toolVersion, docsBase });
      break;
    case 'sarif':
      report = sarifChunks(analysis, { toolVersion, docsBase, modelFile });
      break;
    case 'markdown': {
      const mermaid = analysis.model
        ? renderMermaid(analysis.model, analysis.kb ? { kb: analysis.kb } : {})
        : undefined;
      report = renderMarkdown({
        analysis,
        ...(mermaid === undefined ? {} : { mermaid }),
        options: { toolVersion, docsBase, marker: 'cli' },
      });
      break;
    }
    default:
      // Colours only when the report goes to the terminal, never into a file.
      report = renderTextLines(analysis, { color: io.color === true && typeof values.output !== 'string' });
  }
  const { error, warning, note } = analysis.counts;
  const output = typeof values.output === 'string' ? values.output : undefined;
  const summary = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(note, 'note')}`;
  if (!(await writeReport(report, output, io, summary))) return exitCodes.usage;
  const failOn: FailOn = failOnArg ?? config.failOn ?? 'error';
  return failsRun(analysis.findings, failOn) ? exitCodes.findings : exitCodes.clean;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`threat-align check: ${message}\n`);
  return exitCodes.usage;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
