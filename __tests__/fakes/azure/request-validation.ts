import { specOf, specs, unknownBodyKeys, type SpecOperation } from './rest-specs.js';

export interface CheckedRequest {
  operation?: SpecOperation;
  params: Record<string, string>;
  /** What the real service would reject or silently misread; empty when the request fits its description. */
  problems: string[];
}

/**
 * Checks a request to `{organization}/…` against the official description of the api-version it
 * asks for (Accept header or query, as azure-devops-node-api and curl send it): route template and
 * method, api-version (a preview-only operation needs `-preview`), query parameters (required,
 * declared, typed), and the JSON body (schema and undeclared keys).
 */
export function checkRequest(
  method: string,
  segments: string[],
  query: URLSearchParams,
  apiVersion: string | undefined,
  body: unknown,
  contentType?: string,
): CheckedRequest {
  if (apiVersion === undefined) return { params: {}, problems: ['no api-version (query or Accept header)'] };
  const version = /^(\d+\.\d+)/.exec(apiVersion)?.[1] ?? '';
  const candidates = specs().filter((s) => s.version === version);
  if (candidates.length === 0)
    return { params: {}, problems: [`api-version ${apiVersion} has no description here`] };
  const matches = candidates.flatMap((s) =>
    s.operations.flatMap((operation) => {
      const params = operation.match(segments);
      return params ? [{ operation, params }] : [];
    }),
  );
  // Where two operations share a route (x-ms-paths), the one whose distinguishing query is present.
  const found = matches
    .filter((m) => m.operation.method === method && m.operation.queryKeys.every((k) => query.has(k)))
    .sort((a, b) => b.operation.queryKeys.length - a.operation.queryKeys.length)[0];
  if (!found) {
    return {
      params: {},
      problems: [
        matches.length > 0
          ? `${method} is not a method of ${matches[0]?.operation.template ?? ''} (api-version ${version})`
          : `no route of api-version ${version} matches /{organization}/${segments.join('/')}`,
      ],
    };
  }
  const { operation, params } = found;
  const problems: string[] = [];
  if (operation.apiVersion.includes('-preview') && !apiVersion.includes('-preview')) {
    problems.push(`api-version ${apiVersion}: this operation is only available as ${operation.apiVersion}`);
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'query' && p.name !== 'api-version')) {
    const value = query.get(parameter.name);
    if (value === null) {
      if (parameter.required === true) problems.push(`query parameter ${parameter.name} is required`);
    } else if (parameter.type === 'integer' && !/^-?\d+$/.test(value)) {
      problems.push(`query parameter ${parameter.name}=${value} is not an integer`);
    } else if (parameter.type === 'boolean' && !/^(true|false)$/i.test(value)) {
      problems.push(`query parameter ${parameter.name}=${value} is not a boolean`);
    } else if (
      parameter.enum !== undefined &&
      !parameter.enum.some((name) => name.toLowerCase() === value.toLowerCase())
    ) {
      // Such as a numeric enum (`versionDescriptor.versionType=0`) where the service reads names.
      problems.push(`query parameter ${parameter.name}=${value} is not one of ${parameter.enum.join(', ')}`);
    }
  }
  for (const name of new Set(query.keys())) {
    if (name !== 'api-version' && !operation.parameters.some((p) => p.in === 'query' && p.name === name)) {
      problems.push(`query parameter ${name} is not in the description`);
    }
  }
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (body !== undefined && operation.consumes && !operation.consumes.includes(mediaType ?? '')) {
    // The service answers 415 to a JSON Patch document sent as application/json.
    problems.push(
      `content type ${mediaType ?? '(none)'}: the description takes ${operation.consumes.join(', ')}`,
    );
  }
  if (operation.body) {
    if (body === undefined) {
      if (operation.body.required) problems.push('the request body is required');
    } else if (!operation.body.validate(body)) {
      const error = operation.body.validate.errors?.[0];
      problems.push(`body${error?.instancePath ?? ''} ${error?.message ?? 'is invalid'}`);
    } else {
      for (const key of unknownBodyKeys(specOf(operation), operation.body.schema, body)) {
        problems.push(`body key ${key} is not in the description`);
      }
    }
  } else if (body !== undefined) {
    problems.push('a body was sent but the description has none');
  }
  return { operation, params, problems };
}
