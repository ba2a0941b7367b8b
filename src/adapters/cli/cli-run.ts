import { escapeControls } from '../../core/report/escape-controls.js';
import { batches, type TextOrPieces } from '../../core/report/json-chunks.js';
import type { RunRequest } from '../../app/run-request.js';
import { startRun, type StartedRun } from '../../app/start-run.js';
import type { CliIo } from './cli-io.js';
import { jiraBacklogFactory } from '../jira/backlog-factory.js';
import { JiraFailure } from '../jira/backlog-factory.js';
import type { ParsedArgs } from './parsed-args.js';
import { findConfig } from './find-config.js';
import { cliProgress } from './show-progress.js';

const profiles = ['top', 'full'] as const;

/**
 * The command line as a run (`check` and `events`): the arguments become a RunRequest, and the
 * application layer reads the inputs and analyses the model. Undefined (after saying why on
 * stderr) when an input is unusable: exit status 2.
 */
export async function startCliRun(
  command: string,
  parsed: ParsedArgs,
  io: CliIo,
  failOn?: RunRequest['failOn'],
): Promise<StartedRun | undefined> {
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
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const knowledgeBase = text('kb');
  const config = text('config');
  const backlog = text('backlog');
  const model = positionals[0] ?? 'threatmodel.yaml';
  const found = config ?? (await findConfig(model, io));
  const request: RunRequest = {
    model,
    ...(model === '-' ? { modelShownAs: '<stdin>' } : {}),
    // The configuration beside the model or above it (find-config.ts), else none: not one in the
    // working directory that belongs to another tree.
    config: found ?? false,
    ...(knowledgeBase === undefined ? {} : { knowledgeBase }),
    ...(profile === undefined ? {} : { profile: profile as 'top' | 'full' }),
    ...(backlog === undefined ? {} : { backlog }),
    ...(failOn === undefined ? {} : { failOn }),
  };
  let started;
  try {
    started = await startRun(
      request,
      io,
      {
        jira: jiraBacklogFactory(io.env ?? {}, (message) => {
          io.stderr(`${message}\n`);
        }),
      },
      cliProgress(io),
    );
  } catch (error) {
    // A Jira backlog that cannot be read is the user's to fix (credentials, project): one line, status 2.
    if (!(error instanceof JiraFailure)) throw error;
    io.stderr(`threat-align: ${error.message}\n`);
    return undefined;
  }
  if (!started.ok) {
    io.stderr(`${started.message}\n`);
    return undefined;
  }
  return started.value;
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
