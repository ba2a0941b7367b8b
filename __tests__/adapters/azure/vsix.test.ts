import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stageTask } from './stage-task.js';

let staged: Awaited<ReturnType<typeof stageTask>>;
let entries: string[];

/** The names in a zip's central directory (the .vsix is a zip), read without unzip. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names.sort();
}

/**
 * Builds the .vsix the way `npm run package:azure` does (tfx extension create, offline) from a
 * staged copy of the files the manifest names, so the test neither needs nor touches dist/.
 */
beforeAll(async () => {
  staged = await stageTask();
  const root = join(staged.root, 'extension');
  mkdirSync(join(root, 'images'), { recursive: true });
  cpSync('vss-extension.json', join(root, 'vss-extension.json'));
  cpSync('task.json', join(root, 'task.json'));
  cpSync(join(staged.taskFolder, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync('kb', join(root, 'kb'), { recursive: true });
  cpSync('images/icon.png', join(root, 'images', 'icon.png'));
  const output = join(staged.root, 'threat-align.vsix');
  execFileSync(
    process.execPath,
    [
      resolve('node_modules/tfx-cli/_build/tfx-cli.js'),
      'extension',
      'create',
      '--root',
      root,
      '--manifest-globs',
      'vss-extension.json',
      '--output-path',
      output,
      '--no-prompt',
      '--no-color',
    ],
    { stdio: 'pipe', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  entries = zipEntries(readFileSync(output));
}, 120_000);
afterAll(() => {
  rmSync(staged.root, { recursive: true, force: true });
});

describe('the .vsix', () => {
  it('holds the task folder (task.json, the bundle and its runtime files, kb/), the icon and the manifests, nothing else', () => {
    const files = entries.filter((name) => !name.endsWith('/'));
    expect(files).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension.vsomanifest',
        'images/icon.png',
        'threat-align/dist/lib.json',
        'threat-align/dist/package.json',
        ...['de-DE', 'en-US', 'es-ES', 'fr-FR', 'it-IT', 'ja-JP', 'ko-KR', 'ru-RU', 'zh-CN', 'zh-TW'].map(
          (culture) => `threat-align/dist/Strings/resources.resjson/${culture}/resources.resjson`,
        ),
        'threat-align/dist/task.js',
        ...[
          'component-types.yaml',
          'events.yaml',
          'kb.yaml',
          'mitigation-types.yaml',
          'questions.yaml',
          'threat-types-denial-of-service.yaml',
          'threat-types-elevation-of-privilege.yaml',
          'threat-types-information-disclosure.yaml',
          'threat-types-repudiation.yaml',
          'threat-types-spoofing.yaml',
          'threat-types-tampering.yaml',
        ].map((file) => `threat-align/kb/core/1.0.0/${file}`),
        'threat-align/task.json',
      ].sort(),
    );
  });
});
