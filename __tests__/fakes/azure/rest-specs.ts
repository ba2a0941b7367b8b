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
  match: (segments: string[]) => Record<string, string> | undefined;
  body?: { required: boolean; validate: ValidateFunction; schema: Json };
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

function loadSpec(area: keyof typeof areas, version: string): Spec {
  const text = readFileSync(`${specsRoot}/${area}/${version}/${areas[area]}`, 'utf8').replace(/^\uFEFF/, '');
  const doc = JSON.parse(text) as {
    paths: Record<string, Record<string, { parameters?: (SpecParameter | { $ref: string })[] }>>;
    parameters: Record<string, SpecParameter>;
    definitions: Record<string, Json>;
  };
  const id = `urn:fake-azure:${area}:${version}`;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false, logger: false });
  ajv.addSchema({ $id: id, definitions: rewriteRefs(doc.definitions, id) });
  const operations: SpecOperation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
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
        match: routeMatcher(template, parameters),
      };
      if (bodyParameter?.schema) {
        const schema = rewriteRefs(bodyParameter.schema, id) as Json;
        op.body = { required: bodyParameter.required === true, validate: ajv.compile(schema), schema };
      }
      operations.push(op);
    }
  }
  return { area, version, operations, definitions: doc.definitions };
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
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name !== undefined) {
      const segment = segments[j];
      if (segment !== undefined) {
        const found = walk(i + 1, j + 1, segments, { ...values, [name]: decodeURIComponent(segment) });
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
