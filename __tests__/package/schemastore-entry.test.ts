import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaBaseUrl } from '../../src/core/source/schema-url.js';

/** The published schemas' stable ids, and the SchemaStore catalogue entries prepared in docs/. */

const root = fileURLToPath(new URL('../../', import.meta.url));
const published = ['threatmodel', 'config', 'backlog', 'kb', 'report', 'events'];
const readJson = (path: string) =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

interface Entry {
  name: string;
  description: string;
  fileMatch: string[];
  url: string;
}
const catalogue = readJson('docs/schemastore-catalog.json') as { schemas: Entry[] };

/** SchemaStore's fileMatch globs: `*` within one name. */
function matches(pattern: string, file: string): boolean {
  const name = file.split('/').at(-1) ?? file;
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return regex.test(name);
}

describe('the published schemas', () => {
  it.each(published)(
    'schema/%s.schema.json has a stable https $id, the address it is served from',
    (name) => {
      const schema = readJson(`schema/${name}.schema.json`);
      expect(schema.$id).toBe(`${schemaBaseUrl}${name}.schema.json`);
      expect(schemaBaseUrl).toMatch(/^https:\/\/[^/]+\/threat-align\/threat-align\/main\/schema\/$/);
    },
  );
});

describe('docs/schemastore-catalog.json', () => {
  it('has one entry for the threat model and one for the configuration, each pointing at its $id', () => {
    const byUrl = new Map(catalogue.schemas.map((entry) => [entry.url, entry]));
    for (const name of ['threatmodel', 'config']) {
      const entry = byUrl.get(readJson(`schema/${name}.schema.json`).$id as string);
      expect(entry).toBeDefined();
      expect(entry!.name).toMatch(/^threat-align /);
      expect(entry!.description.length).toBeGreaterThan(20);
    }
    expect(catalogue.schemas).toHaveLength(2);
  });

  it.each([
    ['threatmodel.yaml', 'threatmodel'],
    ['examples/online-shop/threatmodel.yaml', 'threatmodel'],
    ['payments.threatmodel.yaml', 'threatmodel'],
    ['.threat-align.yaml', 'config'],
  ])('%s matches the %s entry', (file, name) => {
    const url = `${schemaBaseUrl}${name}.schema.json`;
    const matching = catalogue.schemas.filter((entry) => entry.fileMatch.some((p) => matches(p, file)));
    expect(matching.map((entry) => entry.url)).toEqual([url]);
  });

  it('does not claim unrelated files', () => {
    for (const file of [
      'backlog.json',
      'threatmodel.json.bak',
      'azure-pipelines.yml',
      'my-threatmodel.yaml',
    ]) {
      expect(catalogue.schemas.filter((entry) => entry.fileMatch.some((p) => matches(p, file)))).toEqual([]);
    }
  });
});
