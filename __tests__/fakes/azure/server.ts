import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { areaLocations, resourceAreas } from './locations.js';
import { AzureFaults, faultAnswer, truncated, type AzureFault } from './faults.js';
import { checkRequest } from './request-validation.js';
import { createWorkItem, selectWorkItems, type FakeWorkItem } from './work-items.js';
import { FakeRepositoryFiles } from './repository-files.js';
import { buildService, FakeThreads } from './threads.js';

export interface FakeAzureDevOpsOptions {
  /** `services`: `http://127.0.0.1:PORT/northwind/` with resource areas; `server`: `…/tfs/DefaultCollection/` without. */
  flavor?: 'services' | 'server';
  /** The only token the fake accepts (Bearer, or Basic with an empty user name as for a PAT). */
  token: string;
}

/** One request the fake answered. The token is never kept. */
export interface AzureRequestRecord {
  method: string;
  /** `POST /{organization}/{project}/{team}/_apis/wit/wiql`, `OPTIONS _apis/wit`, `GET _apis/ResourceAreas`. */
  route: string;
  apiVersion?: string;
  body?: unknown;
  status: number;
}

export interface FakeAzureDevOps {
  /** `http://127.0.0.1:PORT/northwind/` or `http://127.0.0.1:PORT/tfs/DefaultCollection/` (System.CollectionUri). */
  readonly collectionUrl: string;
  readonly workItems: FakeWorkItem[];
  readonly threads: FakeThreads;
  /** Failures to serve on the next requests to a route (faults.ts). */
  readonly faults: AzureFaults;
  /** The repositories' files per branch, served by the Git items API. */
  readonly files: FakeRepositoryFiles;
  readonly requests: readonly AzureRequestRecord[];
  readonly violations: readonly string[];
  /** Requests to one route, such as `POST /{organization}/{project}/_apis/wit/workitemsbatch`. */
  count(route: string): number;
  /** Throws with every request that the official descriptions reject, or that the fake cannot answer. */
  expectNoViolations(): void;
  /** Forgets the violations seen so far (a test that provokes one on purpose). */
  clearViolations(): void;
  close(): Promise<void>;
}

