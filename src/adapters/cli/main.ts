import { nodeIo } from './node-io.js';
import { runCli } from './run-cli.js';

// A reader that stops early (`threat-align check | head`) closes the pipe: stop quietly, as other CLIs
// do, instead of dying on an unhandled 'error' event with a stack trace (any other write error: status 2).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
}

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
