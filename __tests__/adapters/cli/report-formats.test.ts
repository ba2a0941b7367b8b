import { Ajv } from 'ajv';
import { cli, example } from './example-cli.js';
import { eventsSchema } from '../../../src/core/report/events-schema.js';
import { reportSchema } from '../../../src/core/report/report-schema.js';
import { structureProblems } from '../../core/report/markdown-structure.js';
import { validateSarif } from '../../core/report/sarif-validator.js';

describe('threat-align check on the example, in every format', () => {
  it('json: validates against the published report schema, and exits 1 for its one planted error', async () => {
    const result = await cli('check', ...example, '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { counts: { error: number } };
    const validate = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(
      reportSchema,
    );
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.counts.error).toBe(1);
  });

  it('sarif: is valid SARIF 2.1.0 with one rule per check', async () => {
    const result = await cli('check', ...example, '--format', 'sarif');
    const log = JSON.parse(result.stdout) as {
      runs: { tool: { driver: { rules: unknown[] } }; results: unknown[] }[];
    };
    expect(validateSarif(log)).toBeNull();
    expect(log.runs[0]?.tool.driver.rules.length).toBeGreaterThanOrEqual(20);
    expect(log.runs[0]?.results.length).toBeGreaterThan(100);
  });

  it('markdown: one marker first, balanced, under the comment limit, with the diagram', async () => {
    const result = await cli('check', ...example, '--format', 'markdown');
    expect(structureProblems(result.stdout, 'cli')).toEqual([]);
    expect(result.stdout.startsWith('<!-- threat-align:cli -->\n')).toBe(true);
    expect(result.stdout.length).toBeLessThanOrEqual(65_000);
    expect(result.stdout).toContain('```mermaid');
  });

  it('events: the detection catalogue, in Markdown and in JSON valid against its schema', async () => {
    const markdown = await cli('events', 'examples/online-shop/threatmodel.yaml');
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^# Detection catalogue\n/);
    expect(markdown.stdout).toContain('`authn_login_fail`');
    const json = await cli('events', 'examples/online-shop/threatmodel.yaml', '--format', 'json');
    const validate = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(
      eventsSchema,
    );
    const catalogue: unknown = JSON.parse(json.stdout);
    expect(validate(catalogue) ? [] : validate.errors).toEqual([]);
  });

  it('refuses an unknown format with exit status 2', async () => {
    expect((await cli('check', ...example, '--format', 'html')).status).toBe(2);
    expect((await cli('events', 'examples/online-shop/threatmodel.yaml', '--format', 'sarif')).status).toBe(
      2,
    );
  });
});
