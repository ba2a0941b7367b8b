import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { runCli } from '../../../src/adapters/cli/run-cli.js';
import { usage } from '../../../src/adapters/cli/usage.js';
import { toolVersion } from '../../../src/adapters/version.js';
import { resolveKnowledgeBase } from '../../../src/core/kb/resolve-kb.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';
import { recordingCliIo, type RecordingCliIo } from '../../fakes/recording-cli-io.js';

const schemaFolder = new URL('../../../schema/', import.meta.url);
const knowledgeBases = memoryKbStore({ 'mini@1.1.0': miniShipped()['mini@1.1.0']! });
let sha256 = '';

beforeAll(async () => {
  const resolved = await resolveKnowledgeBase('mini@1.1.0', knowledgeBases);
  sha256 = resolved.loaded!.kb.sha256;
});

/** A clean model pinned to the mini knowledge base; `boundary` is what its one component sits in. */
function model(boundary: string): string {
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
    // Decided and answered, so that the only findings are the ones a test plants.
    'mitigations:',
    '  M-MFA: { status: implemented }',
    'answers:',
    '  web: { Q-AUTHN: OIDC through the shop identity provider }',
    '',
  ].join('\n');
}

/** The CLI over in-memory files: `valid.yaml`, and `typo.yaml` with one TA102 (an unknown boundary). */
function io(files: Record<string, string> = {}, folders: string[] = []): RecordingCliIo {
  return recordingCliIo({
    files: { 'valid.yaml': model('cloud'), 'typo.yaml': model('clod'), ...files },
    folders,
    knowledgeBases,
  });
}

async function run(argv: string[], fake: RecordingCliIo = io()) {
  const status = await runCli(argv, fake);
  return { status, ...fake.printed };
}

/** The compiler-style lines of a text report: `file:line:column: severity CHECK: message`. */
function findingLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\S+:\d+:\d+: (error|warning|note) TA\d{3}: /.test(line));
}

const typoLine = 'typo.yaml:8:15: error TA102: components[0].boundary: "clod" names no boundary of the model';
const typoHint = '    hint: Did you mean "cloud"? Write the id of a boundary declared in the model.';

