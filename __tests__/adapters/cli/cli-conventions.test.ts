import { runCli } from '../../../src/adapters/cli/run-cli.js';
import { commandHelp } from '../../../src/adapters/cli/command-help.js';
import { nodeIo } from '../../../src/adapters/cli/node-io.js';
import { usage } from '../../../src/adapters/cli/usage.js';
import { resolveKnowledgeBase } from '../../../src/core/kb/resolve-kb.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';
import { recordingCliIo, type RecordingCliIo } from '../../fakes/recording-cli-io.js';

/** The command line's conventions: help, suggestions, standard input, where the configuration is found, progress. */

const knowledgeBases = memoryKbStore({ 'mini@1.1.0': miniShipped()['mini@1.1.0']! });
let sha256 = '';

beforeAll(async () => {
  sha256 = (await resolveKnowledgeBase('mini@1.1.0', knowledgeBases)).loaded!.kb.sha256;
});

/** A clean model on the mini knowledge base, with one TA102 when `boundary` is not "cloud". */
function model(boundary = 'cloud'): string {
  return [
    'schema: threat-align/v1',
    'system: { name: Shop }',
    `knowledgeBase: { use: mini@1.1.0, sha256: ${sha256} }`,
    'boundaries:',
    '  - id: cloud',
    'components:',
    '  - id: web',
    `    boundary: ${boundary}`,
    '    type: web-app',
    'mitigations:',
    '  M-MFA: { status: implemented }',
    'answers:',
    '  web: { Q-AUTHN: OIDC }',
    '',
  ].join('\n');
}

function io(files: Record<string, string>, folders: string[] = []): RecordingCliIo {
  return recordingCliIo({ files, folders, knowledgeBases });
}

async function run(argv: string[], fake: RecordingCliIo) {
  const status = await runCli(argv, fake);
  return { status, ...fake.printed };
}

const findingLines = (text: string) =>
  text.split('\n').filter((line) => /^\S+:\d+:\d+: (error|warning|note) TA\d{3}: /.test(line));

describe('help', () => {
  it.each(Object.keys(commandHelp))(
    'threat-align %s --help prints the command’s help and exits 0',
    async (command) => {
      for (const flag of ['--help', '-h']) {
        const result = await run([command, flag], io({}));
        expect(result).toEqual({ status: 0, stdout: commandHelp[command], stderr: '' });
      }
      expect(commandHelp[command]).toMatch(new RegExp(`^Usage: threat-align ${command}`));
    },
  );

  it('--help wins over every other argument, even a wrong one', async () => {
    const result = await run(['check', '--formt', 'x', 'a.yaml', 'b.yaml', '--help'], io({}));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(commandHelp.check);
  });

  it('threat-align help COMMAND is the command’s help; help alone the overview', async () => {
    expect(await run(['help', 'kb'], io({}))).toEqual({ status: 0, stdout: commandHelp.kb, stderr: '' });
    expect(await run(['help'], io({}))).toEqual({ status: 0, stdout: usage, stderr: '' });
    const unknown = await run(['help', 'chekc'], io({}));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe(
      'threat-align: unknown command "chekc". Did you mean "check"?',
    );
  });

  it('every option a command takes is in its help', () => {
    const check = commandHelp.check!;
    for (const option of [
      '--format',
      '--fail-on',
      '--config',
      '--kb',
      '--profile',
      '--backlog',
      '--output',
    ]) {
      expect(check).toContain(option);
    }
    expect(commandHelp.init).toContain('--components');
  });
});

describe('did you mean', () => {
  it.each([
    [['chekc'], 'unknown command "chekc". Did you mean "check"?'],
    [['evnets'], 'unknown command "evnets". Did you mean "events"?'],
    [['imprt', 'x'], 'unknown command "imprt". Did you mean "import"?'],
    [['check', '--fail_on', 'never'], 'unknown option --fail_on. Did you mean --fail-on?'],
    [['check', '--baclog', 'file:b.json'], 'unknown option --baclog. Did you mean --backlog?'],
    [['kb', 'show', '--fromat', 'json'], 'unknown option --fromat. Did you mean --format?'],
    [['check', '--zzz'], 'unknown option --zzz. This command takes --format, --config'],
    [['schema', '--pretty'], 'unknown option --pretty. This command takes no option.'],
    [['frobnicate'], 'unknown command "frobnicate".'],
  ])('%j', async (argv, message) => {
    const result = await run(argv, io({}));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toContain(message);
  });

  it('offers nothing for a word far from every command', async () => {
    expect((await run(['frobnicate'], io({}))).stderr.split('\n')[0]).toBe(
      'threat-align: unknown command "frobnicate".',
    );
  });
});

