import type { BacklogProvider } from '../../core/backlog/backlog-item.js';
import { loadBacklogFile } from '../../core/backlog/load-backlog-file.js';
import { aliasesOfSource, memoryBacklogProvider } from '../../core/backlog/memory-backlog-provider.js';
import { loadConfig, type Config, type FailOn } from '../../core/config/config.js';
import { countFindings } from '../../core/findings/count-findings.js';
import { failsRun } from '../../core/findings/fails-run.js';
import { decodeText } from '../../core/source/decode-text.js';
import { renderJson } from '../../core/report/render-json.js';
import { renderText } from '../../core/report/render-text.js';
import { runPipeline } from '../../core/run-pipeline.js';
import { toolVersion } from '../version.js';
import { dirname } from 'node:path';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './run-cli.js';

const formats = ['text', 'json'] as const;
const failOnValues = ['error', 'warning', 'note', 'never'] as const;
const profiles = ['top', 'full'] as const;
const defaultConfigFile = '.threat-align.yaml';

export async function runCheck(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const { values, positionals } = parsed;
  const format = typeof values.format === 'string' ? values.format : 'text';
  const failOnArg = typeof values['fail-on'] === 'string' ? values['fail-on'] : undefined;
  if (!isOneOf(format, formats)) return usageError(io, `--format must be one of ${formats.join(', ')}`);
  if (failOnArg !== undefined && !isOneOf(failOnArg, failOnValues)) {
    return usageError(io, `--fail-on must be one of ${failOnValues.join(', ')}`);
  }
  const profile = typeof values.profile === 'string' ? values.profile : undefined;
  if (profile !== undefined && !isOneOf(profile, profiles))
    return usageError(io, '--profile must be top or full');
  if (positionals.length > 1) return usageError(io, 'check takes one model file');
  const modelFile = positionals[0] ?? 'threatmodel.yaml';

  const config = await readConfig(typeof values.config === 'string' ? values.config : undefined, io);
  if (config === undefined) return exitCodes.usage;

  const backlog = typeof values.backlog === 'string' ? await readBacklogOption(values.backlog, io) : null;
  if (backlog === undefined) return exitCodes.usage;

  const model = await io.readFile(modelFile);
  if (!model.ok) {
    io.stderr(`threat-align: ${model.reason}\n`);
    return exitCodes.usage;
  }
  const decoded = decodeText(model.bytes);
  if (!decoded.ok) {
    io.stderr(`${modelFile}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}\n`);
    return exitCodes.usage;
  }
  const analysis = await runPipeline(
    {
      model: { file: modelFile, content: decoded.text },
      config,
      modelFolder: dirname(modelFile),
      ...(typeof values.kb === 'string' ? { knowledgeBase: values.kb } : {}),
      ...(profile === undefined ? {} : { profile }),
      ...(backlog === null ? {} : { backlog }),
      today: new Date().toISOString().slice(0, 10),
    },
    io.knowledgeBases,
  );
  const report =
    format === 'json'
      ? renderJson(analysis, { toolVersion, docsBase: 'docs/checks/' })
      : renderText(analysis);
  const output = typeof values.output === 'string' ? values.output : undefined;
  if (output === undefined) {
    io.stdout(report);
  } else {
    const written = await io.writeFile(output, report);
    if (!written.ok) {
      io.stderr(`threat-align: ${written.reason}\n`);
      return exitCodes.usage;
    }
    io.stderr(
      `threat-align: wrote ${output} (${analysis.counts.error} errors, ${analysis.counts.warning} warnings, ${analysis.counts.note} notes)\n`,
    );
  }
  const failOn: FailOn = failOnArg ?? config.failOn ?? 'error';
  return failsRun(analysis.findings, failOn) ? exitCodes.findings : exitCodes.clean;
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
  io.stderr(
    `threat-align: the configuration is invalid\n${renderText({ findings, counts: countFindings(findings) })}`,
  );
  return undefined;
}

/** `file:PATH` → a provider over the file's items; undefined (after saying why) when it cannot be used. */
async function readBacklogOption(option: string, io: CliIo): Promise<BacklogProvider | undefined> {
  const colon = option.indexOf(':');
  const kind = colon === -1 ? '' : option.slice(0, colon);
  const path = option.slice(colon + 1);
  if (kind !== 'file' || path === '') {
    io.stderr(
      `threat-align check: --backlog takes file:PATH (a backlog file, schema/backlog.schema.json), not "${option}"\n`,
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
    io.stderr(
      `threat-align: the backlog file is invalid\n${renderText({ findings: loaded.findings, counts: countFindings(loaded.findings) })}`,
    );
    return undefined;
  }
  return memoryBacklogProvider(loaded.source ?? `file:${path}`, loaded.items, aliasesOfSource(loaded.source));
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`threat-align check: ${message}\n`);
  return exitCodes.usage;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
