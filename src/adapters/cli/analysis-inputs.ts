import { dirname } from 'node:path';
import type { Analysis } from '../../core/analyse.js';
import type { BacklogProvider } from '../../core/backlog/backlog-item.js';
import { loadBacklogFile } from '../../core/backlog/load-backlog-file.js';
import { aliasesOfSource, memoryBacklogProvider } from '../../core/backlog/memory-backlog-provider.js';
import { loadConfig, type Config } from '../../core/config/config.js';
import { countFindings } from '../../core/findings/count-findings.js';
import type { Finding } from '../../core/findings/finding.js';
import { renderText } from '../../core/report/render-text.js';
import { runPipeline } from '../../core/run-pipeline.js';
import { decodeText } from '../../core/source/decode-text.js';
import { readIncludes } from '../node/read-includes.js';
import type { CliIo } from './cli-io.js';
import type { ParsedArgs } from './run-cli.js';
import { batches, type TextOrPieces } from '../../core/report/json-chunks.js';
import { escapeControls } from '../../core/report/escape-controls.js';

const defaultConfigFile = '.threat-align.yaml';
const profiles = ['top', 'full'] as const;

/**
 * Reads everything an analysis needs from the command line — configuration, backlog, model — and
 * runs the pipeline. Undefined (after saying why on stderr) when an input is unusable: exit status 2.
 */
export async function analyseFromArgs(
  command: string,
  parsed: ParsedArgs,
  io: CliIo,
): Promise<{ analysis: Analysis; config: Config; modelFile: string } | undefined> {
  const { values, positionals } = parsed;
  const profile = typeof values.profile === 'string' ? values.profile : undefined;
  const problem =
    profile !== undefined && !(profiles as readonly string[]).includes(profile)
      ? '--profile must be top or full'
      : positionals.length > 1
        ? `${command} takes one model file`
        : undefined;
  if (problem !== undefined) {
    io.stderr(`threat-align ${command}: ${problem}\n`);
    return undefined;
  }
  const modelFile = positionals[0] ?? 'threatmodel.yaml';

  const config = await readConfig(typeof values.config === 'string' ? values.config : undefined, io);
  if (config === undefined) return undefined;
  const backlog = typeof values.backlog === 'string' ? await readBacklogOption(values.backlog, io) : null;
  if (backlog === undefined) return undefined;

  const model = await io.readFile(modelFile);
  if (!model.ok) {
    io.stderr(`threat-align: ${model.reason}\n`);
    return undefined;
  }
  const decoded = decodeText(model.bytes);
  if (!decoded.ok) {
    io.stderr(`${modelFile}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}\n`);
    return undefined;
  }
  const includes = await readIncludes(modelFile, decoded.text, io);
  const analysis = await runPipeline(
    {
      model: { file: modelFile, content: decoded.text, ...(includes === undefined ? {} : { includes }) },
      config,
      modelFolder: dirname(modelFile),
      ...(typeof values.kb === 'string' ? { knowledgeBase: values.kb } : {}),
      ...(profile === undefined ? {} : { profile: profile as 'top' | 'full' }),
      ...(backlog === null ? {} : { backlog }),
      today: new Date().toISOString().slice(0, 10),
    },
    io.knowledgeBases,
  );
  return { analysis, config, modelFile };
}

/** Writes a report to `--output` or standard output; false (after saying why) when it cannot be written. */
export async function writeReport(
  report: TextOrPieces,
  output: string | undefined,
  io: CliIo,
  summary: string,
): Promise<boolean> {
  if (output === undefined) {
    // Standard output is usually a terminal: no control character from the model or backlog reaches
    // it raw (JSON, which writes C0 controls escaped already, stays the same JSON).
    for (const batch of batches(report)) io.stdout(escapeControls(batch, { keepLineFeeds: true }));
    return true;
  }
  const written = await io.writeFile(output, report);
  if (!written.ok) {
    io.stderr(`threat-align: ${written.reason}\n`);
    return false;
  }
  io.stderr(`threat-align: wrote ${output} (${summary})\n`);
  return true;
}

/** The configuration, `{}` when there is none, or undefined (after saying why) when it cannot be used. */
async function readConfig(explicit: string | undefined, io: CliIo): Promise<Config | undefined> {
  const file = explicit ?? defaultConfigFile;
  if (explicit === undefined && !(await io.exists(file))) return {};
  const read = await io.readFile(file);
  if (!read.ok) {
    io.stderr(`threat-align: ${read.reason}\n`);
    return undefined;
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    io.stderr(`${file}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}\n`);
    return undefined;
  }
  const { config, findings } = loadConfig(file, decoded.text);
  if (findings.length === 0) return config;
  reportInvalid(io, 'the configuration is invalid', findings);
  return undefined;
}

/** `file:PATH` → a provider over the file's items; undefined (after saying why) when it cannot be used. */
async function readBacklogOption(option: string, io: CliIo): Promise<BacklogProvider | undefined> {
  const colon = option.indexOf(':');
  const kind = colon === -1 ? '' : option.slice(0, colon);
  const path = option.slice(colon + 1);
  if (kind !== 'file' || path === '') {
    io.stderr(
      `threat-align: --backlog takes file:PATH (a backlog file, schema/backlog.schema.json), not "${option}"\n`,
    );
    return undefined;
  }
  const read = await io.readFile(path);
  if (!read.ok) {
    io.stderr(`threat-align: ${read.reason}\n`);
    return undefined;
  }
  const loaded = loadBacklogFile(path, read.bytes);
  if (!loaded.items) {
    reportInvalid(io, 'the backlog file is invalid', loaded.findings);
    return undefined;
  }
  return memoryBacklogProvider(loaded.source ?? `file:${path}`, loaded.items, aliasesOfSource(loaded.source));
}

function reportInvalid(io: CliIo, title: string, findings: Finding[]): void {
  io.stderr(`threat-align: ${title}\n${renderText({ findings, counts: countFindings(findings) })}`);
}
