import { describe, expect, it } from '@jest/globals';
import { parseBacklogOption } from '../../src/app/backlog-option.js';
import { readRunInputs } from '../../src/app/read-run-inputs.js';
import { startRun } from '../../src/app/start-run.js';
import { judgeRun } from '../../src/app/verdict.js';
import type { Finding, Severity } from '../../src/core/findings/finding.js';
import { countFindings } from '../../src/core/findings/count-findings.js';
import type { PullRequestDelta } from '../../src/core/delta/compute-delta.js';
import { item, miniModelText } from '../fakes/build-context.js';
import { memoryKbStore, miniShipped } from '../fakes/memory-kb-store.js';
import { recordingCliIo } from '../fakes/recording-cli-io.js';

function workspace(files: Record<string, string | Uint8Array>) {
  return recordingCliIo({ files, knowledgeBases: memoryKbStore(miniShipped()) });
}

describe('parseBacklogOption', () => {
  it.each([
    ['file:backlog.json', [], { kind: 'file', argument: 'backlog.json' }],
    ['none', [], { kind: 'none', argument: '' }],
    ['github', ['github'], { kind: 'github', argument: '' }],
    ['azure', ['azure', 'azure-boards'], { kind: 'azure', argument: '' }],
  ])('takes %s', (option, kinds, expected) => {
    expect(parseBacklogOption(option, kinds)).toEqual({ ok: true, value: expected });
  });

  it.each([['file:'], ['github'], ['github:owner/repo'], ['none:x'], ['jira']])(
    'refuses %s where it is not offered, naming what is',
    (option) => {
      const parsed = parseBacklogOption(option, []);
      expect(parsed).toEqual({
        ok: false,
        message: `threat-align: the backlog option takes file:PATH (a backlog file, schema/backlog.schema.json) or none (no backlog: the backlog checks stay quiet), not "${option}"`,
      });
    },
  );

  it('lists the kinds a front end offers, in its own wording', () => {
    const parsed = parseBacklogOption('jira', ['github']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(' or github (this repository\'s issues), not "jira"');
  });
});

describe('readRunInputs', () => {
  it('lists every problem of a bad configuration, each at its line, under one title', async () => {
    const read = await readRunInputs(
      { model: 'threatmodel.yaml' },
      workspace({
        'threatmodel.yaml': miniModelText,
        '.threat-align.yaml': 'failOn: sometimes\nchecks: { TA102: loud }\n',
      }),
      {},
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const lines = read.message.split('\n');
    expect(lines[0]).toBe('threat-align: the configuration is invalid');
    expect(lines.filter((line) => / error TA101: /.test(line))).toEqual([
      '.threat-align.yaml:1:9: error TA101: failOn: "sometimes" is not one of error, warning, note, never',
      '.threat-align.yaml:2:18: error TA101: checks.TA102: "loud" is not one of error, warning, note, off',
    ]);
  });

  it('keeps TA101 and the place of the first bad byte for a model that is not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('schema: threat-align/v1\nx: '), 0xc3, 0x28]);
    const read = await readRunInputs(
      { model: 'threatmodel.yaml' },
      workspace({ 'threatmodel.yaml': bytes }),
      {},
    );
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.message).toMatch(/^threatmodel\.yaml:2:4: error TA101: the file is not valid UTF-8/);
  });

  it('reads the model before the backlog: a wrong path asks no provider for anything', async () => {
    let built = 0;
    const read = await readRunInputs({ model: 'nope.yaml', backlog: 'github' }, workspace({}), {
      github: {
        create: () => {
          built += 1;
          return { ok: false, message: 'unused' };
        },
      },
    });
    expect(read).toEqual({
      ok: false,
      message: 'threat-align: the threat model cannot be read: nope.yaml does not exist',
    });
    expect(built).toBe(0);
  });

  it('takes a missing default configuration as none, and a missing named one as a problem', async () => {
    const files = { 'threatmodel.yaml': miniModelText };
    expect((await readRunInputs({ model: 'threatmodel.yaml' }, workspace(files), {})).ok).toBe(true);
    expect(
      await readRunInputs({ model: 'threatmodel.yaml', config: 'ci.yaml' }, workspace(files), {}),
    ).toEqual({
      ok: false,
      message: 'threat-align: the configuration cannot be read: ci.yaml does not exist',
    });
  });

  it('drains the backlog once, into items', async () => {
    let pages = 0;
    const started = await startRun(
      { model: 'threatmodel.yaml', backlog: 'github' },
      workspace({ 'threatmodel.yaml': miniModelText }),
      {
        github: {
          create: () => ({
            ok: true,
            value: {
              source: 'github:o/r',
              // eslint-disable-next-line @typescript-eslint/require-await
              async *pages() {
                pages += 1;
                yield [item('#1')];
              },
            },
          }),
        },
      },
    );
    expect(started.ok).toBe(true);
    if (started.ok) expect(started.value.inputs.backlog?.items.map((i) => i.id)).toEqual(['#1']);
    expect(pages).toBe(1);
  });
});

describe('judgeRun', () => {
  const finding = (severity: Severity, subject: string): Finding => ({
    check: 'TA202',
    severity,
    message: 'm',
    hint: 'h',
    subject,
    location: { file: 'threatmodel.yaml', line: 1, column: 1 },
  });
  const old = finding('warning', 'old');
  const fresh = finding('error', 'new');
  const head = { findings: [old, fresh], counts: countFindings([old, fresh]) };
  const delta = { findingsNew: [fresh] } as unknown as PullRequestDelta;

  it.each([
    // explicit fail-on, configuration's failOn, fail-on-new-only → fails, threshold
    [undefined, undefined, false, true, 'error'],
    [undefined, 'never', false, false, 'never'],
    ['error', 'never', false, true, 'error'],
    ['never', 'note', false, false, 'never'],
    [undefined, 'warning', false, true, 'warning'],
  ] as const)(
    'fail-on %s over failOn %s (new only %s, no base): fails %s at %s',
    (explicit, configured, newOnly, fails, failOn) => {
      const verdict = judgeRun(head, configured === undefined ? {} : { failOn: configured }, {
        ...(explicit === undefined ? {} : { failOn: explicit }),
        failOnNewOnly: newOnly,
      });
      expect(verdict).toMatchObject({ fails, failOn });
    },
  );

  it('judges only new findings with fail-on-new-only when the base is known, and every finding when not', () => {
    const warningNew = { findingsNew: [old] } as unknown as PullRequestDelta;
    const quietNew = { findingsNew: [] } as unknown as PullRequestDelta;
    expect(judgeRun(head, {}, { failOnNewOnly: true }, quietNew)).toMatchObject({
      fails: false,
      newOnly: true,
    });
    expect(judgeRun(head, {}, { failOnNewOnly: true }, warningNew)).toMatchObject({
      fails: false,
      newOnly: true,
    });
    expect(judgeRun(head, {}, { failOn: 'warning', failOnNewOnly: true }, warningNew)).toMatchObject({
      fails: true,
    });
    expect(judgeRun(head, {}, { failOnNewOnly: true }, undefined)).toMatchObject({
      fails: true,
      newOnly: false,
    });
    expect(judgeRun(head, {}, { failOnNewOnly: true }, delta).reason).toBe(
      'threat-align found new findings at or above "error" (1 error and 1 warning; 1 new).',
    );
  });
});
