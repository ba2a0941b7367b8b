import { reportFor, type Outlet } from '../../app/outlet-report.js';
import { judgeRun } from '../../app/verdict.js';
import { plural } from '../../core/report/render-text.js';
import { publishedDocsBase } from '../../core/report/report-options.js';
import { toolVersion } from '../version.js';
import { startCliRun, writeReport } from './cli-run.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './parsed-args.js';

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
  const run = await startCliRun('check', parsed, io, failOnArg);
  if (!run) return exitCodes.usage;
  const { head, inputs, request } = run;

  const outlet: Outlet =
    format === 'markdown'
      ? { kind: 'markdown', marker: 'cli' }
      : format === 'sarif'
        ? { kind: 'sarif', modelFile: request.model }
        : format === 'text'
          ? // Colours only when the report goes to the terminal, never into a file.
            { kind: 'text', color: io.color === true && typeof values.output !== 'string' }
          : { kind: format };
  const report = reportFor(outlet, { analysis: head }, { toolVersion, docsBase });
  const { error, warning, note } = head.counts;
  const output = typeof values.output === 'string' ? values.output : undefined;
  const summary = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(note, 'note')}`;
  if (!(await writeReport(report, output, io, summary))) return exitCodes.usage;
  return judgeRun(head, inputs.config, request).fails ? exitCodes.findings : exitCodes.clean;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`threat-align check: ${message}\n`);
  return exitCodes.usage;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
