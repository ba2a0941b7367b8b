/** A command line taken apart by node:util's parseArgs (run-cli.ts), as every command reads it. */
export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}
