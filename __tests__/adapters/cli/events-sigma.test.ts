import { parse } from 'yaml';
import { runCli } from '../../../src/adapters/cli/run-cli.js';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import { recordingCliIo } from '../../fakes/recording-cli-io.js';
import { readFileSync } from 'node:fs';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const modelFile = 'examples/online-shop/threatmodel.yaml';

function io() {
  return recordingCliIo({
    files: { [modelFile]: readFileSync(`${repoRoot}${modelFile}`, 'utf8') },
    knowledgeBases: nodeKbStore({ cwd: repoRoot }),
  });
}

describe('threat-align events --format sigma and schema', () => {
  it('writes the detection folder to --output DIR: rules, runbooks, log contract, index', async () => {
    const cli = io();
    expect(await runCli(['events', modelFile, '--format', 'sigma', '--output', 'out/detection/'], cli)).toBe(
      0,
    );
    const paths = Object.keys(cli.written);
    expect(paths).toContain('out/detection/README.md');
    expect(paths).toContain('out/detection/log-contract.schema.json');
    expect(paths.filter((p) => /^out\/detection\/sigma\/ev_[a-z0-9_]+\.yml$/.test(p)).length).toBeGreaterThan(
      5,
    );
    expect(paths.filter((p) => p.startsWith('out/detection/sigma/mr_')).length).toBe(
      paths.filter((p) => p.startsWith('out/detection/runbooks/') && p.endsWith('-alert.md')).length,
    );
    expect(cli.printed.stderr).toMatch(
      /^threat-align: wrote out\/detection\/ \(\d+ files: Sigma rules, runbooks and the log contract of \d+ events\)\n$/,
    );
  });

  it('prints the rules as one YAML stream without --output', async () => {
    const cli = io();
    expect(await runCli(['events', modelFile, '--format', 'sigma'], cli)).toBe(0);
    const documents = cli.printed.stdout.split(/^---$/m).map((d) => parse(d) as Record<string, unknown>);
    expect(documents.filter((d) => 'correlation' in d).length).toBe(
      documents.filter((d) => 'detection' in d).length,
    );
  });

  it('prints the log contract with --format schema', async () => {
    const cli = io();
    expect(await runCli(['events', modelFile, '--format', 'schema'], cli)).toBe(0);
    const contract = JSON.parse(cli.printed.stdout) as { title: string; required: string[] };
    expect(contract.title).toBe('Security log record of Northwind Outfitters online shop');
    expect(contract.required).toEqual(['datetime', 'appid', 'event', 'level', 'description']);
  });

  it('refuses another format, naming the four it takes', async () => {
    const cli = io();
    expect(await runCli(['events', modelFile, '--format', 'splunk'], cli)).toBe(2);
    expect(cli.printed.stderr).toBe('threat-align events: --format must be markdown, json, sigma, schema\n');
  });
});
