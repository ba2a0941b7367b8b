import type { OpenApiDescription, Operation, Parameter, SchemaObject } from './openapi-description.js';
import { checkAgainstSchema, unknownKeys } from './openapi-schema.js';
import type { RestAnswer } from './rest-support.js';
import { errorAnswer } from './rest-support.js';

export type RequestCheck =
  | { ok: true; body: Record<string, unknown>; strict: string[] }
  | { ok: false; answer: RestAnswer; problem: string; strict: string[] };

/**
 * Checks a REST request against its operation in the description: path parameters (type), query
 * parameters (declared, required, type, enum), and the JSON body (parses, required fields, types,
 * enums, lengths, and keys the schema forbids). `strict` lists what GitHub would silently accept
 * but is almost surely a mistake: undeclared query parameters or body keys, a body where none is described.
 */
export function checkRestRequest(
  description: OpenApiDescription,
  operation: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  rawBody: string,
): RequestCheck {
  const strict: string[] = [];
  const fail = (answer: RestAnswer, problem: string): RequestCheck => ({
    ok: false,
    answer,
    problem,
    strict,
  });
  const declared = new Map(operation.parameters.map((p) => [`${p.in}:${p.name}`, p]));

  for (const [name, value] of Object.entries(pathParams)) {
    const parameter = declared.get(`path:${name}`);
    if (parameter !== undefined && !valueFits(description, parameter.schema, value)) {
      return fail(
        errorAnswer(404, 'Not Found'),
        `path parameter ${name}=${JSON.stringify(value)} is not ${typeName(description, parameter)}`,
      );
    }
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    const value = query.get(parameter.name);
    if (value === null) {
      if (parameter.required)
        return fail(
          invalidField(operation, parameter.name, 'missing_field'),
          `query parameter ${parameter.name} is required`,
        );
      continue;
    }
    if (!valueFits(description, parameter.schema, value)) {
      return fail(
        invalidField(operation, parameter.name, 'invalid'),
        `query parameter ${parameter.name}=${JSON.stringify(value)} does not fit ${JSON.stringify(description.resolve(parameter.schema))}`,
      );
    }
  }
  for (const name of new Set(query.keys())) {
    if (!declared.has(`query:${name}`))
      strict.push(`query parameter '${name}' is not in the description (GitHub ignores it)`);
  }

  if (rawBody.trim() === '') {
    if (operation.body?.required === true) {
      return fail(
        errorAnswer(400, 'Problems parsing JSON', operation.docUrl),
        'the request body is required',
      );
    }
    return { ok: true, body: {}, strict };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return fail(errorAnswer(400, 'Problems parsing JSON', operation.docUrl), 'the body is not JSON');
  }
  if (operation.body === undefined) {
    strict.push('a body was sent but the description has none for this operation');
    return { ok: true, body: {}, strict };
  }
  const problem = checkAgainstSchema(description, operation.body.schema, body);
  if (problem !== undefined) {
    return fail(errorAnswer(422, `Invalid request.\n\n${problem}`, operation.docUrl), problem);
  }
  for (const key of unknownKeys(description, operation.body.schema, body)) {
    strict.push(`body key '${key}' is not in the description (GitHub ignores it)`);
  }
  return { ok: true, body: body as Record<string, unknown>, strict };
}

function invalidField(operation: Operation, field: string, code: string): RestAnswer {
  return errorAnswer(422, 'Validation Failed', operation.docUrl, {
    errors: [{ resource: 'Search', field, code }],
  });
}

/** A query or path string against a scalar schema: integers, numbers, booleans, enums, strings. */
function valueFits(description: OpenApiDescription, raw: SchemaObject, value: string): boolean {
  const schema = description.resolve(raw);
  const type = schema.type;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (type === 'integer') return /^-?\d+$/.test(value);
  if (type === 'number') return value.trim() !== '' && Number.isFinite(Number(value));
  if (type === 'boolean') return value === 'true' || value === 'false';
  return true;
}

function typeName(description: OpenApiDescription, parameter: Parameter): string {
  const type = description.resolve(parameter.schema).type;
  return typeof type === 'string' ? `a valid ${type}` : 'valid';
}
