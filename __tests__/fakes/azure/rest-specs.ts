import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/** Where the official Azure DevOps OpenAPI 2.0 descriptions are kept (never edited). */
const specsRoot = '/work/shared/reference/azure-devops-rest-specs';
const areas = { wit: 'workItemTracking.json', git: 'git.json' } as const;
const versions = ['7.1', '7.2'] as const;

type Json = Record<string, unknown>;

interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'body' | 'header';
  required?: boolean;
  'x-ms-required'?: boolean;
  type?: string;
  enum?: string[];
  schema?: Json;
  description?: string;
}

/** One operation of a description, with a matcher for its route. */
export interface SpecOperation {
  area: keyof typeof areas;
  version: string;
  method: string;
  template: string;
  parameters: SpecParameter[];
  /** The api-version the description asks for, such as `7.1` or `7.2-preview.1`. */
  apiVersion: string;
  /**
   * Query parameters that tell this operation apart from another on the same route: an
   * `x-ms-paths` key such as `…/items?path={path}` (GetItem) shares its route with `…/items`
   * (GetItems, in `paths`), and only the query says which one a request is.
   */
  queryKeys: string[];
  match: (segments: string[]) => Record<string, string> | undefined;
  body?: { required: boolean; validate: ValidateFunction; schema: Json };
  /** The body's media types (`consumes`), such as `application/json-patch+json`; undefined: JSON. */
  consumes?: string[];
}

interface Spec {
  area: keyof typeof areas;
  version: string;
  operations: SpecOperation[];
  definitions: Record<string, Json>;
}

let loaded: Spec[] | undefined;

/** Every operation of the wit and git descriptions, 7.1 and 7.2, parsed once per test file. */
export function specs(): Spec[] {
  loaded ??= versions.flatMap((version) =>
    (Object.keys(areas) as (keyof typeof areas)[]).map((area) => loadSpec(area, version)),
  );
  return loaded;
}

/** An operation as the description writes it. */
interface SpecOperationText {
  parameters?: (SpecParameter | { $ref: string })[];
  consumes?: string[];
}

function loadSpec(area: keyof typeof areas, version: string): Spec {
  const text = readFileSync(`${specsRoot}/${area}/${version}/${areas[area]}`, 'utf8').replace(/^\uFEFF/, '');
  const doc = JSON.parse(text) as {
    paths: Record<string, Record<string, SpecOperationText>>;
    'x-ms-paths'?: Record<string, Record<string, SpecOperationText>>;
    parameters: Record<string, SpecParameter>;
    definitions: Record<string, Json>;
  };
  const id = `urn:fake-azure:${area}:${version}`;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false, logger: false });
  const definitions = fixJsonPatch(doc.definitions);
  ajv.addSchema({ $id: id, definitions: rewriteRefs(definitions, id) });
  const operations: SpecOperation[] = [];
  // OpenAPI 2.0 allows one entry per path; `x-ms-paths` holds the operations whose key needs a query.
  const paths = [...Object.entries(doc.paths), ...Object.entries(doc['x-ms-paths'] ?? {})];
  for (const [template, methods] of paths) {
    const [route = '', query = ''] = template.split('?');
    const queryKeys = query
      .split('&')
      .map((pair) => pair.split('=')[0] ?? '')
      .filter((name) => name !== '');
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = (operation.parameters ?? []).map((p) =>
        '$ref' in p ? (doc.parameters[p.$ref.replace('#/parameters/', '')] as SpecParameter) : p,
      );
      const apiVersion = /set to '([^']+)'/.exec(
        parameters.find((p) => p.name === 'api-version')?.description ?? '',
      )?.[1];
      const bodyParameter = parameters.find((p) => p.in === 'body');
      const op: SpecOperation = {
        area,
        version,
        method: method.toUpperCase(),
        template,
        parameters,
        apiVersion: apiVersion ?? version,
        queryKeys,
        match: routeMatcher(route, parameters),
        ...(operation.consumes ? { consumes: operation.consumes } : {}),
      };
      if (bodyParameter?.schema) {
        const schema = rewriteRefs(bodyParameter.schema, id) as Json;
        op.body = { required: bodyParameter.required === true, validate: ajv.compile(schema), schema };
      }
      operations.push(op);
    }
  }
  return { area, version, operations, definitions };
}

/**
 * The generated descriptions model two .NET types wrongly for JSON Schema: a JSON Patch document (a
 * list) as an object whose `allOf` is an array — which no value satisfies — and a patch value (a
 * JToken, "either a primitive or a JToken" as its description says) as an object. The service
 * takes an array of operations, each value any JSON: so does the fake.
 */