describe('- reads standard input', () => {
  it('check - checks the model piped in, reported as <stdin>', async () => {
    const result = await run(['check', '-'], io({ '-': model('clod') }));
    expect(result.status).toBe(1);
    expect(findingLines(result.stdout)).toEqual([
      '<stdin>:8:15: error TA102: components[0].boundary: "clod" names no boundary of the model',
    ]);
  });

  it('check - --format json, and --output - is a file named by the option, not stdin', async () => {
    const result = await run(['check', '-', '--format', 'json'], io({ '-': model() }));
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { counts: { total: number } }).counts.total).toBe(0);
  });

  it('--backlog file:- reads the backlog from standard input', async () => {
    const backlog = JSON.stringify({
      items: [{ id: '#1', title: 'Login WITHOUT anyone else logging in as me', state: 'open' }],
    });
    const fake = io({ 'm.yaml': model(), '-': backlog });
    const result = await run(['check', 'm.yaml', '--backlog', 'file:-', '--format', 'json'], fake);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('"backlogItem"');
  });

  it('kb pin - is refused: it rewrites a file in place', async () => {
    const result = await run(['kb', 'pin', '-'], io({ '-': model() }));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('kb pin rewrites the model file in place');
  });

  it('stdin that is not UTF-8 is an error at <stdin>', async () => {
    const fake = recordingCliIo({ files: { '-': new Uint8Array([0x73, 0xff, 0x0a]) }, knowledgeBases });
    const result = await run(['check', '-'], fake);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^<stdin>:1:2: error TA101: /);
  });
});

describe('where the configuration is found', () => {
  const off = 'checks: { TA102: off }\n';
  const asWarning = 'checks: { TA102: warning }\n';

  it('beside the model, even when the run starts elsewhere', async () => {
    const result = await run(
      ['check', 'svc/typo.yaml'],
      io({ 'svc/typo.yaml': model('clod'), 'svc/.threat-align.yaml': off }),
    );
    expect(result.status).toBe(0);
    expect(findingLines(result.stdout)).toEqual([]);
  });

  it('beside a model outside the working directory', async () => {
    const result = await run(
      ['check', '../other/typo.yaml'],
      io({ '../other/typo.yaml': model('clod'), '../other/.threat-align.yaml': off }),
    );
    expect(result.status).toBe(0);
  });

  it('in a folder above the model, up to the repository root (the folder with .git)', async () => {
    const files = { 'a/b/typo.yaml': model('clod'), '.threat-align.yaml': asWarning };
    const result = await run(['check', 'a/b/typo.yaml'], io(files, ['.git']));
    expect(result.status).toBe(0);
    expect(findingLines(result.stdout)[0]).toMatch(/^a\/b\/typo\.yaml:8:15: warning TA102/);
  });

  it('the nearest wins: beside the model over the repository root', async () => {
    const files = {
      'a/typo.yaml': model('clod'),
      'a/.threat-align.yaml': off,
      '.threat-align.yaml': asWarning,
    };
    const result = await run(['check', 'a/typo.yaml'], io(files, ['.git']));
    expect(findingLines(result.stdout)).toEqual([]);
  });

  it('never above the repository root', async () => {
    const files = { 'repo/a/typo.yaml': model('clod'), '.threat-align.yaml': off };
    const result = await run(['check', 'repo/a/typo.yaml'], io(files, ['repo/.git']));
    expect(result.status).toBe(1);
  });

  it('outside a repository: beside the model, then the working directory, nothing higher', async () => {
    expect(
      (await run(['check', 'a/typo.yaml'], io({ 'a/typo.yaml': model('clod'), '.threat-align.yaml': off })))
        .status,
    ).toBe(0);
    expect(
      (
        await run(
          ['check', 'a/typo.yaml'],
          io({ 'a/typo.yaml': model('clod'), '../.threat-align.yaml': off }),
        )
      ).status,
    ).toBe(1);
  });

  it('--config wins over every file found', async () => {
    const files = { 'a/typo.yaml': model('clod'), 'a/.threat-align.yaml': off, 'strict.yaml': asWarning };
    const result = await run(['check', 'a/typo.yaml', '--config', 'strict.yaml'], io(files));
    expect(findingLines(result.stdout)[0]).toMatch(/warning TA102/);
  });

  it('a configuration found is reported by its path when invalid', async () => {
    const result = await run(
      ['check', 'a/typo.yaml'],
      io({ 'a/typo.yaml': model('clod'), 'a/.threat-align.yaml': 'failon: never\n' }),
    );
    expect(result.status).toBe(2);
    expect(findingLines(result.stderr)[0]).toMatch(/^a\/\.threat-align\.yaml:1:1: error TA101: /);
  });
});

