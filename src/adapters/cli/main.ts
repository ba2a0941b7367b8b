import { nodeIo } from './node-io.js';
import { runCli } from './run-cli.js';

/** The CLI's one top-level catch: a bug still ends in one clear line and exit status 2, never a stack trace. */
try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo());
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `threat-align: internal error: ${message}\nThis is a bug in threat-align; please report it with the command you ran.\n`,
  );
  process.exitCode = 2;
}
