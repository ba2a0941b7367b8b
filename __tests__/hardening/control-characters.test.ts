import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeControls } from '../../src/core/report/escape-controls.js';
import type { FakeGitHub, FakeRepository } from '../fakes/github/index.js';
import {
  exampleModel,
  makeWorkspace,
  pullRequestPayload,
  repoRoot,
  runBundledAction,
} from '../adapters/github/action/run-bundled-action.js';
import { ACTION_TOKEN, addWorkflowToken, useSeededShop } from '../adapters/github/action/seed-shop.js';
import { pullRequestWorkflow, runnerInputs } from '../adapters/github/action/workflow-scenarios.js';

/**
 * SPEC §9, terminal and log injection: free text of a model (a hand-written threat's title) with
 * ESC sequences (colour, clear screen, an OSC 8 hyperlink), BEL, CR and a bidirectional override
 * reaches no terminal and no CI log raw: the CLI's output and messages and the action's log lines
 * and workflow commands show each control character as a visible escape.
 */

jest.setTimeout(120_000);

const hostile =
  'Evil\u001b[31mRED\u001b]8;;https://evil.example\u0007LINK\u001b]8;;\u0007\rOVER\u202eTXT\u0085';
const visible = String.raw`Evil\x1b[31mRED\x1b]8;;https://evil.example\x07LINK\x1b]8;;\x07\rOVER\u202eTXT\u0085`;
/** What must never reach a terminal raw: C0 controls but LF and tab, DEL, C1, bidirectional controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const hostileThreat = `  - { id: T-CUSTOM, title: ${JSON.stringify(hostile)}, target: web, stride: [S], severity: high, status: open }\n`;

describe('escapeControls', () => {
  it('writes every control character visibly and leaves other text as it is', () => {
    expect(escapeControls(hostile)).toBe(visible);
    expect(escapeControls('a\nb\tc — ✓ 漢字 🔒')).toBe(String.raw`a\nb` + '\tc — ✓ 漢字 🔒');
    expect(escapeControls('a\nb', { keepLineFeeds: true })).toBe('a\nb');
    for (const char of [
      '\u0000',
      '\u0007',
      '\u001b',
      '\r',
      '\u007f',
      '\u009b',
      '\u200f',
      '\u202e',
      '\u2066',
      '\u2028',
    ])
      expect(escapeControls(`x${char}y`)).not.toMatch(raw);
  });

  it('keeps a JSON text the same JSON (C1 and bidirectional controls as \\uHHHH)', () => {
    const json = JSON.stringify({ title: hostile });
    expect(JSON.parse(escapeControls(json, { keepLineFeeds: true }))).toEqual({ title: hostile });
  });
});

describe('the CLI', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'threat-align-controls-'));
    writeFileSync(
      join(folder, 'threatmodel.yaml'),
      `schema: threat-align/v1\nsystem: { name: Shop }\ncomponents:\n  - { id: web, type: web-app }\nthreats:\n${hostileThreat}`,
    );
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), ...args], { cwd: folder, encoding: 'utf8' });

  it('escapes them in the text report, on the threat line and in the finding that quotes the title', () => {
    const result = cli('check', 'threatmodel.yaml', '--fail-on', 'never');
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(raw);
    expect(result.stdout).toContain(`T-CUSTOM — ${visible} [high, S] open`);
    expect(result.stdout).toContain(`warning TA205: threat T-CUSTOM (${visible}) has no mitigation`);
  });

  it('escapes them in JSON on standard output, which still parses to the same title', () => {
    const result = cli('check', 'threatmodel.yaml', '--format', 'json', '--fail-on', 'never');
    expect(result.stdout).not.toMatch(raw);
    const report = JSON.parse(result.stdout) as { findings: { check: string; message: string }[] };
    expect(
      report.findings.find((f) => f.check === 'TA205' && f.message.includes('T-CUSTOM'))?.message,
    ).toContain(hostile);
  });
});

describe('the bundled action', () => {
  let fake: FakeGitHub;
  let shop: FakeRepository;
  useSeededShop((started, seeded) => {
    fake = started;
    shop = seeded;
    addWorkflowToken(fake, 'read');
  });

  it('escapes them in the workflow annotations of a fork’s pull request and in every log line', async () => {
    const pr = fake.state.addPullRequest(shop, {
      title: 'Gift cards',
      baseSha: 'b'.repeat(40),
      headSha: 'c'.repeat(40),
    });
    fake.state.addFile(shop, 'b'.repeat(40), 'threatmodel.yaml', exampleModel);
    // A model of one person: its few findings all fit the ten annotations of each type GitHub shows.
    const model = [
      'schema: threat-align/v1',
      'system: { name: Hostile }',
      'knowledgeBase: { use: core@1.1.0, profile: top }',
      'boundaries:',
      '  - { id: cloud }',
      'components:',
      '  - { id: web, type: external-user, boundary: cloud }',
      'threats:',
      hostileThreat,
    ].join('\n');

    const result = await runBundledAction({
      fake,
      token: ACTION_TOKEN,
      eventName: 'pull_request',
      payload: pullRequestPayload({
        number: pr.number,
        baseSha: 'b'.repeat(40),
        headSha: 'c'.repeat(40),
        headRepository: 'contributor/shop',
      }),
      inputs: { ...runnerInputs(pullRequestWorkflow), 'fail-on': 'never' },
      workspace: makeWorkspace(model),
    });

    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(raw);
    const annotation = result.stdout
      .split('\n')
      .find((line) => line.startsWith('::') && line.includes('threat T-CUSTOM ('));
    expect(annotation).toMatch(/^::(warning|error|notice) title=TA\d{3},file=threatmodel\.yaml,line=\d+/);
    // @actions/core encodes CR as %0D, which the runner would turn back into a CR: it is \r instead.
    expect(annotation).toContain(`threat T-CUSTOM (${visible}; severity high)`);
  });
});
