import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { OpenApiDescription, SchemaObject } from './openapi-description.js';

const validators = new WeakMap<
  OpenApiDescription,
  { ajv: Ajv; id: string; compiled: WeakMap<SchemaObject, ValidateFunction> }
>();

/**
 * Validates a value against a schema of the description, the way GitHub's API checks request
 * bodies: returns GitHub's wording of the first problem (`"title" wasn't supplied.`), or undefined.
 */
export function checkAgainstSchema(
  description: OpenApiDescription,
  schema: SchemaObject,
  value: unknown,
): string | undefined {
  const { ajv, id, compiled } = validatorsOf(description);
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(toJsonSchema(schema, id) as SchemaObject);
    compiled.set(schema, validate);
  }
  if (validate(value)) return undefined;
  return describeAjvError(pickError(validate.errors ?? []), value);
}

/**
 * One Ajv per description, holding its `components` once: every operation's schema refers to them
 * by `$ref`, so a component (an issue, a user) is compiled once, not once per operation.
 */
function validatorsOf(description: OpenApiDescription): {
  ajv: Ajv;
  id: string;
  compiled: WeakMap<SchemaObject, ValidateFunction>;
} {
  let entry = validators.get(description);
  if (entry === undefined) {
    const ajv = new Ajv({ strict: false, logger: false, allErrors: false, inlineRefs: false });
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
    ajv.addFormat('uri', (value) => URL.canParse(value));
    const id = `urn:fake-github:${description.name}`;
    ajv.addSchema({ $id: id, components: toJsonSchema(description.components(), id) });
    entry = { ajv, id, compiled: new WeakMap() };
    validators.set(description, entry);
  }
  return entry;
}

/**
 * Keys a body sends that the schema does not name, where the schema does not forbid them (GitHub
 * ignores them silently: a typo that would go unnoticed). Follows plain objects and arrays only.
 */
export function unknownKeys(
  description: OpenApiDescription,
  schema: SchemaObject,
  value: unknown,
  path = '',
): string[] {
  const resolved = description.resolve(schema);
  if (Array.isArray(value) && resolved.items !== undefined) {
    return value.flatMap((item, i) =>
      unknownKeys(description, resolved.items as SchemaObject, item, `${path}/${i}`),
    );
  }
  if (!isRecord(value) || !isRecord(resolved.properties) || resolved.additionalProperties !== undefined) {
    return [];
  }
  const properties = resolved.properties as Record<string, SchemaObject>;
  return Object.entries(value).flatMap(([key, inner]) => {
    const property = properties[key];
    return property === undefined
      ? [`${path}/${key}`]
      : unknownKeys(description, property, inner, `${path}/${key}`);
  });
}

/** OpenAPI 3.0 → JSON Schema for Ajv: `$ref`s point into the components held under `id`, `nullable` made explicit. */
function toJsonSchema(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, id));
  if (!isRecord(node)) return node;
  if (typeof node.$ref === 'string') return { $ref: `${id}${node.$ref}` };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'description') continue;
    // `properties` maps names to schemas: a property may itself be called `example`.
    out[key] =
      key === 'properties' && isRecord(value)
        ? Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, toJsonSchema(inner, id)]))
        : toJsonSchema(value, id);
  }
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...(out.enum as unknown[]), null];
  }
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function pickError(errors: ErrorObject[]): ErrorObject | undefined {
  return errors.find((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf') ?? errors[0];
}

function describeAjvError(error: ErrorObject | undefined, root: unknown): string {
  if (error === undefined) return 'Invalid request.';
  const where = error.instancePath === '' ? 'the body' : error.instancePath.slice(1);
  const value = error.instancePath
    .split('/')
    .slice(1)
    .reduce<unknown>((at, key) => (isRecord(at) || Array.isArray(at) ? (at as never)[key] : undefined), root);
  switch (error.keyword) {
    case 'required':
      return `"${String(error.params.missingProperty)}" wasn't supplied.`;
    case 'additionalProperties':
      return `"${String(error.params.additionalProperty)}" is not a permitted key.`;
    case 'type':
      return `For '${where}', ${JSON.stringify(value)} is not ${article(String(error.params.type))}.`;
    case 'enum':
      return `For '${where}', ${JSON.stringify(value)} is not a member of ${JSON.stringify(error.params.allowedValues)}.`;
    case 'maxItems':
      return `For '${where}', the array is too long (maximum is ${String(error.params.limit)} items).`;
    default:
      return `For '${where}', ${JSON.stringify(value)} ${error.message ?? 'is invalid'}.`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