/** Starts a fake Azure DevOps on 127.0.0.1 and a random port. Close it after the test. */
export async function startFakeAzureDevOps(options: FakeAzureDevOpsOptions): Promise<FakeAzureDevOps> {
  const flavor = options.flavor ?? 'services';
  const basePath = flavor === 'services' ? '/northwind/' : '/tfs/DefaultCollection/';
  const workItems: FakeWorkItem[] = [];
  const threads = new FakeThreads();
  const faults = new AzureFaults();
  const files = new FakeRepositoryFiles();
  const requests: AzureRequestRecord[] = [];
  const violations: string[] = [];
  let collectionUrl = '';

  const answer = (
    request: IncomingMessage,
    rawBody: string,
  ): {
    status: number;
    body?: unknown;
    raw?: { contentType: string; bytes: Buffer };
    route: string;
    apiVersion?: string;
    headers?: Record<string, string>;
    fault?: AzureFault;
  } => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    if (!authorized(request.headers.authorization, options.token))
      return { status: 401, route: `${method} ${url.pathname}` };
    if (!url.pathname.startsWith(basePath)) {
      violations.push(`${method} ${url.pathname}: outside the collection ${basePath}`);
      return { status: 404, route: `${method} ${url.pathname}` };
    }
    const segments = url.pathname
      .slice(basePath.length)
      .split('/')
      .filter((s) => s !== '');
    if (method === 'OPTIONS' && segments.length === 2 && segments[0]?.toLowerCase() === '_apis') {
      const value = areaLocations[segments[1]?.toLowerCase() ?? ''];
      if (value === undefined)
        violations.push(`OPTIONS _apis/${segments[1] ?? ''}: an area the fake does not serve`);
      return {
        status: 200,
        body: { count: value?.length ?? 0, value: value ?? [] },
        route: `OPTIONS _apis/${segments[1] ?? ''}`,
      };
    }
    if (method === 'GET' && segments.join('/').toLowerCase() === '_apis/connectiondata') {
      // WebApi.connect(): who the token is (not in the shared specs, like the Location area).
      return {
        status: 200,
        body: {
          authenticatedUser: identity,
          authorizedUser: identity,
          instanceId: '5f7c0a1e-0000-4000-8000-00000000c0de',
        },
        route: 'GET _apis/connectionData',
      };
    }
    const apiVersion = apiVersionOf(request.headers.accept, url.searchParams);
    if (method === 'GET' && segments.join('/').toLowerCase() === '_apis/resourceareas') {
      return {
        status: 200,
        body: resourceAreas(flavor, collectionUrl),
        route: 'GET _apis/ResourceAreas',
        ...(apiVersion ? { apiVersion } : {}),
      };
    }
    let body: unknown;
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        violations.push(`${method} ${url.pathname}: the body is not JSON`);
        return { status: 400, route: `${method} ${url.pathname}` };
      }
    }
    const checked = checkRequest(
      method,
      segments,
      url.searchParams,
      apiVersion,
      body,
      request.headers['content-type'],
    );
    const route = checked.operation ? `${method} ${checked.operation.template}` : `${method} ${url.pathname}`;
    for (const problem of checked.problems) violations.push(`${route}: ${problem}`);
    if (!checked.operation) return { status: 404, route };
    if (checked.problems.length > 0)
      return { status: 400, route, body: { message: checked.problems.join('; ') } };
    // A fault that replaces the answer is served before the request is carried out.
    const fault = faults.take(route);
    if (fault?.type === 'status') return { ...faultAnswer(fault), route, fault };
    const result =
      files.handle(route, checked.params, url.searchParams, request.headers.accept) ??
      dispatch(route, checked.params, body);
    if (result === undefined) {
      violations.push(`${route}: the fake does not implement this operation`);
      return { status: 501, route };
    }
    return { ...result, route, ...(apiVersion ? { apiVersion } : {}), ...(fault ? { fault } : {}) };
  };

  const dispatch = (
    route: string,
    params: Record<string, string>,
    body: unknown,
  ): { status: number; body: unknown } | undefined => {
    const project = params.project ?? '';
    const read = (body ?? {}) as Record<string, unknown>;
    switch (route) {
      case 'POST /{organization}/{project}/{team}/_apis/wit/wiql': {
        const selected = selectWorkItems(workItems, project, text(read.query));
        for (const clause of selected.unsupported)
          violations.push(`${route}: the fake does not understand the WIQL clause ${clause}`);
        return {
          status: 200,
          body: {
            queryType: 'flat',
            queryResultType: 'workItem',
            asOf: '2026-01-01T00:00:00Z',
            columns: [
              { referenceName: 'System.Id', name: 'ID', url: `${collectionUrl}_apis/wit/fields/System.Id` },
            ],
            workItems: selected.ids.map((id) => ({ id, url: `${collectionUrl}_apis/wit/workItems/${id}` })),
          },
        };
      }
      case 'POST /{organization}/{project}/_apis/wit/workitemsbatch': {
        const ids = (read.ids as number[] | undefined) ?? [];
        if (ids.length > 200) {
          violations.push(`${route}: ${ids.length} ids, more than the 200 the service accepts`);
          return { status: 400, body: { message: 'VS402337: at most 200 work items' } };
        }
        const expand = text(read.$expand, 'none');
        const fields = read.fields as string[] | undefined;
        if (fields !== undefined && expand !== 'none') {
          violations.push(`${route}: $expand ${expand} cannot be used with fields`);
          return {
            status: 400,
            body: { message: 'The expand parameter can not be used with the fields parameter.' },
          };
        }
        const value = ids.flatMap((id) => {
          const item = workItems.find((w) => w.id === id && w.project === project);
          if (!item) return read.errorPolicy === 'omit' ? [] : [];
          return [
            {
              id: item.id,
              rev: 1,
              url: `${collectionUrl}_apis/wit/workItems/${id}`,
              fields: fields
                ? Object.fromEntries(fields.filter((f) => f in item.fields).map((f) => [f, item.fields[f]]))
                : item.fields,
              ...(expand === 'relations' || expand === 'all' ? { relations: item.relations ?? [] } : {}),
            },
          ];
        });
        return { status: 200, body: { count: value.length, value } };
      }
      case 'POST /{organization}/{project}/_apis/wit/workitems/${type}': {
        const created = createWorkItem(workItems, project, params.type ?? '', body);
        if (!created.ok) {
          violations.push(`${route}: ${created.message}`);
          return { status: 400, body: { message: created.message } };
        }
        const { id, fields } = created.item;
        return {
          status: 200,
          body: { id, rev: 1, fields, url: `${collectionUrl}_apis/wit/workItems/${id}` },
        };
      }
      default:
        return threads.handle(route, params, body);
    }
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const result = answer(request, rawBody);
      let body: unknown;
      try {
        body = rawBody.trim() === '' ? undefined : JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
      requests.push({
        method: request.method ?? 'GET',
        route: result.route,
        ...(result.apiVersion ? { apiVersion: result.apiVersion } : {}),
        ...(body === undefined ? {} : { body }),
        status: result.status,
      });
      if (result.fault?.type === 'hang') return; // never answered; close() drops the connection
      if (result.raw) {
        response.writeHead(result.status, { 'content-type': result.raw.contentType });
        response.end(result.raw.bytes);
        return;
      }
      response.writeHead(result.status, {
        'content-type': 'application/json; charset=utf-8',
        ...result.headers,
      });
      const json = result.body === undefined ? '' : JSON.stringify(result.body);
      response.end(result.fault?.type === 'truncate' ? truncated(json) : json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  collectionUrl = `http://127.0.0.1:${port}${basePath}`;

  return {
    collectionUrl,
    workItems,
    threads,
    files,
    faults,
    requests,
    violations,
    count: (route) => requests.filter((r) => r.route === route).length,
    expectNoViolations() {
      if (violations.length > 0) {
        throw new Error(
          `The fake Azure DevOps saw ${violations.length} violation(s):\n- ${violations.join('\n- ')}`,
        );
      }
    },
    clearViolations: () => {
      violations.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** The Identity (not the IdentityRef) of the build service: the same id as its comments' author. */
const identity = {
  id: buildService.id,
  providerDisplayName: buildService.displayName,
  isActive: true,
  isContainer: false,
};

function authorized(header: string | undefined, token: string): boolean {
  if (header === `Bearer ${token}`) return true;
  return (
    header === `Basic ${Buffer.from(`:${token}`).toString('base64')}` ||
    header === `Basic ${Buffer.from(`PAT:${token}`).toString('base64')}`
  );
}

/** azure-devops-node-api sends `Accept: application/json;api-version=7.1-preview.2`; others use the query. */
function apiVersionOf(accept: string | undefined, query: URLSearchParams): string | undefined {
  return /api-version=([^;,\s]+)/.exec(accept ?? '')?.[1] ?? query.get('api-version') ?? undefined;
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}
