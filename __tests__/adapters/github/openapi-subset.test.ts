import { readFileSync } from 'node:fs';
import { OpenApiDescription, type DescriptionName } from '../../fakes/github/openapi-description.js';
import { restRoutes } from '../../fakes/github/rest-routes.js';

/**
 * The committed subsets of GitHub's REST descriptions (scripts/openapi-subset.mjs): each holds
 * exactly the operations the fake implements, and every `$ref` in it resolves inside it.
 */

const names: DescriptionName[] = ['api.github.com', 'ghes-3.17', 'ghes-3.18', 'ghes-3.19'];

describe.each(names)('__tests__/fakes/github/openapi/%s.json', (name) => {
  const raw = JSON.parse(
    readFileSync(new URL(`../../fakes/github/openapi/${name}.json`, import.meta.url), 'utf8'),
  ) as {
    info: { 'x-threat-align-subset': { operations: string[] } };
    paths: Record<string, Record<string, { operationId?: string }>>;
  };

  it('holds exactly the operations the fake implements (regenerate: node scripts/openapi-subset.mjs)', () => {
    const operations = Object.values(raw.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (typeof op.operationId === 'string' ? [op.operationId] : [])),
    );
    expect([...new Set(operations)].sort()).toEqual(Object.keys(restRoutes).sort());
    expect(raw.info['x-threat-align-subset'].operations).toEqual(Object.keys(restRoutes).sort());
  });

  it('resolves every $ref inside itself', () => {
    const description = OpenApiDescription.load(name);
    const refs = [...JSON.stringify(raw).matchAll(/"\$ref":"(#\/components\/[^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) expect(description.resolve({ $ref: ref })).toBeDefined();
  });

  it('knows an implemented operation and not one GitHub has outside the subset', () => {
    const description = OpenApiDescription.load(name);
    expect(description.match('GET', '/repos/o/r/issues')).toMatchObject({ found: true });
    expect(description.match('GET', '/repos/o/r/releases')).toEqual({ found: false, pathKnown: false });
  });
});
