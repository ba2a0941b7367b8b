import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { preParsedPath } from '../../../src/adapters/node/pre-parsed-kb.js';
import { stageTask } from './stage-task.js';

interface Manifest {
  icons: Record<string, string>;
  content: Record<string, { path: string }>;
  screenshots: { path: string }[];
  files: { path: string; packagePath?: string; addressable?: boolean }[];
}
const manifest = {
  ...(JSON.parse(readFileSync('vss-extension.json', 'utf8')) as Omit<Manifest, 'screenshots'>),
  ...(JSON.parse(readFileSync('vss-extension.screenshots.json', 'utf8')) as Pick<Manifest, 'screenshots'>),
};

/** Every file under a folder, as posix paths relative to it. */
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(folder, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

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
  cpSync('vss-extension.screenshots.json', join(root, 'vss-extension.screenshots.json'));
  cpSync('task.json', join(root, 'task.json'));
  cpSync(join(staged.taskFolder, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync('kb', join(root, 'kb'), { recursive: true });
  // The pre-parsed knowledge bases as committed (npm run bundle writes them).
  cpSync('dist/kb', join(root, 'dist', 'kb'), { recursive: true });
  cpSync('images/icon.png', join(root, 'images', 'icon.png'));
  for (const page of Object.values(manifest.content)) {
    mkdirSync(join(root, dirname(page.path)), { recursive: true });
    cpSync(page.path, join(root, page.path));
  }
  // The screenshots, committed as the report's screenshot script (scripts/screenshots.mjs) made them.
  for (const { path } of manifest.screenshots) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    cpSync(path, join(root, path));
  }
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
      'vss-extension.screenshots.json',
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

const shippedKb = filesUnder('kb').map((file) => `threat-align/kb/${file}`);
const preParsedKb = filesUnder('dist/kb').map((file) => `threat-align/dist/kb/${file}`);

describe('the .vsix', () => {
  it('holds the task folder (task.json, the bundle and its runtime files, kb/ and the pre-parsed dist/kb/), the pages and images, and the manifests, nothing else', () => {
    const files = entries.filter((name) => !name.endsWith('/'));
    expect(files).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension.vsomanifest',
        'images/icon.png',
        ...manifest.screenshots.map((s) => s.path),
        ...Object.values(manifest.content).map((page) => page.path),
        'threat-align/dist/lib.json',
        'threat-align/dist/package.json',
        ...['de-DE', 'en-US', 'es-ES', 'fr-FR', 'it-IT', 'ja-JP', 'ko-KR', 'ru-RU', 'zh-CN', 'zh-TW'].map(
          (culture) => `threat-align/dist/Strings/resources.resjson/${culture}/resources.resjson`,
        ),
        'threat-align/dist/task.js',
        ...shippedKb,
        ...preParsedKb,
        'threat-align/task.json',
      ].sort(),
    );
    expect(preParsedKb).toContain('threat-align/dist/kb/core/1.0.0.json');
  });

  it('puts each pre-parsed knowledge base where the installed task looks for it', () => {
    // The task reads shipped knowledge bases from <task folder>/kb (src/adapters/azure/main.ts).
    for (const yaml of shippedKb.filter((f) => f.endsWith('/kb.yaml'))) {
      const [, , name, version] = yaml.split('/');
      const lookedFor = posix.normalize(
        preParsedPath('threat-align/kb', name!, version!).split('\\').join('/'),
      );
      expect(entries).toContain(lookedFor);
    }
  });

  it('names an overview page, links, the repository, tags, a Preview flag and is public', () => {
    const raw = JSON.parse(readFileSync('vss-extension.json', 'utf8')) as Record<string, unknown>;
    expect(raw.public).toBe(true);
    expect(raw.galleryFlags).toEqual(['Preview']);
    expect(Object.keys(raw.links as object).sort()).toEqual(
      ['getstarted', 'home', 'learn', 'license', 'repository', 'support'].sort(),
    );
    expect((raw.repository as { uri: string }).uri).toMatch(/^https:\/\/github\.com\//);
    expect((raw.tags as string[]).length).toBeGreaterThan(3);
    expect(manifest.content.details?.path).toBe('docs/marketplace-overview.md');
    const vsixManifest = readFileSync(join(staged.root, 'threat-align.vsix'));
    expect(vsixManifest.includes(Buffer.from('docs/marketplace-overview.md'))).toBe(true);
  });

  it("task.json's help links to the documentation", () => {
    const task = JSON.parse(readFileSync('task.json', 'utf8')) as { helpMarkDown: string };
    expect(task.helpMarkDown).toMatch(
      /\[[^\]]+\]\(https:\/\/github\.com\/threat-align\/threat-align#azure-pipelines\)/,
    );
  });

  it('carries the screenshots themselves: PNG pictures of the thread and the build summary', () => {
    const screenshots = manifest.screenshots.map((s) => s.path);
    expect(screenshots).toEqual([
      'images/screenshots/azure-pr-thread.png',
      'images/screenshots/azure-build-summary.png',
    ]);
    for (const path of screenshots) {
      const png = readFileSync(path);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.length).toBeGreaterThan(10_000);
    }
  });
});
