import { parseArgs } from 'node:util';
import { didYouMean } from './did-you-mean.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

import type { ParsedArgs } from './parsed-args.js';

export type ParsedCommandLine =
  { kind: 'parsed'; parsed: ParsedArgs } | { kind: 'help' } | { kind: 'problem'; message: string };

/**
 * One command's arguments: `--help` or `-h` anywhere before `--` asks for the command's help; an
 * unknown option is named with the closest known one; a string option without its value says
 * which value it takes. A lone `-` is a positional (standard input), as other CLIs read it.
 */
export function parseCommandLine(args: readonly string[], options: OptionSpec): ParsedCommandLine {
  const end = args.indexOf('--');
  const before = end === -1 ? args : args.slice(0, end);
  if (before.includes('--help') || before.includes('-h')) return { kind: 'help' };
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { kind: 'parsed', parsed };
  } catch (error) {
    return { kind: 'problem', message: explain(args, options) ?? messageOf(error) };
  }
}

/** The first problem, worded for a reader, from the tokens of a lenient parse. */
function explain(args: readonly string[], options: OptionSpec): string | undefined {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const known = Object.keys(options).map((name) => `--${name}`);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined) {
      const suggestion = didYouMean(`--${token.name}`, known);
      const offer =
        suggestion !== undefined
          ? ` Did you mean ${suggestion}?`
          : known.length > 0
            ? ` This command takes ${known.join(', ')}.`
            : ' This command takes no option.';
      return `unknown option ${token.rawName}.${offer}`;
    }
    if (
      spec.type === 'string' &&
      (token.value === undefined ||
        (token.value.startsWith('-') && token.value !== '-' && !token.inlineValue))
    ) {
      return `${token.rawName} needs a value: ${token.rawName} VALUE (or ${token.rawName}=VALUE for a value starting with -)`;
    }
    if (spec.type === 'boolean' && token.inlineValue) return `${token.rawName} takes no value`;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
