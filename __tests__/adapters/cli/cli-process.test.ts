import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveKnowledgeBase } from '../../../src/core/kb/resolve-kb.js';
import { fixturesRoot, memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';

/**
 * The bundled CLI (dist/cli.js, from `npm run bundle`) as a user runs it, on bad input written to a
 * temporary folder: every problem ends in a clear message that names the file (and the line and
 * column where there is one) and an exit status, never a stack trace or a hang.
 */

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const packageVersion = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const invalidModels = join(fixturesRoot, 'invalid-models');
let folder = '';

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle first`);
  folder = mkdtempSync(join(tmpdir(), 'threat-align-cli-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): void {
  writeFileSync(join(folder, name), content);
}

function runProcess(args: string[], cwd = folder) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectNoStackTrace(result: { stdout: string; stderr: string }): void {
  for (const text of [result.stdout, result.stderr]) {
    expect(text).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)/m);
    expect(text).not.toContain('node:internal');
  }
}

describe('unreadable input and usage errors: exit status 2', () => {
  it('a missing model file', () => {
    const result = runProcess(['check', 'missing.yaml']);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'threat-align: the threat model cannot be read: missing.yaml does not exist\n',
    });
  });

  it('a directory given as the model', () => {
    mkdirSync(join(folder, 'models'));
    const result = runProcess(['check', 'models']);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'threat-align: the threat model cannot be read: models is a directory, not a file\n',
    });
  });

  it('a configuration file that is not valid YAML', () => {
    write('empty-components.yaml', 'schema: threat-align/v1\nsystem: { name: Shop }\ncomponents: []\n');
    write('bad-config.yaml', 'failOn: warning\nchecks: [TA102\n');
    const result = runProcess(['check', 'empty-components.yaml', '--config', 'bad-config.yaml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'bad-config.yaml:2:9: error TA101: invalid YAML: the [ opened here is never closed with ]\n',
    );
    expectNoStackTrace(result);
  });

  it('a .threat-align.yaml found in the working folder that is not valid YAML', () => {
    const project = join(folder, 'project');
    mkdirSync(project);
    writeFileSync(join(project, '.threat-align.yaml'), 'checks:\n\tTA102: off\n');
    writeFileSync(join(project, 'threatmodel.yaml'), 'schema: threat-align/v1\n');
    const result = runProcess(['check'], project);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '.threat-align.yaml:2:1: error TA101: invalid YAML: a tab indents this line; YAML indents with spaces only\n',
    );
    expectNoStackTrace(result);
  });

  it('an unknown option, reported by its name', () => {
    const result = runProcess(['check', 'missing.yaml', '--colour']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^threat-align check: unknown option --colour\. This command takes --format/,
    );
    expectNoStackTrace(result);
  });

  it('a mistyped option, with the one meant', () => {
    const result = runProcess(['check', 'missing.yaml', '--formt', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'threat-align check: unknown option --formt. Did you mean --format?',
    );
  });
});

describe('conventions of the bundled CLI', () => {
  it('check --help prints the command’s help on stdout and exits 0', () => {
    const result = runProcess(['check', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: threat-align check \[MODEL\]/);
    expect(result.stderr).toBe('');
  });

  it('check - reads the model from standard input', () => {
    const piped = spawnSync(process.execPath, [cli, 'check', '-'], {
      cwd: folder,
      input: 'schema: threat-align/v1\nsystem: {}\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(piped.status).toBe(1);
    expect(piped.stdout).toMatch(/^<stdin>:2:9: error TA101: /m);
  });

  // util-linux's script(1) gives the CLI a pseudo-terminal for its output, as a person's shell does.
  (existsSync('/usr/bin/script') ? it : it.skip)(
    'on a terminal, shows a progress line for a large backlog, then erases it',
    () => {
      const items = Array.from({ length: 2_500 }, (_, i) => ({
        id: `#${i + 1}`,
        title: `Item ${i + 1}`,
        state: 'open',
      }));
      write('tty-backlog.json', JSON.stringify({ items }));
      write(
        'tty.yaml',
        'schema: threat-align/v1\nsystem: { name: S }\ncomponents:\n  - { id: web, type: web-app }\n',
      );
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check tty.yaml --backlog file:tty-backlog.json --output tty-report.txt`;
      const result = spawnSync('/usr/bin/script', ['-q', '-e', '-c', command, '/dev/null'], {
        cwd: folder,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.stdout).toContain(
        '\r\x1b[Kthreat-align: checking the model against 2500 backlog items…\r\x1b[K',
      );
      expect(result.stdout).toMatch(/threat-align: wrote tty-report\.txt/);
    },
    60_000,
  );

  it('writes no progress line when stderr is not a terminal', () => {
    const items = Array.from({ length: 2_500 }, (_, i) => ({
      id: `#${i + 1}`,
      title: `Item ${i + 1}`,
      state: 'open',
    }));
    write('big-backlog.json', JSON.stringify({ items }));
    write(
      'small.yaml',
      'schema: threat-align/v1\nsystem: { name: S }\ncomponents:\n  - { id: web, type: web-app }\n',
    );
    const result = runProcess([
      'check',
      'small.yaml',
      '--backlog',
      'file:big-backlog.json',
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
  });
});

