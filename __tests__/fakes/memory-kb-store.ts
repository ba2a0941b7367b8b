import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KbFile, KnowledgeBaseStore } from '../../src/core/kb/kb-files.js';

/** An in-memory knowledge-base store: shipped versions by `name@version`, folders by path. */
export function memoryKbStore(
  shipped: Record<string, KbFile[]>,
  folders: Record<string, KbFile[]> = {},
): KnowledgeBaseStore {
  return {
    shippedVersions: (name) =>
      Promise.resolve(
        Object.keys(shipped)
          .filter((key) => key.startsWith(`${name}@`))
          .map((key) => key.slice(name.length + 1)),
      ),
    readShipped: (name, version) => Promise.resolve(shipped[`${name}@${version}`]),
    readFolder: (path) => {
      const files = folders[path];
      return Promise.resolve(files ? { ok: true, files } : { ok: false, reason: `${path} does not exist` });
    },
  };
}

/** The YAML files of a fixture folder, named as the store would name them. */
export function readFixtureFolder(folder: string, shownAs: string): KbFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({ path: `${shownAs}/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}

export const fixturesRoot = new URL('../fixtures/', import.meta.url).pathname;

/** The mini knowledge base's shipped versions, read from __tests__/fixtures/kb/mini. */
export function miniShipped(): Record<string, KbFile[]> {
  return {
    'mini@1.0.0': readFixtureFolder(join(fixturesRoot, 'kb/mini/1.0.0'), 'kb/mini/1.0.0'),
    'mini@1.1.0': readFixtureFolder(join(fixturesRoot, 'kb/mini/1.1.0'), 'kb/mini/1.1.0'),
  };
}
