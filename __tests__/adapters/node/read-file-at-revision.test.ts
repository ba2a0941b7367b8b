import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileAtRevision } from '../../../src/adapters/node/read-file-at-revision.js';

// Each test runs git (two processes): on a busy machine that can outlast jest's default 5 s.
jest.setTimeout(30_000);

let clone: string;
const git = (...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd: clone,
    encoding: 'utf8',
  });
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

/** A clone whose origin/main has models/threatmodel.yaml at "base", and whose work tree has moved on. */
beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), 'threat-align-clone-'));
  git('init', '-q', '-b', 'topic');
  mkdirSync(join(clone, 'models'));
  writeFileSync(join(clone, 'models', 'threatmodel.yaml'), 'at: base\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  writeFileSync(join(clone, 'models', 'threatmodel.yaml'), 'at: head\n');
  writeFileSync(join(clone, 'models', 'new.yaml'), 'new\n');
  git('add', '.');
  git('commit', '-q', '-m', 'head');
}, 60_000);
afterAll(() => {
  rmSync(clone, { recursive: true, force: true });
});

describe('readFileAtRevision', () => {
  it('reads the bytes of a file at a revision, not those of the work tree', async () => {
    const file = await readFileAtRevision('git', clone, 'origin/main', 'models/threatmodel.yaml');
    expect(file.state === 'read' ? text(file.bytes) : file).toBe('at: base\n');
  });

  it('takes the path relative to the working directory, which may be a folder of the clone', async () => {
    const file = await readFileAtRevision('git', join(clone, 'models'), 'origin/main', 'threatmodel.yaml');
    expect(file.state === 'read' ? text(file.bytes) : file).toBe('at: base\n');
  });

  it('says absent for a file the revision does not have', async () => {
    expect(await readFileAtRevision('git', clone, 'origin/main', 'models/new.yaml')).toEqual({
      state: 'absent',
    });
  });

  it('says unknown, revision missing, when the clone lacks the revision (a shallow fetch)', async () => {
    expect(await readFileAtRevision('git', clone, 'origin/release', 'models/threatmodel.yaml')).toEqual({
      state: 'unknown',
      reason: 'origin/release is not in the local clone (a shallow fetch, or a checkout without that branch)',
      revisionMissing: true,
    });
  });

  it('says unknown when there is no git', async () => {
    expect(await readFileAtRevision('', clone, 'origin/main', 'x')).toEqual({
      state: 'unknown',
      reason: 'git is not on the PATH of the agent',
    });
    expect(
      await readFileAtRevision(join(clone, 'no-such-git'), clone, 'origin/main', 'models/threatmodel.yaml'),
    ).toEqual({ state: 'unknown', reason: 'git could not run (ENOENT)' });
  });
});