describe('threat-align check: exit status 0 and 1', () => {
  it('exits 0 on a valid model, with no finding and empty stderr', async () => {
    const result = await run(['check', 'valid.yaml']);
    expect(result.status).toBe(0);
    expect(findingLines(result.stdout)).toEqual([]);
    expect(result.stdout).toMatch(/^0 errors, 0 warnings, 0 notes\n$/m);
    expect(result.stderr).toBe('');
  });

  it('exits 1 on an error, printing file:line:column, severity, check and message, then a hint', async () => {
    const result = await run(['check', 'typo.yaml']);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(findingLines(result.stdout)).toEqual([typoLine]);
    expect(lines[lines.indexOf(typoLine) + 1]).toBe(typoHint);
    expect(result.stdout).toMatch(/^1 error, 0 warnings, 0 notes\n$/m);
    expect(result.stderr).toBe('');
  });

  it('reads threatmodel.yaml when no model is named', async () => {
    const result = await run(['check'], io({ 'threatmodel.yaml': model('clod') }));
    expect(result.status).toBe(1);
    expect(findingLines(result.stdout)).toEqual([typoLine.replace('typo.yaml', 'threatmodel.yaml')]);
  });

  it('exits 0 on errors with --fail-on never, still reporting them', async () => {
    const result = await run(['check', 'typo.yaml', '--fail-on', 'never']);
    expect(result.status).toBe(0);
    expect(findingLines(result.stdout)).toEqual([typoLine]);
  });

  it('exits 0 on errors lowered to warnings, and 1 with --fail-on warning or note', async () => {
    const fake = () => io({ 'lower.yaml': 'checks: { TA102: warning }\n' });
    const lowered = await run(['check', 'typo.yaml', '--config', 'lower.yaml'], fake());
    expect(lowered.status).toBe(0);
    expect(findingLines(lowered.stdout)).toEqual([typoLine.replace('error TA102', 'warning TA102')]);
    expect(lowered.stdout).toMatch(/^0 errors, 1 warning, 0 notes\n$/m);
    expect(
      (await run(['check', 'typo.yaml', '--config', 'lower.yaml', '--fail-on', 'warning'], fake())).status,
    ).toBe(1);
    expect(
      (await run(['check', 'typo.yaml', '--config', 'lower.yaml', '--fail-on', 'note'], fake())).status,
    ).toBe(1);
  });

  it('exits 0 on notes with --fail-on warning, and 1 with --fail-on note', async () => {
    const fake = () => io({ 'notes.yaml': 'checks: { TA102: note }\n' });
    const warning = await run(
      ['check', 'typo.yaml', '--config', 'notes.yaml', '--fail-on', 'warning'],
      fake(),
    );
    expect(warning.status).toBe(0);
    expect(findingLines(warning.stdout)).toEqual([typoLine.replace('error TA102', 'note TA102')]);
    expect(
      (await run(['check', 'typo.yaml', '--config', 'notes.yaml', '--fail-on', 'note'], fake())).status,
    ).toBe(1);
  });

  it('takes failOn from the configuration, and --fail-on over it', async () => {
    const fake = () => io({ 'strict.yaml': 'failOn: warning\nchecks: { TA102: warning }\n' });
    expect((await run(['check', 'typo.yaml', '--config', 'strict.yaml'], fake())).status).toBe(1);
    expect(
      (await run(['check', 'typo.yaml', '--config', 'strict.yaml', '--fail-on', 'error'], fake())).status,
    ).toBe(0);
  });

  it('drops the findings of a check turned off', async () => {
    const result = await run(
      ['check', 'typo.yaml', '--config', 'off.yaml', '--fail-on', 'note'],
      io({ 'off.yaml': 'checks:\n  TA102: off\n' }),
    );
    expect(result.status).toBe(0);
    expect(findingLines(result.stdout)).toEqual([]);
    expect(result.stdout).toMatch(/^0 errors, 0 warnings, 0 notes\n$/m);
  });

  it('reads .threat-align.yaml when it exists and no --config is given', async () => {
    const result = await run(
      ['check', 'typo.yaml'],
      io({ '.threat-align.yaml': 'checks: { TA102: off }\n' }),
    );
    expect(result.status).toBe(0);
    expect(findingLines(result.stdout)).toEqual([]);
  });
});

