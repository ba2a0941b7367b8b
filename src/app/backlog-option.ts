import type { BacklogProvider } from '../core/backlog/backlog-item.js';
import { loadBacklogFile } from '../core/backlog/load-backlog-file.js';
import { aliasesOfSource, memoryBacklogProvider } from '../core/backlog/memory-backlog-provider.js';
import { inputProblem, invalidInput, unreadable, type InputRead } from './input-problem.js';
import type { Workspace } from './workspace.js';

/**
 * A backlog provider a front end can build: `github`, `azure`, `jira:PROJECT`… The front end
 * supplies the factories it can build (the Action GitHub's, the task Azure Boards'); the option
 * parser knows `file:PATH` and `none` itself. A new provider is its own folder's factory plus an
 * entry here in `providerSyntax`, so that every front end words it alike.
 */
interface BacklogFactory {
  /** Builds the provider; `argument` is what follows `kind:` (empty for a kind that takes none). */
  create(argument: string): Promise<InputRead<BacklogProvider>> | InputRead<BacklogProvider>;
}

/** The factories a front end supplies, by kind. */
export type BacklogFactories = Readonly<Record<string, BacklogFactory>>;

/** How each kind is written and what it reads: the one wording of the backlog option's values. */
const providerSyntax: Readonly<Record<string, { syntax: string; what: string }>> = {
  file: { syntax: 'file:PATH', what: 'a backlog file, schema/backlog.schema.json' },
  none: { syntax: 'none', what: 'no backlog: the backlog checks stay quiet' },
  github: { syntax: 'github', what: "this repository's issues" },
  azure: { syntax: 'azure', what: "this project's Azure Boards work items" },
  'azure-boards': { syntax: 'azure-boards', what: 'the same as azure' },
};

/** The backlog option taken apart: its kind and the argument after `kind:`. */
export interface BacklogChoice {
  kind: string;
  argument: string;
}

/**
 * Checks the option's syntax against the kinds this front end offers (the built-in ones and those
 * of its factories), before anything is read: a wrong value fails at once, worded alike everywhere.
 */
export function parseBacklogOption(option: string, kinds: readonly string[]): InputRead<BacklogChoice> {
  const colon = option.indexOf(':');
  const kind = colon === -1 ? option : option.slice(0, colon);
  const argument = colon === -1 ? '' : option.slice(colon + 1);
  const offered = ['file', 'none', ...kinds];
  const syntax = providerSyntax[kind]?.syntax ?? kind;
  const wantsArgument = syntax.includes(':');
  if (offered.includes(kind) && wantsArgument === (argument !== '') && (wantsArgument || colon === -1)) {
    return { ok: true, value: { kind, argument } };
  }
  const choices = offered
    .filter((k) => k !== 'azure-boards')
    .map((k) => {
      const known = providerSyntax[k];
      return known === undefined ? k : `${known.syntax} (${known.what})`;
    });
  const listed =
    choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}` : choices.join('');
  return inputProblem(`threat-align: the backlog option takes ${listed}, not "${option}"`);
}

/**
 * The provider the option names, or undefined for `none`: a backlog file is read (once) from the
 * workspace; any other kind is built by the front end's factory.
 */
export async function openBacklog(
  choice: BacklogChoice,
  factories: BacklogFactories,
  workspace: Workspace,
): Promise<InputRead<BacklogProvider | undefined>> {
  if (choice.kind === 'none') return { ok: true, value: undefined };
  if (choice.kind === 'file') return readBacklogFile(choice.argument, workspace);
  const factory = factories[choice.kind];
  if (factory === undefined) return inputProblem(`threat-align: no backlog provider "${choice.kind}" here`);
  return factory.create(choice.argument);
}

async function readBacklogFile(path: string, workspace: Workspace): Promise<InputRead<BacklogProvider>> {
  const read = await workspace.readFile(path);
  if (!read.ok) return unreadable('the backlog file', read.reason);
  const loaded = loadBacklogFile(path, read.bytes);
  if (!loaded.items) return invalidInput('the backlog file is invalid', loaded.findings);
  const source = loaded.source ?? `file:${path}`;
  return { ok: true, value: memoryBacklogProvider(source, loaded.items, aliasesOfSource(loaded.source)) };
}
