import { readFileSync } from 'node:fs';

/**
 * The REST descriptions of github.com and three GitHub Enterprise Server releases, as @octokit/openapi
 * ships them, cut to the operations the fake serves (openapi/NAME.json, written by
 * scripts/openapi-subset.mjs): a request to any other operation is a violation, as it is to one
 * GitHub does not have.
 */
export type DescriptionName = 'api.github.com' | 'ghes-3.17' | 'ghes-3.18' | 'ghes-3.19';

/** A JSON Schema fragment as the description writes it (OpenAPI 3.0 dialect, `$ref`s unresolved). */
export type SchemaObject = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: SchemaObject;
}

/** One operation of the description: `GET /repos/{owner}/{repo}/issues` and what it accepts. */
export interface Operation {
  method: string;
  template: string;
  operationId: string;
  /** Where GitHub's error bodies point (`documentation_url`). */
  docUrl: string;
  parameters: Parameter[];
  body?: { required: boolean; schema: SchemaObject };
  /** The JSON schema of a response with this status, if the description gives one. */
  responses: Record<string, SchemaObject | undefined>;
}

export type RouteMatch =
  | { found: true; operation: Operation; pathParams: Record<string, string> }
  | { found: false; pathKnown: boolean };

interface RawDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

interface Route {
  template: string;
  segments: string[];
  methods: Map<string, Operation>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const cache = new Map<DescriptionName, OpenApiDescription>();

/** GitHub's published REST description (the subset the fake serves), loaded once per test file and indexed by route. */
export class OpenApiDescription {
  private readonly routes = new Map<number, Route[]>();
  private readonly byKey = new Map<string, Operation>();

  private constructor(
    readonly name: DescriptionName,
    private readonly document: RawDocument,
  ) {
    for (const [template, item] of Object.entries(document.paths)) {
      const route: Route = { template, segments: template.split('/').slice(1), methods: new Map() };
      for (const method of METHODS) {
        const raw = item[method] as Record<string, unknown> | undefined;
        if (raw === undefined) continue;
        const operation = this.toOperation(method.toUpperCase(), template, raw);
        route.methods.set(operation.method, operation);
        this.byKey.set(`${operation.method} ${template}`, operation);
      }
      const list = this.routes.get(route.segments.length) ?? [];
      list.push(route);
      this.routes.set(route.segments.length, list);
    }
    for (const list of this.routes.values()) list.sort(bySpecificity);
  }

  static load(name: DescriptionName): OpenApiDescription {
    let description = cache.get(name);
    if (description === undefined) {
      const path = new URL(`./openapi/${name}.json`, import.meta.url);
      description = new OpenApiDescription(name, JSON.parse(readFileSync(path, 'utf8')) as RawDocument);
      cache.set(name, description);
    }
    return description;
  }

  /** `GET /repos/{owner}/{repo}/issues` → its operation, if the description has it. */
  operation(key: string): Operation | undefined {
    return this.byKey.get(key);
  }

  /** The operation a concrete request path reaches; literal segments win over `{parameters}`. */
  match(method: string, path: string): RouteMatch {
    const segments = path.split('/').slice(1);
    let pathKnown = false;
    for (const route of this.routes.get(segments.length) ?? []) {
      const pathParams = matchSegments(route.segments, segments);
      if (pathParams === undefined) continue;
      pathKnown = true;
      const operation = route.methods.get(method);
      if (operation !== undefined) return { found: true, operation, pathParams };
    }
    return { found: false, pathKnown };
  }

  /** The description's `components` (schemas, parameters, responses…), as published. */
  components(): Record<string, unknown> {
    return this.document.components;
  }

  /** Follows a `$ref` (`#/components/schemas/issue`) to what it names. */
  resolve<T>(node: T): T {
    let current: unknown = node;
    for (let depth = 0; depth < 10; depth++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== 'string') return current as T;
      current = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], this.document);
    }
    throw new Error(`$ref chain too deep at ${JSON.stringify(node)}`);
  }

  private toOperation(method: string, template: string, raw: Record<string, unknown>): Operation {
    const parameters = ((raw.parameters as unknown[] | undefined) ?? []).map((p) => {
      const parameter = this.resolve(p) as Omit<Parameter, 'required' | 'schema'> & {
        required?: boolean;
        schema?: SchemaObject;
      };
      return { ...parameter, required: parameter.required === true, schema: parameter.schema ?? {} };
    });
    const requestBody = this.resolve(raw.requestBody) as
      { required?: boolean; content?: Record<string, { schema?: SchemaObject }> } | undefined;
    const bodySchema = requestBody?.content?.['application/json']?.schema;
    const responses: Record<string, SchemaObject | undefined> = {};
    for (const [status, response] of Object.entries((raw.responses ?? {}) as Record<string, unknown>)) {
      const resolved = this.resolve(response) as { content?: Record<string, { schema?: SchemaObject }> };
      responses[status] = resolved.content?.['application/json']?.schema;
    }
    return {
      method,
      template,
      operationId: raw.operationId as string,
      docUrl: (raw.externalDocs as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest',
      parameters,
      ...(bodySchema === undefined
        ? {}
        : { body: { required: requestBody?.required === true, schema: bodySchema } }),
      responses,
    };
  }
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    const value = actual[i] ?? '';
    if (part.startsWith('{') && part.endsWith('}')) {
      if (value === '') return undefined;
      params[part.slice(1, -1)] = decodeURIComponent(value);
    } else if (part !== value) return undefined;
  }
  return params;
}

/** Literal segments before parameters, position by position: `/issues/comments/{id}` before `/issues/{n}/comments`. */
function bySpecificity(a: Route, b: Route): number {
  for (const [i, segment] of a.segments.entries()) {
    const aParam = segment.startsWith('{');
    const bParam = b.segments[i]?.startsWith('{') ?? false;
    if (aParam !== bParam) return aParam ? 1 : -1;
  }
  return 0;
}