describe('models that are not text (unreadable input: exit status 2) or not a model (exit status 1), at their place', () => {
  it('a binary file (NUL bytes)', () => {
    write('binary.yaml', new Uint8Array([...Buffer.from('schema: threat-align/v1\n'), 0, 1, 2, 0]));
    const result = runProcess(['check', 'binary.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'binary.yaml:2:1: error TA101: the file is binary (it contains a NUL byte), not UTF-8 text\n',
    );
    expectNoStackTrace(result);
  });

  it('invalid UTF-8 (0xC3 0x28) on line 3', () => {
    const lines = Buffer.from('schema: threat-align/v1\nsystem:\n  name: Caf');
    write('bad-utf8.yaml', new Uint8Array([...lines, 0xc3, 0x28, ...Buffer.from('\ncomponents: []\n')]));
    const result = runProcess(['check', 'bad-utf8.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'bad-utf8.yaml:3:12: error TA101: the file is not valid UTF-8 (byte 0xc3 at offset 43); save it as UTF-8\n',
    );
    expectNoStackTrace(result);
  });

  it('an empty file', () => {
    write('empty.yaml', '');
    const result = runProcess(['check', 'empty.yaml']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('empty.yaml:1:1: error TA101: the file is empty: expected a mapping\n');
    expectNoStackTrace(result);
  });

  it('an alias bomb', () => {
    cpSync(join(invalidModels, 'alias-bomb.yaml'), join(folder, 'alias-bomb.yaml'));
    const result = runProcess(['check', 'alias-bomb.yaml']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'alias-bomb.yaml:13:14: error TA101: aliases repeat more than 100000 nodes by this one (*e): too many to expand safely\n',
    );
    expectNoStackTrace(result);
  });

  it('mappings nested deeper than 64 levels', () => {
    cpSync(join(invalidModels, 'deep-nesting.yaml'), join(folder, 'deep-nesting.yaml'));
    const result = runProcess(['check', 'deep-nesting.yaml']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'deep-nesting.yaml:70:131: error TA101: nesting is deeper than 64 levels\n',
    );
    expectNoStackTrace(result);
  });

  it('100,000 nested brackets, in YAML and in JSON (deeper than the parser can go)', () => {
    const brackets = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    write('brackets.yaml', `schema: ${brackets}\n`);
    write('brackets.json', `{"schema": ${brackets}}\n`);
    const yaml = runProcess(['check', 'brackets.yaml']);
    expect(yaml.status).toBe(1);
    expect(yaml.stdout).toContain('brackets.yaml:1:73: error TA101: nesting is deeper than 64 levels\n');
    expectNoStackTrace(yaml);
    const json = runProcess(['check', 'brackets.json']);
    expect(json.status).toBe(1);
    expect(json.stdout).toContain('brackets.json:1:75: error TA101: nesting is deeper than 64 levels\n');
    expectNoStackTrace(json);
  });
});

describe('a large valid model', () => {
  it('checks 5 MB of repeated valid components and exits 0', async () => {
    cpSync(join(fixturesRoot, 'kb/mini/1.1.0'), join(folder, 'kb-mini'), { recursive: true });
    const store = memoryKbStore({ 'mini@1.1.0': miniShipped()['mini@1.1.0']! });
    const sha256 = (await resolveKnowledgeBase('mini@1.1.0', store)).loaded!.kb.sha256;
    const description = 'A queue that carries order events between the shop and the warehouse. '.repeat(6);
    const parts = [
      'schema: threat-align/v1',
      'system: { name: Big }',
      `knowledgeBase: { use: ./kb-mini, sha256: ${sha256} }`,
      'components:',
    ];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i += 1) {
      const component = `  - id: queue-${i}\n    type: message-queue\n    description: ${description}`;
      parts.push(component);
      size += component.length + 1;
    }
    write('big.yaml', `${parts.join('\n')}\n`);

    const result = runProcess(['check', 'big.yaml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^0 errors, 0 warnings, 0 notes\n$/m);
    expect(result.status).toBe(0);
  }, 120_000);
});

describe('the bundle itself', () => {
  it('prints the version of package.json', () => {
    expect(runProcess(['--version'])).toEqual({ status: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });
});