describe('the configuration refuses what it does not know, at its place', () => {
  it.each([
    ['checks: { TA999: off }\n', 'c.yaml:1:11: error TA101: checks: "TA999" is not a threat-align check'],
    [
      'suppressions:\n  - { check: TA299, target: x, reason: y }\n',
      'c.yaml:2:14: error TA101: suppressions[0].check: "TA299" is not a threat-align check',
    ],
    ['checks:\n  TA2O2: off\n', 'c.yaml:2:3: error TA101: checks: "TA2O2" is not a check id such as TA202'],
  ])('%j', async (text, line) => {
    const result = await run(
      ['check', 'm.yaml', '--config', 'c.yaml'],
      io({ 'm.yaml': model(), 'c.yaml': text }),
    );
    expect(result.status).toBe(2);
    expect(findingLines(result.stderr)).toEqual([line]);
  });

  it('lists the checks there are', async () => {
    const result = await run(
      ['check', 'm.yaml', '--config', 'c.yaml'],
      io({ 'm.yaml': model(), 'c.yaml': 'checks:\n  TA610: off\n' }),
    );
    expect(result.stderr).toContain('hint: Write one of the checks there are (docs/checks): TA101, TA102, ');
    expect(result.stderr).toContain('TA501, TA601.');
  });

  it('an unknown key, at the key', async () => {
    const result = await run(
      ['check', 'm.yaml', '--config', 'c.yaml'],
      io({ 'm.yaml': model(), 'c.yaml': 'failOn: error\nfial: x\n' }),
    );
    expect(result.status).toBe(2);
    expect(findingLines(result.stderr)[0]).toMatch(/^c\.yaml:2:1: error TA101: /);
  });

  it('accepts every check of the catalogue', async () => {
    const result = await run(
      ['check', 'm.yaml', '--config', 'c.yaml'],
      io({ 'm.yaml': model(), 'c.yaml': 'checks: { TA601: off, TA202: error, TA305: note }\n' }),
    );
    expect(result.status).toBe(0);
  });
});

describe('progress on stderr', () => {
  const bigBacklog = JSON.stringify({
    items: Array.from({ length: 2_000 }, (_, i) => ({
      id: `#${i + 1}`,
      title: `Item ${i + 1}`,
      state: 'open',
    })),
  });

  it('shows what a long run does while it runs, then erases it, on a terminal', async () => {
    const fake = io({ 'm.yaml': model(), 'b.json': bigBacklog });
    const shown: string[] = [];
    fake.progress = (text) => {
      shown.push(text);
    };
    const result = await run(['check', 'm.yaml', '--backlog', 'file:b.json'], fake);
    expect(result.status).toBe(0);
    expect(shown).toEqual(['threat-align: checking the model against 2000 backlog items…', '']);
    expect(result.stderr).toBe('');
  });

  it('shows nothing for short work', async () => {
    const fake = io({ 'm.yaml': model(), 'b.json': JSON.stringify({ items: [] }) });
    const shown: string[] = [];
    fake.progress = (text) => {
      shown.push(text);
    };
    await run(['check', 'm.yaml', '--backlog', 'file:b.json'], fake);
    expect(shown).toEqual([]);
  });

  it('is offered by the real adapter only when stderr is a terminal (it is not under jest)', () => {
    expect(process.stderr.isTTY).not.toBe(true);
    const real = nodeIo();
    expect('progress' in real).toBe(false);
    expect('ask' in real).toBe(false);
  });
});