function fixJsonPatch(definitions: Record<string, Json>): Record<string, Json> {
  const operation = definitions.JsonPatchOperation;
  if (definitions.JsonPatchDocument === undefined || operation === undefined) return definitions;
  return {
    ...definitions,
    JsonPatchDocument: { type: 'array', items: { $ref: '#/definitions/JsonPatchOperation' } },
    JsonPatchOperation: {
      ...operation,
      properties: { ...(operation.properties as Json), value: {} },
    },
  };
}

/** `#/definitions/X` → `<id>#/definitions/X`, so that one Ajv holds the definitions once. */
function rewriteRefs(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, id));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node as Json)
      .filter(([key]) => key !== 'x-ms-enum' && key !== 'description')
      .map(([key, value]) =>
        key === '$ref' && typeof value === 'string' ? [key, `${id}${value}`] : [key, rewriteRefs(value, id)],
      ),
  );
}

/**
 * Segments after `{organization}`; literal segments compare case-insensitively (as the service
 * does), and a path parameter marked `x-ms-required: false` (project, team) may be left out.
 */
function routeMatcher(
  template: string,
  parameters: SpecParameter[],
): (segments: string[]) => Record<string, string> | undefined {
  const parts = template
    .split('/')
    .filter((s) => s !== '')
    .slice(1);
  const optional = new Set(
    parameters.filter((p) => p.in === 'path' && p['x-ms-required'] === false).map((p) => p.name),
  );
  const walk = (
    i: number,
    j: number,
    segments: string[],
    values: Record<string, string>,
  ): Record<string, string> | undefined => {
    if (i === parts.length) return j === segments.length ? values : undefined;
    const part = parts[i] ?? '';
    // `{name}`, or `${name}` (work items' `$Task`: the value after a literal `$`).
    const [, prefix = '', name] = /^(\$?)\{(.+)\}$/.exec(part) ?? [];
    if (name !== undefined) {
      const segment = segments[j] === undefined ? undefined : decodeURIComponent(segments[j]);
      if (segment?.startsWith(prefix) === true) {
        const found = walk(i + 1, j + 1, segments, { ...values, [name]: segment.slice(prefix.length) });
        if (found) return found;
      }
      return optional.has(name) ? walk(i + 1, j, segments, values) : undefined;
    }
    return segments[j]?.toLowerCase() === part.toLowerCase()
      ? walk(i + 1, j + 1, segments, values)
      : undefined;
  };
  return (segments) => walk(0, 0, segments, {});
}

/** Keys of a body the description does not name (the service ignores them: a typo would go unnoticed). */
export function unknownBodyKeys(spec: Spec, schema: unknown, value: unknown, path = ''): string[] {
  const resolved = resolve(spec, schema);
  if (Array.isArray(value)) {
    return resolved.items === undefined
      ? []
      : value.flatMap((v, i) => unknownBodyKeys(spec, resolved.items, v, `${path}/${i}`));
  }
  if (typeof value !== 'object' || value === null) return [];
  const properties = collectProperties(spec, resolved);
  if (properties === undefined || resolved.additionalProperties !== undefined) return [];
  return Object.entries(value as Json).flatMap(([key, inner]) =>
    key in properties ? unknownBodyKeys(spec, properties[key], inner, `${path}/${key}`) : [`${path}/${key}`],
  );
}

function resolve(spec: Spec, schema: unknown): Json {
  const node = (schema ?? {}) as Json;
  const ref = typeof node.$ref === 'string' ? /#\/definitions\/(.+)$/.exec(node.$ref)?.[1] : undefined;
  return ref === undefined ? node : resolve(spec, spec.definitions[ref]);
}

function collectProperties(spec: Spec, schema: Json): Record<string, unknown> | undefined {
  const own = schema.properties as Record<string, unknown> | undefined;
  const inherited = ((schema.allOf as unknown[] | undefined) ?? []).map((s) =>
    collectProperties(spec, resolve(spec, s)),
  );
  if (own === undefined && inherited.every((i) => i === undefined)) return undefined;
  return Object.assign({}, ...inherited, own) as Record<string, unknown>;
}

export function specOf(operation: SpecOperation): Spec {
  const spec = specs().find((s) => s.area === operation.area && s.version === operation.version);
  if (!spec) throw new Error(`no spec ${operation.area} ${operation.version}`);
  return spec;
}
