import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeText } from '../../../src/adapters/node/write-text.js';
import { nodeIo } from '../../../src/adapters/cli/node-io.js';

describe('writeText', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'threat-align-write-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes pieces over many batches as the UTF-8 of their joined text, and replaces what was there', async () => {
    // Characters of two, three and four bytes, across the batch boundaries (256 K characters).
    const pieces = Array.from({ length: 60_000 }, (_, i) => `{"n":${i},"t":"story’s … é 🔒"}\n`);
    const file = join(folder, 'report.json');
    await writeText(file, 'an older, longer report '.repeat(100_000));
    await writeText(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
  });

  it('writes a whole text, and an empty one', async () => {
    await writeText(join(folder, 'a.txt'), 'whole ✓');
    await writeText(join(folder, 'b.txt'), []);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe('whole ✓');
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe('');
  });

  it('makes the folders an output path names (--output, the detection folder)', async () => {
    const written = await nodeIo(folder).writeFile('missing/report.sarif', ['{', '}']);
    expect(written).toEqual({ ok: true });
    expect(readFileSync(join(folder, 'missing', 'report.sarif'), 'utf8')).toBe('{}');
  });

  it('gives the CLI a reason, not a stack, when the path cannot be written', async () => {
    await writeText(join(folder, 'plain.txt'), 'a file, not a folder');
    const written = await nodeIo(folder).writeFile('plain.txt/report.sarif', ['{', '}']);
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.reason).toMatch(/^plain\.txt\/report\.sarif /);
    expect(written.reason).not.toMatch(/\n\s+at /);
  });
});
