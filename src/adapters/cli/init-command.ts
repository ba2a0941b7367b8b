import { basename, join, resolve } from 'node:path';
import { starterFiles, type StarterChoices } from '../../core/init/starter-files.js';
import { resolveKnowledgeBase } from '../../core/kb/resolve-kb.js';
import { defaultKnowledgeBaseName, newestShipped } from '../../core/run-pipeline.js';
import { exitCodes, type CliIo } from './cli-io.js';
import { didYouMean } from './did-you-mean.js';
import type { ParsedArgs } from './parsed-args.js';

const backlogs = ['github', 'azure-boards', 'file'] as const;
const ciPlatforms = ['github', 'azure', 'none'] as const;
const defaultComponents = 'web:web-app, api:api, db:sql-database';
const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * `threat-align init [FOLDER]`: a commented starter model pinned to the newest shipped knowledge
 * base, the configuration and the CI workflow, from the options or, on a terminal without
 * --name, from a few questions. Nothing is written when any of the files exists.
 */
export async function runInit(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const { values, positionals } = parsed;
  if (positionals.length > 1) return problem(io, 'init takes one folder');
  const folder = positionals[0] ?? '.';
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const interactive = text('name') === undefined && io.ask !== undefined;
  const ask = async (question: string, fallback: string) =>
    interactive && io.ask ? (await io.ask(`${question} [${fallback}]: `)).trim() || fallback : fallback;

  const systemName =
    text('name') ?? (await ask('System name', basename(resolve(io.cwd, folder)) || 'My system'));
  const componentList =
    text('components') ??
    (await ask('Main components (NAME or NAME:TYPE, comma-separated)', defaultComponents));
  const backlog =
    text('backlog') ?? (await ask('Where does the backlog live (github, azure-boards, file)', 'github'));
  if (!isOneOf(backlog, backlogs))
    return problem(io, `--backlog must be one of ${backlogs.join(', ')}${offer(backlog, backlogs)}`);
  const ci = text('ci') ?? (backlog === 'azure-boards' ? 'azure' : 'github');
  if (!isOneOf(ci, ciPlatforms))
    return problem(io, `--ci must be one of ${ciPlatforms.join(', ')}${offer(ci, ciPlatforms)}`);
  if ((ci === 'github' && backlog === 'azure-boards') || (ci === 'azure' && backlog === 'github')) {
    return problem(
      io,
      `${ci === 'github' ? 'a GitHub' : 'an Azure Pipelines'} workflow cannot read ${backlog === 'github' ? 'GitHub issues' : 'Azure Boards'}: use --backlog ${ci === 'github' ? 'github' : 'azure-boards'} or file, or --ci ${ci === 'github' ? 'azure' : 'github'}`,
    );
  }
  if (systemName.trim() === '') return problem(io, '--name must not be empty');

  const use = await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases);
  const resolved = await resolveKnowledgeBase(use, io.knowledgeBases);
  const kb = resolved.loaded?.kb;
  if (!kb) return problem(io, `the shipped knowledge base ${use} does not load; reinstall threat-align`);
  const types = kb.componentTypes.filter((t) => t.abstract !== true).map((t) => t.id);
  const components = readComponents(componentList, types);
  if (typeof components === 'string') return problem(io, components);

  const choices: StarterChoices = {
    systemName: systemName.trim(),
    components,
    backlog,
    ci,
    knowledgeBase: { use, sha256: kb.sha256 },
  };
  const files = starterFiles(choices).map((f) => ({ ...f, path: join(folder, f.path) }));
  const existing: string[] = [];
  for (const file of files) if (await io.exists(file.path)) existing.push(file.path);
  if (existing.length > 0) {
    io.stderr(
      `threat-align init: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (init never overwrites a file)\n`,
    );
    return exitCodes.usage;
  }
  for (const file of files) {
    const made = io.makeFolder ? await io.makeFolder(join(file.path, '..')) : { ok: true as const };
    const written = made.ok ? await io.writeFile(file.path, file.text) : made;
    if (!written.ok) {
      io.stderr(`threat-align init: ${written.reason}\n`);
      return exitCodes.usage;
    }
    io.stderr(`threat-align init: wrote ${file.path}\n`);
  }
  const model = join(folder, 'threatmodel.yaml');
  io.stderr(
    `Next: npx threat-align check ${model}${backlog === 'file' ? ` --backlog file:${join(folder, 'backlog.json')}` : ''}\n`,
  );
  return exitCodes.clean;
}

/** `web:web-app, api, db:sql-database` → components with knowledge-base types, or a sentence saying what is wrong. */
function readComponents(list: string, types: readonly string[]): StarterChoices['components'] | string {
  const components: StarterChoices['components'] = [];
  for (const entry of list
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const [id = '', given] = entry.split(':').map((p) => p.trim());
    if (!idPattern.test(id) || id === 'users') {
      return `component "${id}" must be lower-case letters, digits and dashes (and not "users", which init writes for the system's users)`;
    }
    if (components.some((c) => c.id === id)) return `component "${id}" is named twice`;
    const type = given ?? guessType(id, types);
    if (!types.includes(type)) {
      return `"${type}" is not a component type of the knowledge base${offer(type, types)} (npx threat-align kb show lists them)`;
    }
    components.push({ id, type });
  }
  if (components.length === 0) return '--components names no component';
  return components;
}

/** The type a component's name suggests: the name itself when it is a type, else a few common words, else api. */
function guessType(id: string, types: readonly string[]): string {
  if (types.includes(id)) return id;
  const words: [RegExp, string][] = [
    [/db|database|sql|postgres|mysql/, 'sql-database'],
    [/mongo|nosql|dynamo|cosmos/, 'nosql-database'],
    [/cache|redis/, 'cache'],
    [/queue|bus/, 'message-queue'],
    [/bucket|storage|blob|s3/, 'object-storage'],
    [/spa|frontend|front-end/, 'single-page-app'],
    [/web|site|portal/, 'web-app'],
    [/mobile|ios|android/, 'mobile-app'],
    [/gateway/, 'api-gateway'],
    [/idp|auth|identity|login/, 'identity-provider'],
    [/function|lambda/, 'serverless-function'],
    [/vault|secret/, 'secrets-vault'],
  ];
  const found = words.find(([pattern]) => pattern.test(id));
  return found !== undefined && types.includes(found[1]) ? found[1] : 'api';
}

function offer(value: string, known: readonly string[]): string {
  const suggestion = didYouMean(value, known);
  return suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
}

function problem(io: CliIo, message: string): number {
  io.stderr(`threat-align init: ${message}\n`);
  return exitCodes.usage;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
