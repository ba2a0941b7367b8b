/**
 * Where the published JSON Schemas live (schema/*.json of the repository, on its main branch):
 * each schema's `$id`, the URL SchemaStore's catalogue points to, and the `$schema` that editors
 * with the YAML language server follow. Versioned by name, not by place: a breaking change of a
 * format is a new file (`threatmodel-v2.schema.json`), so a URL, once published, keeps meaning
 * the same format.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const schemaBaseUrl = 'https://raw.githubusercontent.com/threat-align/threat-align/main/schema/';

/** The stable https `$id` of `schema/<file>.schema.json`. */
export function schemaUrl(file: 'threatmodel' | 'backlog' | 'report' | 'config' | 'kb' | 'events'): string {
  return `${schemaBaseUrl}${file}.schema.json`;
}