describe('threat-align: exit status 2, with a message on stderr', () => {
  it.each([
    [['chek', 'valid.yaml'], 'threat-align: unknown command "chek". Did you mean "check"?'],
    [
      ['check', 'valid.yaml', '--colour'],
      'threat-align check: unknown option --colour. This command takes --format',
    ],
    [
      ['check', 'valid.yaml', '--formt', 'json'],
      'threat-align check: unknown option --formt. Did you mean --format?',
    ],
    [['check', 'valid.yaml', '--output'], 'threat-align check: --output needs a value'],
    [['check', 'valid.yaml', '--format', 'xml'], 'threat-align check: --format must be one of text, json'],
    [
      ['check', 'valid.yaml', '--fail-on', 'fatal'],
      'threat-align check: --fail-on must be one of error, warning, note, never',
    ],
    [['check', 'valid.yaml', 'typo.yaml'], 'threat-align check: check takes one model file'],
    [['check', 'missing.yaml'], 'threat-align: the threat model cannot be read: missing.yaml does not exist'],
    [['check', 'models'], 'threat-align: the threat model cannot be read: models is a directory, not a file'],
    [
      ['check', 'valid.yaml', '--config', 'absent.yaml'],
      'threat-align: the configuration cannot be read: absent.yaml does not exist',
    ],
    [
      ['check', 'valid.yaml', '--backlog', 'jira'],
      'threat-align: the backlog option takes file:PATH (a backlog file, schema/backlog.schema.json), none (no backlog: the backlog checks stay quiet) or jira:SITE/PROJECT (a Jira project, or jira:SITE?jql=JQL; docs/jira.md), not "jira"',
    ],
    [['schema', 'nope'], 'threat-align schema: expected one of model, backlog, report, config, kb'],
  ])('%j', async (argv, message) => {
    const result = await run(argv, io({}, ['models']));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^threat-align/);
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('shows the usage after an unknown command, and where to find the options after an unknown option', async () => {
    expect((await run(['chek'])).stderr).toContain(usage);
    expect((await run(['check', '--colour'])).stderr).toContain(
      'Run threat-align check --help for its options.',
    );
  });

  it('reports an invalid configuration at its line and column, and checks nothing', async () => {
    const result = await run(
      ['check', 'typo.yaml', '--config', 'bad.yaml'],
      io({ 'bad.yaml': 'failOn: error\nchecks: { TA102: loud }\n' }),
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(findingLines(result.stderr)).toEqual([
      'bad.yaml:2:18: error TA101: checks.TA102: "loud" is not one of error, warning, note, off',
    ]);
    expect(result.stderr.split('\n')[0]).toBe('threat-align: the configuration is invalid');
  });

  it('reports a configuration that is not YAML at its line and column', async () => {
    const result = await run(
      ['check', 'typo.yaml'],
      io({ '.threat-align.yaml': 'checks: [TA102\nfailOn: never\n' }),
    );
    expect(result.status).toBe(2);
    expect(findingLines(result.stderr)).toEqual([
      '.threat-align.yaml:1:9: error TA101: invalid YAML: the [ opened here is never closed with ]',
    ]);
  });

  it('exits 2 with the usage when no command is given', async () => {
    const result = await run([]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: usage });
  });
});

describe('threat-align check --format json', () => {
  const report = JSON.parse(readFileSync(new URL('report.schema.json', schemaFolder), 'utf8')) as object;
  const validate = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(report);

  it('prints a report that validates against schema/report.schema.json', async () => {
    const result = await run(['check', 'typo.yaml', '--format', 'json']);
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.stdout) as unknown;
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(parsed)).toBe(true);
    expect(parsed).toMatchObject({
      tool: { name: 'threat-align', version: toolVersion },
      findings: [
        {
          check: 'TA102',
          severity: 'error',
          message: 'components[0].boundary: "clod" names no boundary of the model',
          location: { file: 'typo.yaml', line: 8, column: 15, endLine: 8, endColumn: 19 },
          hint: 'Did you mean "cloud"? Write the id of a boundary declared in the model.',
          docs: 'https://github.com/threat-align/threat-align/blob/main/docs/checks/TA102.md',
          fingerprint: expect.stringMatching(/^[a-f0-9]{32}$/) as unknown,
        },
      ],
      counts: { error: 1, warning: 0, note: 0, total: 1 },
    });
  });

  it('prints a valid report for a clean model and for a model that does not parse', async () => {
    const clean = await run(['check', 'valid.yaml', '--format', 'json']);
    expect(clean.status).toBe(0);
    expect(validate(JSON.parse(clean.stdout))).toBe(true);
    const broken = await run(
      ['check', 'broken.yaml', '--format', 'json'],
      io({ 'broken.yaml': 'schema: [\n' }),
    );
    expect(broken.status).toBe(1);
    expect(validate(JSON.parse(broken.stdout))).toBe(true);
  });
});

describe('threat-align schema', () => {
  it.each([
    ['model', 'threatmodel.schema.json'],
    ['backlog', 'backlog.schema.json'],
    ['report', 'report.schema.json'],
    ['config', 'config.schema.json'],
    ['kb', 'kb.schema.json'],
  ])('schema %s prints what schema/%s holds', async (name, file) => {
    const result = await run(['schema', name]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const published = JSON.parse(readFileSync(new URL(file, schemaFolder), 'utf8')) as unknown;
    expect(JSON.parse(result.stdout)).toEqual(published);
  });

  it('prints the model schema when no name is given', async () => {
    expect((await run(['schema'])).stdout).toBe((await run(['schema', 'model'])).stdout);
  });
});

describe('threat-align --version and help', () => {
  it.each([['--version'], ['-v']])('%s prints the version', async (flag) => {
    const result = await run([flag]);
    expect(result).toEqual({ status: 0, stdout: `${toolVersion}\n`, stderr: '' });
  });

  it.each([['help'], ['--help'], ['-h']])('%s prints the usage', async (command) => {
    const result = await run([command]);
    expect(result).toEqual({ status: 0, stdout: usage, stderr: '' });
  });
});
