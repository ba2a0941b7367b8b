import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../../src/adapters/cli/node-io.js';
import { runCli } from '../../../src/adapters/cli/run-cli.js';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import { modelReaders } from '../../../src/core/import/readers.js';
import { recordingCliIo, type RecordingCliIo } from '../../fakes/recording-cli-io.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const sample = (path: string): string =>
  readFileSync(new URL(`../../../../shared/samples/${path}`, import.meta.url), 'utf8');
const nativeModel = readFileSync(
  new URL('../../../examples/online-shop/threatmodel.yaml', import.meta.url),
  'utf8',
);

function cliWith(files: Record<string, string>): RecordingCliIo {
  return recordingCliIo({ files, knowledgeBases: nodeKbStore({ cwd: repoRoot }) });
}

describe('threat-align import', () => {
  it('converts a Threat Dragon file to commented native YAML on standard output, findings on standard error', async () => {
    const io = cliWith({ 'td.json': sample('threat-dragon/three-tier-web-app.json') });
    expect(await runCli(['import', 'td.json'], io)).toBe(0);
    const yaml = io.printed.stdout;
    expect(yaml.split('\n').slice(0, 5)).toEqual([
      '# yaml-language-server: $schema=./node_modules/threat-align/schema/threatmodel.schema.json',
      '',
      '# Converted by threat-align import from td.json (OWASP Threat Dragon v2).',
      '# Comments mark what was inferred rather than read: review them, then delete them.',
      '',
    ]);
    expect(yaml).toContain(
      [
        '  # from Threat Dragon process "PostgresSQL" (cell 97731369-531c-4c22-b017-8428cff90ac1)',
        '  - id: postgressql',
        '    name: PostgresSQL',
        '    # sql-database: from the word "postgressql" in its name',
        '    type: sql-database',
        '    # drawn inside the trust-boundary box public-cloud',
        '    boundary: public-cloud',
      ].join('\n'),
    );
    expect(yaml).toMatch(
      /\nknowledgeBase:\n {2}use: core@1\.1\.0\n {2}sha256: [a-f0-9]{64}\n {2}profile: top\n/,
    );
    expect(io.printed.stderr).toBe(
      'threat-align: converted td.json (OWASP Threat Dragon v2): 3 components, 4 flows, 2 boundaries, 2 threats\n',
    );
  });

  it('writes --output, lists the TA107 findings, and the result passes threat-align check without model errors', async () => {
    const io = cliWith({ 'models/v1.json': sample('threat-dragon/v1-demo-threat-model.json') });
    expect(await runCli(['import', 'models/v1.json', '--output', 'threatmodel.yaml'], io)).toBe(0);
    expect(io.printed.stdout).toBe('');
    const stderr = io.printed.stderr;
    // The four boundary lines; the two out-of-scope flows are imported as outOfScope, not reported.
    expect(stderr.match(/: warning TA107: /g)).toHaveLength(4);
    expect(stderr).toMatch(/^models\/v1\.json:340:13: warning TA107: trust-boundary line \(cell 64d52ab0/m);
    expect(stderr).toMatch(
      /0 errors, 4 warnings, 0 notes\nthreat-align: converted models\/v1\.json \(OWASP Threat Dragon v1\): 7 components, 10 flows, 0 boundaries, 14 threats; wrote threatmodel\.yaml\n$/,
    );
    expect(io.written['threatmodel.yaml']).toContain('# 4 part(s) could not be mapped (TA107)');

    const check = cliWith({ 'threatmodel.yaml': io.written['threatmodel.yaml']! });
    expect(await runCli(['check', 'threatmodel.yaml', '--format', 'json'], check)).toBe(0);
    const report = JSON.parse(check.printed.stdout) as { findings: { check: string }[] };
    expect(report.findings.filter((f) => /^TA10[1-4]$/.test(f.check))).toEqual([]);
  });

  it('converts a Threat Composer file, reporting that it has no components', async () => {
    const io = cliWith({ 'tm.tc.json': sample('threat-composer/ThreatComposer.tc.json') });
    expect(await runCli(['import', 'tm.tc.json'], io)).toBe(0);
    expect(io.printed.stdout).toContain('  # inferred: Threat Composer has no components');
    expect(io.printed.stderr).toContain(
      'tm.tc.json:11:15: warning TA107: AWS Threat Composer files have no components or flows',
    );
  });

  it('refuses a native model with a clear message', async () => {
    const io = cliWith({ 'threatmodel.yaml': nativeModel });
    expect(await runCli(['import', 'threatmodel.yaml'], io)).toBe(2);
    expect(io.printed.stderr).toBe(
      'threat-align import: threatmodel.yaml is already a threat-align model (schema: threat-align/v1); there is nothing to convert. Check it with: threat-align check threatmodel.yaml\n',
    );
  });

  it('exits 2 for unreadable input: a missing file, broken JSON, an unknown format, a binary file', async () => {
    const io = cliWith({
      'broken.tc.json': '{\n  "schema": 1,\n  "threats": [,]\n}\n',
      'other.json': '{"hello": "world"}',
      'bin.json': '\u0000',
    });
    expect(await runCli(['import', 'missing.json'], io)).toBe(2);
    expect(await runCli(['import', 'broken.tc.json'], io)).toBe(2);
    expect(await runCli(['import', 'other.json'], io)).toBe(2);
    expect(await runCli(['import', 'bin.json'], io)).toBe(2);
    expect(io.printed.stderr.split('\n')).toEqual([
      'threat-align import: missing.json does not exist',
      "broken.tc.json:3:15: error TA101: invalid JSON: expected a value or ']', found ','",
      '    hint: Fix the syntax at this place; the whole file must be valid YAML 1.2 (or JSON) before anything else is checked.',
      '1 error, 0 warnings, 0 notes',
      `threat-align import: other.json is in no format threat-align can import (${modelReaders.map((r) => r.title).join(', ')})`,
      'bin.json:1:1: error TA101: the file is binary (it contains a NUL byte), not UTF-8 text',
      '',
    ]);
  });

  it('exits 1 when a recognised file yields no model', async () => {
    const io = cliWith({
      'empty.json': JSON.stringify({ version: '2.2.0', summary: { title: 'x' }, detail: { diagrams: [] } }),
    });
    expect(await runCli(['import', 'empty.json'], io)).toBe(1);
    expect(io.printed.stderr).toMatch(
      /^empty\.json:1:\d+: error TA101: the Threat Dragon file has no elements: its list of diagrams is empty\n/,
    );
    expect(io.printed.stdout).toBe('');
  });

  it('checks its arguments', async () => {
    const io = cliWith({ 'a.json': '{}' });
    expect(await runCli(['import'], io)).toBe(2);
    expect(await runCli(['import', 'a.json', 'b.json'], io)).toBe(2);
    expect(await runCli(['import', 'a.json', '--output', 'a.json'], io)).toBe(2);
    expect(await runCli(['import', 'a.json', '--format', 'json'], io)).toBe(2);
    expect(io.printed.stderr).toContain(
      'threat-align import: import takes one file: threat-align import FILE [--output FILE]\n',
    );
    expect(io.printed.stderr).toContain(
      'threat-align import: --output a.json would overwrite the file being imported\n',
    );
    expect(io.printed.stderr).toContain("Unknown option '--format'");
  });
});

describe('Threagile includes through the command line', () => {
  it('check and import read the included files from disk, relative to the model, and report a missing one', async () => {
    const work = mkdtempSync(join(tmpdir(), 'threat-align-includes-'));
    try {
      mkdirSync(join(work, 'model/parts'), { recursive: true });
      writeFileSync(
        join(work, 'model/threagile.yaml'),
        'threagile_version: 1.0.0\ntitle: Shop\nincludes:\n  - parts/assets.yaml\n  - parts/missing.yaml\ntechnical_assets:\n  Web:\n    id: web\n    type: process\n    technology: web-server\n    communication_links:\n      Calls:\n        target: billing\n        protocol: https\n',
      );
      writeFileSync(
        join(work, 'model/parts/assets.yaml'),
        'technical_assets:\n  Billing:\n    id: billing\n    type: process\n    technology: web-service-rest\n',
      );
      const io = nodeIo(work);
      let stdout = '';
      io.stdout = (text) => {
        stdout += text;
      };
      io.stderr = () => undefined;
      await runCli(['check', 'model/threagile.yaml', '--format', 'json'], io);
      const report = JSON.parse(stdout) as {
        findings: { check: string; message: string }[];
        threats: { element: string }[];
      };
      expect(report.threats.some((t) => t.element === 'billing')).toBe(true);
      expect(
        report.findings
          .filter((f) => f.check === 'TA107')
          .map((f) => f.message)
          .join('\n'),
      ).toMatch(/parts\/missing\.yaml/);
      expect(report.findings.filter((f) => f.check === 'TA102')).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
