import { parseArgs } from 'node:util';
import { runCheck } from './check-command.js';
import { exitCodes, type CliIo } from './cli-io.js';
import { runImport } from './import-command.js';
import { runEvents } from './events-command.js';
import { runKb } from './kb-command.js';
import { runPlan } from './plan-command.js';
import { runSchema } from './schema-command.js';
import type { ParsedArgs } from './parsed-args.js';
import { usage } from './usage.js';
import { toolVersion } from '../version.js';

/** Runs one CLI invocation and returns its exit status. Expected problems never throw. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return withArgs(rest, io, checkOptions, (parsed) => runCheck(parsed, io));
    case 'events':
      return withArgs(rest, io, eventsOptions, (parsed) => runEvents(parsed, io));
    case 'plan':
      return withArgs(rest, io, { ...analysisOptions, milestone: { type: 'string' } }, (parsed) =>
        runPlan(parsed, io),
      );
    case 'import':
      return withArgs(rest, io, importOptions, (parsed) => runImport(parsed, io));
    case 'kb':
      return withArgs(rest, io, kbOptions, (parsed) => runKb(parsed, io));
    case 'schema':
      return withArgs(rest, io, {}, (parsed) => runSchema(parsed, io));
    case undefined:
      io.stderr(usage);
      return exitCodes.usage;
    case 'help':
    case '--help':
    case '-h':
      io.stdout(usage);
      return exitCodes.clean;
    case '--version':
    case '-v':
      io.stdout(`${toolVersion}\n`);
      return exitCodes.clean;
    default:
      io.stderr(`threat-align: unknown command "${command}"\n\n${usage}`);
      return exitCodes.usage;
  }
}

/** The options every command that runs an analysis reads (see cli-run.ts). */
const analysisOptions = {
  format: { type: 'string' },
  config: { type: 'string' },
  kb: { type: 'string' },
  profile: { type: 'string' },
  backlog: { type: 'string' },
  output: { type: 'string' },
} as const;

const checkOptions = { ...analysisOptions, 'fail-on': { type: 'string' } } as const;

const eventsOptions = analysisOptions;

const importOptions = { output: { type: 'string' } } as const;

const kbOptions = {
  format: { type: 'string' },
  kb: { type: 'string' },
  profile: { type: 'string' },
} as const;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

async function withArgs(
  args: readonly string[],
  io: CliIo,
  options: OptionSpec,
  run: (parsed: ParsedArgs) => Promise<number>,
): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`threat-align: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return exitCodes.usage;
  }
  return run(parsed);
}
