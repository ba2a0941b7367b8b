import { loadConfig, type Config, type FailOn } from '../../core/config/config.js';
import { countFindings } from '../../core/findings/count-findings.js';
import { failsRun } from '../../core/findings/fails-run.js';
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

  const model = await io.readFile(modelFile);
  if (!model.ok) {
    io.stderr(`threat-align: ${model.reason}\n`);
    return exitCodes.usage;
  }
  const analysis = await runPipeline(
    {
      model: { file: modelFile, content: model.bytes },
      config,
      modelFolder: dirname(modelFile),
      ...(typeof values.kb === 'string' ? { knowledgeBase: values.kb } : {}),
      ...(profile === undefined ? {} : { profile }),
    },
    io.knowledgeBases,
  );
  if (format === 'json') {
    io.stdout(renderJson(analysis, { toolVersion, docsBase: 'docs/checks/' }));
  } else {
    io.stdout(renderText(analysis));
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
  const { config, findings } = loadConfig(file, new TextDecoder().decode(read.bytes));
  if (findings.length === 0) return config;
  io.stderr(
    `threat-align: the configuration is invalid\n${renderText({ findings, counts: countFindings(findings) })}`,
  );
  return undefined;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`threat-align check: ${message}\n`);
  return exitCodes.usage;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
