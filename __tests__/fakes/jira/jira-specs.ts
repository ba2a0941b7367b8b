import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Atlassian's published OpenAPI 3 description of the Jira Cloud platform REST API (never edited;
 * see SOURCES.md there). Atlassian publishes no description of Data Center's REST API: its
 * `/rest/api/2` resources that threat-align uses (field, search, issue) take the parameters and
 * bodies of Cloud's v3 ones of the same name, so a Data Center request is checked against the v3
 * operation with the version segment swapped (descriptions are wiki-markup strings there, which
 * the v3 issue fields — `additionalProperties: {}` — accept as well).
 */
const platformFile = '/work/shared/reference/jira-rest-specs/platform-swagger-v3.v3.json';
const id = 'urn:fake-jira:platform';

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export interface JiraOperation {
  method: string;
  template: string;
  parameters: Parameter[];
  pattern: RegExp;
  pathNames: string[];
  body?: { required: boolean; validate: ValidateFunction };
  /** The 200/201 answer's schema, to hold the fake's own answers to the contract too. */
  answer?: ValidateFunction;
}

let loaded: JiraOperation[] | undefined;

/** Every operation of the platform description, parsed once per test file. */
export function operations(): JiraOperation[] {
  if (loaded) return loaded;
  const doc = JSON.parse(readFileSync(platformFile, 'utf8')) as {
    paths: Record<string, Record<string, Json>>;
    components: Json;
  };
  const ajv = new Ajv({
    strict: false,
    validateFormats: false,
    validateSchema: false,
    discriminator: true,
    allErrors: false,
    logger: false,
  });
  ajv.addSchema({ $id: id, components: doc.components });
  const compile = (schema: unknown): ValidateFunction => ajv.compile(rewriteRefs(schema) as Json);
  const out: JiraOperation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    const shared = (methods.parameters as Parameter[] | undefined) ?? [];
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'delete'].includes(method)) continue;
      const parameters = [...shared, ...((operation.parameters as Parameter[] | undefined) ?? [])];
      const pathNames: string[] = [];
      const pattern = new RegExp(
        `^${template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
          pathNames.push(name);
          return '([^/]+)';
        })}$`,
      );
      const op: JiraOperation = { method: method.toUpperCase(), template, parameters, pattern, pathNames };
      const requestBody = operation.requestBody as
        { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
      const bodySchema = requestBody?.content?.['application/json']?.schema;
      // Compiled at first use: most of the 417 paths are never asked for.
      if (bodySchema !== undefined) {
        let validate: ValidateFunction | undefined;
        const lazy = ((value: unknown) => {
          validate ??= compile(bodySchema);
          const ok = validate(value);
          lazy.errors = validate.errors;
          return ok;
        }) as ValidateFunction;
        op.body = { required: requestBody?.required === true, validate: lazy };
      }
      const responses = operation.responses as Record<
        string,
        { content?: Record<string, { schema?: unknown }> }
      >;
      const answerSchema = (responses['200'] ?? responses['201'])?.content?.['application/json']?.schema;
      if (answerSchema !== undefined) {
        let validate: ValidateFunction | undefined;
        const lazy = ((value: unknown) => {
          validate ??= compile(answerSchema);
          const ok = validate(value);
          lazy.errors = validate.errors;
          return ok;
        }) as ValidateFunction;
        op.answer = lazy;
      }
      out.push(op);
    }
  }
  loaded = out;
  return out;
}

/** `#/components/…` → `<id>#/components/…`, so the compiled schema finds the shared components. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node as Json).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' ? [key, `${id}${value}`] : [key, rewriteRefs(value)],
    ),
  );
}

export interface CheckedJiraRequest {
  operation?: JiraOperation;
  params: Record<string, string>;
  problems: string[];
}

/**
 * Checks one request against the description: route and method, path and query parameters
 * (declared, required, typed; arrays repeated or comma-separated), and the JSON body (schema,
 * including `additionalProperties: false`, which catches a misspelt key).
 */
export function checkJiraRequest(
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): CheckedJiraRequest {
  const v3 = path.replace(/^\/rest\/api\/2\//, '/rest/api/3/');
  const matches = operations().filter((op) => op.pattern.test(v3));
  // A literal route wins over a templated one (`/issue/createmeta` over `/issue/{issueIdOrKey}`).
  matches.sort((a, b) => a.pathNames.length - b.pathNames.length);
  const operation = matches.find((op) => op.method === method);
  if (!operation) {
    return {
      params: {},
      problems: [
        matches.length > 0
          ? `${method} is not a method of ${matches[0]?.template ?? ''}`
          : `no route of the Jira platform description matches ${path}`,
      ],
    };
  }
  const values = operation.pattern.exec(v3)?.slice(1) ?? [];
  const params = Object.fromEntries(
    operation.pathNames.map((name, i) => [name, decodeURIComponent(values[i] ?? '')]),
  );
  const problems: string[] = [];
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    const given = query.getAll(parameter.name);
    if (given.length === 0) {
      if (parameter.required === true) problems.push(`query parameter ${parameter.name} is required`);
      continue;
    }
    const type = parameter.schema?.type;
    const items = (parameter.schema?.items as Json | undefined)?.type;
    const all = type === 'array' ? given.flatMap((g) => g.split(',')) : given;
    if (type !== 'array' && given.length > 1)
      problems.push(`query parameter ${parameter.name} is given ${given.length} times`);
    const scalar = type === 'array' ? items : type;
    for (const value of all) {
      if (scalar === 'integer' && !/^-?\d+$/.test(value))
        problems.push(`query parameter ${parameter.name}=${value} is not an integer`);
      if (scalar === 'boolean' && !/^(true|false)$/.test(value))
        problems.push(`query parameter ${parameter.name}=${value} is not a boolean`);
      const allowed = (parameter.schema?.enum ?? (parameter.schema?.items as Json | undefined)?.enum) as
        string[] | undefined;
      if (allowed && !allowed.includes(value))
        problems.push(`query parameter ${parameter.name}=${value} is not one of ${allowed.join(', ')}`);
    }
  }
  for (const name of new Set(query.keys())) {
    if (!operation.parameters.some((p) => p.in === 'query' && p.name === name))
      problems.push(`query parameter ${name} is not in the description of ${method} ${operation.template}`);
  }
  if (operation.body) {
    if (body === undefined) {
      if (operation.body.required) problems.push('the request body is required');
    } else if (!operation.body.validate(body)) {
      const error = operation.body.validate.errors?.[0];
      problems.push(
        `body${error?.instancePath ?? ''} ${error?.message ?? 'is invalid'}${error?.params && 'additionalProperty' in error.params ? `: ${String(error.params.additionalProperty)}` : ''}`,
      );
    }
  } else if (body !== undefined) {
    problems.push('a body was sent but the description has none');
  }
  return { operation, params, problems };
}

/** Problems of one of the fake's own answers against the operation's 200/201 schema. */
export function checkJiraAnswer(operation: JiraOperation, answer: unknown): string[] {
  if (!operation.answer || operation.answer(answer)) return [];
  const error = operation.answer.errors?.[0];
  return [`answer${error?.instancePath ?? ''} ${error?.message ?? 'is invalid'}`];
}
