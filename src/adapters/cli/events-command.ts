import { detectionFiles, logContractFile } from '../../core/detection/detection-files.js';
import { renderEventsJson, renderEventsMarkdown } from '../../core/report/render-events.js';
import { plural } from '../../core/report/render-text.js';
import { writeDetectionFolder } from '../node/write-detection-folder.js';
import { startCliRun, writeReport } from './cli-run.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './parsed-args.js';

const formats = ['markdown', 'json', 'sigma', 'schema'] as const;

/**
 * `threat-align events`: the detection catalogue for the SOC (SPEC §6) — per threat in scope, the
 * events to raise, their alert thresholds and the mitigations they watch. Markdown, or JSON; or
 * `sigma`: the Sigma rules (with --output DIR, the whole detection folder: rules, runbooks, log
 * contract); or `schema`: the log contract.
 */
export async function runEvents(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const format = typeof parsed.values.format === 'string' ? parsed.values.format : 'markdown';
  if (!(formats as readonly string[]).includes(format)) {
    io.stderr(`threat-align events: --format must be ${formats.join(', ')}\n`);
    return exitCodes.usage;
  }
  const result = await startCliRun('events', parsed, io);
  if (!result) return exitCodes.usage;
  const analysis = result.head;
  const config = result.inputs.config;
  if (!analysis.kb) {
    io.stderr(
      `threat-align events: ${result.request.model} does not load or its knowledge base does not; run threat-align check first\n`,
    );
    return exitCodes.findings;
  }
  const output = typeof parsed.values.output === 'string' ? parsed.values.output : undefined;
  if (format === 'sigma' || format === 'schema') {
    const files = detectionFiles(analysis, { date: new Date().toISOString().slice(0, 10), config });
    const events = plural(files.filter((f) => f.path.startsWith('sigma/mr_')).length, 'event');
    if (format === 'schema') {
      const contract = files.find((f) => f.path === logContractFile)?.text ?? '';
      return (await writeReport(contract, output, io, `the log contract of ${events}`))
        ? exitCodes.clean
        : exitCodes.usage;
    }
    if (output === undefined) {
      const rules = files.filter((f) => f.path.startsWith('sigma/')).map((f) => f.text);
      io.stdout(rules.join('---\n'));
      return exitCodes.clean;
    }
    const written = await writeDetectionFolder(output, files, (path, text) => io.writeFile(path, text));
    if (!written.ok) {
      io.stderr(`threat-align: ${written.reason}\n`);
      return exitCodes.usage;
    }
    io.stderr(
      `threat-align: wrote ${output} (${written.count} files: Sigma rules, runbooks and the log contract of ${events})\n`,
    );
    return exitCodes.clean;
  }
  const report = format === 'json' ? renderEventsJson(analysis) : renderEventsMarkdown(analysis);
  const threats = analysis.expansion?.threats.filter((t) => t.events.length > 0).length ?? 0;
  const written = await writeReport(report, output, io, `${plural(threats, 'threat')} with events`);
  return written ? exitCodes.clean : exitCodes.usage;
}
