import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../../src/adapters/cli/node-io.js';
import { runCli } from '../../../src/adapters/cli/run-cli.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
let work: string;

/** Runs the CLI in the temporary folder, on the real file system, capturing its output. */
async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = nodeIo(work);
  let stdout = '';
  let stderr = '';
  io.stdout = (text) => {
    stdout += text;
  };
  io.stderr = (text) => {
    stderr += text;
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'threat-align-kb-'));
  cpSync(join(repoRoot, 'examples/online-shop'), join(work, 'shop'), { recursive: true });
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('kb pin and kb diff on a copy of the example', () => {
  it('pins an unpinned copy in place, keeping every other line, after which check passes', async () => {
    const file = join(work, 'shop/threatmodel.yaml');
    const pinned = readFileSync(file, 'utf8');
    const unpinned = pinned.replace(/, sha256: [a-f0-9]{64}/, '');
    writeFileSync(file, unpinned);
    expect((await cli('check', 'shop/threatmodel.yaml')).status).toBe(1); // TA104: not pinned
    const result = await cli('kb', 'pin', 'shop/threatmodel.yaml');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^shop\/threatmodel.yaml: pinned core@1.1.0 \(core@1.1.0, sha256 [a-f0-9]{64}\)\n$/,
    );
    expect(readFileSync(file, 'utf8')).toBe(pinned);
    expect((await cli('check', 'shop/threatmodel.yaml')).status).toBe(0);
    expect((await cli('kb', 'pin', 'shop/threatmodel.yaml')).stdout).toMatch(/is already pinned/);
  });

  it('lists what an organisation knowledge base that extends core would add and remove', async () => {
    mkdirSync(join(work, 'acme'));
    writeFileSync(
      join(work, 'acme/kb.yaml'),
      'knowledgeBase: { name: acme, version: 1.0.0, extends: core@1.1.0, remove: [CMD-INJECTION, M-SAFE-PROCESS-API] }\n',
    );
    const result = await cli('kb', 'diff', './acme', 'shop/threatmodel.yaml');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'core@1.1.0 → acme@1.0.0 (profile top) for shop/threatmodel.yaml',
        'threats that would appear: 0',
        'threats that would disappear: 4',
        '  - CMD-INJECTION@storefront',
        '  - CMD-INJECTION@backoffice',
        '  - CMD-INJECTION@shop-api',
        '  - CMD-INJECTION@fulfilment-worker',
        'mitigation types that would appear: 0',
        'mitigation types that would disappear: 1',
        '  - M-SAFE-PROCESS-API',
        '',
      ].join('\n'),
    );
  });

  it('refuses a knowledge base with a bad rule, at its file, line and column, with exit status 2', async () => {
    mkdirSync(join(work, 'bad'));
    writeFileSync(
      join(work, 'bad/kb.yaml'),
      'knowledgeBase: { name: bad, version: 1.0.0, extends: core@1.0.0 }\n',
    );
    writeFileSync(
      join(work, 'bad/threats.yaml'),
      [
        'threatTypes:',
        '  - id: QUEUE-SQLI',
        '    name: Injection into a queue',
        '    description: d',
        '    stride: [T]',
        '    severity: high',
        '    appliesTo: component',
        '    rule: { all: [{ typeIs: mesage-queue }, { source: { typeIs: api } }] }',
        '    mitigations: [{ id: M-PARAMETERIZED-QUERIES, strength: strong }]',
        '',
      ].join('\n'),
    );
    const result = await cli('kb', 'show', './bad');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'bad/threats.yaml:8:29: error TA106: typeIs names "mesage-queue", which is not a component type',
    );
    expect(result.stderr).toContain(
      'bad/threats.yaml:8:47: error TA106: "source" holds only on flows, but here it is evaluated on a component',
    );
  });
});
