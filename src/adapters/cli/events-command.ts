import { renderEventsJson, renderEventsMarkdown } from '../../core/report/render-events.js';
import { plural } from '../../core/report/render-text.js';
import { startCliRun, writeReport } from './cli-run.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './parsed-args.js';

/**
 * `threat-align events`: the detection catalogue for the SOC (SPEC §6) — per threat in scope, the
 * events to raise, their alert thresholds and the mitigations they watch. Markdown, or JSON.
 */
export async function runEvents(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const format = typeof parsed.values.format === 'string' ? parsed.values.format : 'markdown';
  if (format !== 'markdown' && format !== 'json') {
    io.stderr('threat-align events: --format must be markdown or json\n');
    return exitCodes.usage;
  }
  const result = await startCliRun('events', parsed, io);
  if (!result) return exitCodes.usage;
  const analysis = result.head;
  if (!analysis.kb) {
    io.stderr(
      `threat-align events: ${result.request.model} does not load or its knowledge base does not; run threat-align check first\n`,
    );
    return exitCodes.findings;
  }
  const report = format === 'json' ? renderEventsJson(analysis) : renderEventsMarkdown(analysis);
  const output = typeof parsed.values.output === 'string' ? parsed.values.output : undefined;
  const threats = analysis.expansion?.threats.filter((t) => t.events.length > 0).length ?? 0;
  const written = await writeReport(report, output, io, `${plural(threats, 'threat')} with events`);
  return written ? exitCodes.clean : exitCodes.usage;
}
