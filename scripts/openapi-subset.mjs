// Writes the part of GitHub's REST descriptions (@octokit/openapi) that the fake GitHub serves:
// the operations it implements (their operationIds in __tests__/fakes/github/rest-routes.ts),
// with every component they reach through $ref, into __tests__/fakes/github/openapi/NAME.json.
// The fake validates every request and answer against these files and records a violation for
// any operation outside them, exactly as it did against the whole description, without a 385 MB
// development dependency. Regenerate after adding a route to the fake or moving to a newer
// @octokit/openapi (the version below):
//   npm install --no-save @octokit/openapi@23.0.2 && node scripts/openapi-subset.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const openapiVersion = '23.0.2';
const names = ['api.github.com', 'ghes-3.17', 'ghes-3.18', 'ghes-3.19'];
const methods = ['get', 'post', 'put', 'patch', 'delete'];
const outDir = '__tests__/fakes/github/openapi';

const routesSource = readFileSync('__tests__/fakes/github/rest-routes.ts', 'utf8');
const operationIds = [...routesSource.matchAll(/^ {2}'([a-z0-9-]+\/[a-z0-9-]+)': \{/gm)]
  .map((m) => m[1])
  .sort();
if (operationIds.length === 0) throw new Error('no operationIds found in rest-routes.ts');

const require = createRequire(import.meta.url);
const installed = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8')).version;
if (installed !== openapiVersion) {
  throw new Error(
    `@octokit/openapi ${installed} is installed; this script writes the subset of ${openapiVersion}`,
  );
}

mkdirSync(outDir, { recursive: true });
for (const name of names) {
  const document = JSON.parse(
    readFileSync(require.resolve(`@octokit/openapi/generated/${name}.json`), 'utf8'),
  );
  const paths = {};
  const found = new Set();
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (operation === undefined || !operationIds.includes(operation.operationId)) continue;
      paths[template] ??= {};
      paths[template][method] = operation;
      found.add(operation.operationId);
    }
    // Path-level parameters apply to every method kept.
    if (paths[template] !== undefined && item.parameters !== undefined)
      paths[template].parameters = item.parameters;
  }
  const missing = operationIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`${name} has no ${missing.join(', ')}`);

  // Every component reachable from the kept operations, following $refs transitively.
  const components = {};
  const pending = [paths];
  const seen = new Set();
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (
          key === '$ref' &&
          typeof value === 'string' &&
          value.startsWith('#/components/') &&
          !seen.has(value)
        ) {
          seen.add(value);
          const [, , kind, id] = value.split('/');
          const target = document.components[kind]?.[id];
          if (target === undefined) throw new Error(`${name}: ${value} names nothing`);
          (components[kind] ??= {})[id] = target;
          pending.push(target);
        } else pending.push(value);
      }
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(components)
      .sort()
      .map((kind) => [
        kind,
        Object.fromEntries(
          Object.keys(components[kind])
            .sort()
            .map((id) => [id, components[kind][id]]),
        ),
      ]),
  );
  const subset = {
    openapi: document.openapi,
    info: {
      ...document.info,
      'x-threat-align-subset': {
        of: `@octokit/openapi@${openapiVersion} generated/${name}.json`,
        operations: operationIds,
        regenerate: 'node scripts/openapi-subset.mjs',
      },
    },
    paths,
    components: sorted,
  };
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(subset)}\n`);
  const size = Buffer.byteLength(JSON.stringify(subset));
  console.log(
    `${name}: ${Object.keys(paths).length} paths, ${seen.size} components, ${(size / 1024).toFixed(0)} KB`,
  );
}
