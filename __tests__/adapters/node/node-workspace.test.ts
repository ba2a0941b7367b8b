import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeWorkspace } from '../../../src/adapters/node/node-workspace.js';
import { outsideReason } from '../../../src/adapters/node/workspace-path.js';

/**
 * The workspace as a boundary (SPEC §9): every read is resolved to its real path and refused
 * unless it lies inside the root; a refusal is the same sentence whether the target exists or
 * not, and says nothing of a link's target.
 */
let root = '';
let elsewhere = '';
const secret = 'SECRET-2f9c a key nobody may read';

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'ta-boundary-'));
  root = join(base, 'workspace');
  elsewhere = join(base, 'elsewhere');
  mkdirSync(join(elsewhere, 'kb'), { recursive: true });
  writeFileSync(join(elsewhere, 'secret.yaml'), `${secret}\n`);
  writeFileSync(join(elsewhere, 'kb', 'threats.yaml'), `${secret}\n`);
  mkdirSync(join(root, 'models', 'deep'), { recursive: true });
  mkdirSync(join(root, 'kb-with-link'));
  writeFileSync(join(root, 'models', 'real.yaml'), 'inside: true\n');
  symlinkSync(join(elsewhere, 'secret.yaml'), join(root, 'to-file.yaml'));
  symlinkSync(join(elsewhere, 'missing.yaml'), join(root, 'to-nothing.yaml'));
  symlinkSync(elsewhere, join(root, 'to-folder'));
  symlinkSync('../../../elsewhere/secret.yaml', join(root, 'models', 'deep', 'up.yaml'));
  symlinkSync('real.yaml', join(root, 'models', 'alias.yaml'));
  symlinkSync('models', join(root, 'models-link'));
  symlinkSync(join(elsewhere, 'kb', 'threats.yaml'), join(root, 'kb-with-link', 'threats.yaml'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
});

describe('nodeWorkspace.readFile', () => {
  it.each([
    ['a link to a file outside', 'to-file.yaml'],
    ['a link to nothing outside', 'to-nothing.yaml'],
    ['a file under a link to a folder outside', 'to-folder/secret.yaml'],
    ['a missing file under a link to a folder outside', 'to-folder/missing.yaml'],
    ['a relative link that climbs out', 'models/deep/up.yaml'],
    ['a .. escape to a file', '../elsewhere/secret.yaml'],
    ['a .. escape to nothing', '../elsewhere/missing.yaml'],
    ['a .. escape through the inside', 'models/../../elsewhere/secret.yaml'],
    ['a loop of links', 'loop-a'],
  ])('refuses %s, saying nothing of the target', async (_name, path) => {
    const read = await nodeWorkspace(root).readFile(path);
    expect(read).toEqual({ ok: false, reason: outsideReason(path) });
  });

  it('refuses an absolute path outside, existing or not, in the same words', async () => {
    const workspace = nodeWorkspace(root);
    for (const name of ['secret.yaml', 'missing.yaml']) {
      const path = join(elsewhere, name);
      expect(await workspace.readFile(path)).toEqual({ ok: false, reason: outsideReason(path) });
    }
  });

  it('reads files inside, through links that stay inside, and by an absolute path inside', async () => {
    const workspace = nodeWorkspace(root);
    for (const path of [
      'models/real.yaml',
      'models/alias.yaml',
      'models-link/real.yaml',
      join(root, 'models/real.yaml'),
    ]) {
      const read = await workspace.readFile(path);
      expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('inside: true\n');
    }
  });

  it('tells a missing file inside from a refusal', async () => {
    expect(await nodeWorkspace(root).readFile('models/none.yaml')).toEqual({
      ok: false,
      reason: 'models/none.yaml does not exist',
      missing: true,
    });
  });
});

describe("the workspace's knowledge-base folders", () => {
  it.each([
    ['a link to a folder outside', 'to-folder/kb'],
    ['a .. escape', '../elsewhere/kb'],
    ['an absolute folder outside', '<elsewhere>/kb'],
    ['a folder inside holding a link that leads out', 'kb-with-link'],
  ])('refuses %s', async (_name, given) => {
    const path = given.replace('<elsewhere>', elsewhere);
    const read = await nodeWorkspace(root).knowledgeBases.readFolder(path);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toMatch(/is outside the workspace/);
    expect(read.reason).not.toContain('SECRET');
    expect(read.reason).not.toContain(join(elsewhere, 'kb', 'threats.yaml'));
  });
});
