import { escapeControls } from '../../../core/report/escape-controls.js';

/**
 * The few runner interactions the action's entry needs before it loads the rest: an input, and
 * the `add-mask`, `debug` and `error` workflow commands. They behave as @actions/core's getInput,
 * setSecret, debug and setFailed do (same variable names, same escaping), but without loading
 * @actions/core, whose HTTP client alone costs more start-up time than the entry itself.
 */

/** `core.getInput(name)`: INPUT_<NAME with spaces as underscores, upper case>, trimmed. */
export function readInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** `::add-mask::`: the runner replaces the value with *** in everything the job logs after it. */
export function maskValue(value: string): void {
  issue('add-mask', value);
}

export function debugLine(message: string): void {
  issue('debug', logText(message));
}

/** `core.setFailed`: an error line, and exit status 1 once the process ends. */
export function failStep(message: string): void {
  issue('error', logText(message));
  process.exitCode = 1;
}

function issue(command: string, data: string): void {
  process.stdout.write(`::${command}::${escapeData(data)}\n`);
}

/** The escaping the runner undoes for a command's data (as @actions/core's escapeData). */
function escapeData(data: string): string {
  return data.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A message for the log with its control characters made visible (`escapeControls`: ESC, BEL, CR,
 * bidirectional overrides): the log is shown in a terminal. A mask's value is left as it is.
 */
function logText(message: string): string {
  return escapeControls(message, { keepLineFeeds: true });
}
