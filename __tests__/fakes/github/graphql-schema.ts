import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

/**
 * The two forms @octokit/graphql-schema 15.26.1 publishes, which disagree: `schema.graphql` (SDL)
 * is current (Issue.parent, subIssues, stateReason(enableDuplicate:)); `schema.json`
 * (introspection, what the package's own `validate` uses) is an older snapshot without them.
 */
export type SchemaEdition = 'sdl' | 'introspection';

const cache = new Map<SchemaEdition, GraphQLSchema>();

/** GitHub's published GraphQL schema, built once per test file. */
export function githubSchema(edition: SchemaEdition = 'sdl'): GraphQLSchema {
  let schema = cache.get(edition);
  if (schema === undefined) {
    const folder = packageFolder();
    schema =
      edition === 'sdl'
        ? // The SDL declares two EnterpriseOwnerInfo fields twice, which strict SDL validation rejects.
          buildSchema(readFileSync(join(folder, 'schema.graphql'), 'utf8'), { assumeValidSDL: true })
        : buildClientSchema(
            JSON.parse(readFileSync(join(folder, 'schema.json'), 'utf8')) as IntrospectionQuery,
          );
    cache.set(edition, schema);
  }
  return schema;
}

/** The package exports only its entry point, which builds the schema at import; its files are read directly. */
function packageFolder(): string {
  const require = createRequire(import.meta.url);
  const folder = (require.resolve.paths('@octokit/graphql-schema') ?? [])
    .map((root) => join(root, '@octokit', 'graphql-schema'))
    .find((candidate) => existsSync(join(candidate, 'schema.graphql')));
  if (folder === undefined) throw new Error('@octokit/graphql-schema is not installed');
  return folder;
}
