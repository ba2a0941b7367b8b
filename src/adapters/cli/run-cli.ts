import { runCheck } from './check-command.js';
import { commandHelp } from './command-help.js';
import { didYouMean } from './did-you-mean.js';
import { exitCodes, type CliIo } from './cli-io.js';
import { runImport } from './import-command.js';
import { runEvents } from './events-command.js';
import { runKb } from './kb-command.js';
import { runInit } from './init-command.js';
import { parseCommandLine, type OptionSpec } from './parse-command-line.js';
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
      return withArgs(command, rest, io, checkOptions, (parsed) => runCheck(parsed, io));
    case 'events':
      return withArgs(command, rest, io, eventsOptions, (parsed) => runEvents(parsed, io));
    case 'plan':
      return withArgs(command, rest, io, { ...analysisOptions, milestone: { type: 'string' } }, (parsed) =>
        runPlan(parsed, io),
      );
    case 'import':
      return withArgs(command, rest, io, importOptions, (parsed) => runImport(parsed, io));
    case 'kb':
      return withArgs(command, rest, io, kbOptions, (parsed) => runKb(parsed, io));
    case 'schema':
      return withArgs(command, rest, io, {}, (parsed) => runSchema(parsed, io));
    case 'init':
      return withArgs(command, rest, io, initOptions, (parsed) => runInit(parsed, io));
    case undefined:
      io.stderr(usage);
      return exitCodes.usage;
    case 'help':
    case '--help':
    case '-h': {
      const help = rest[0] === undefined ? usage : commandHelp[rest[0]];
      if (help === undefined) return unknownCommand(rest[0] ?? '', io);
      io.stdout(help);
      return exitCodes.clean;
    }
    case '--version':
    case '-v':
      io.stdout(`${toolVersion}\n`);
      return exitCodes.clean;
    default:
      return unknownCommand(command, io);
  }
}

const commands = ['check', 'events', 'import', 'kb', 'schema', 'init', 'plan', 'help'];

function unknownCommand(command: string, io: CliIo): number {
  const suggestion = didYouMean(command, commands);
  const offer = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
  io.stderr(`threat-align: unknown command "${command}".${offer}\n\n${usage}`);
  return exitCodes.usage;
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

const initOptions = {
  name: { type: 'string' },
  components: { type: 'string' },
  backlog: { type: 'string' },
  ci: { type: 'string' },
} as const;

/** Parses one command's arguments: its help (exit 0), a problem with a suggestion (exit 2), or the run. */
async function withArgs(
  command: string,
  args: readonly string[],
  io: CliIo,
  options: OptionSpec,
  run: (parsed: ParsedArgs) => Promise<number>,
): Promise<number> {
  const result = parseCommandLine(args, options);
  if (result.kind === 'help') {
    io.stdout(commandHelp[command] ?? usage);
    return exitCodes.clean;
  }
  if (result.kind === 'problem') {
    io.stderr(
      `threat-align ${command}: ${result.message}\nRun threat-align ${command} --help for its options.\n`,
    );
    return exitCodes.usage;
  }
  return run(result.parsed);
}
