import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { AddressInfo } from 'node:net';
import { identify } from './access.js';
import { FaultQueue, faultAnswer, type Fault } from './faults.js';
import { handleGraphQL } from './graphql-handler.js';
import { githubSchema, type SchemaEdition } from './graphql-schema.js';
import { OpenApiDescription, type DescriptionName } from './openapi-description.js';
import { RateLimits, rateLimitHeaders } from './rate-limits.js';
import { handleRest } from './rest-handler.js';
import type { Urls } from './rest-representations.js';
import { FakeGitHubState } from './state.js';
import { ViolationLog, type Violation } from './violations.js';

export interface FakeGitHubOptions {
  /** `github.com`: REST at `/`, GraphQL at `/graphql`; `ghes`: REST under `/api/v3`, GraphQL at `/api/graphql`. */
  flavor?: 'github.com' | 'ghes';
  /** Which GHES description validates REST requests (ghes flavor). */
  ghesVersion?: '3.17' | '3.18' | '3.19';
  /** Overrides of the base paths. */
  restBasePath?: string;
  graphqlPath?: string;
  /**
   * Which published GraphQL schema validates queries: `sdl` (current, the default) or
   * `introspection` (an older snapshot without sub-issues: stands in for an older GHES).
   */
  graphqlSchema?: SchemaEdition;
}

/** One request the fake answered. The token is never kept: `login` says whom it belonged to. */
export interface RequestRecord {
  kind: 'rest' | 'graphql' | 'unknown';
  method: string;
  path: string;
  /** `graphql`, or the REST route as the description writes it. */
  route: string;
  operationName?: string;
  /** The JSON body sent (GraphQL: query and variables), for golden tests of what an adapter sends. */
  body?: unknown;
  status: number;
  fault?: Fault['type'];
  userAgent?: string;
  login?: string;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** What GITHUB_API_URL would be: the origin, or `…/api/v3`. */
  readonly apiUrl: string;
  /** What GITHUB_GRAPHQL_URL would be. */
  readonly graphqlUrl: string;
  readonly state: FakeGitHubState;
  readonly requests: readonly RequestRecord[];
  readonly violations: readonly Violation[];
  readonly faults: FaultQueue;
  readonly rateLimits: RateLimits;
  /** Requests of a kind (`graphql`, `rest`) or to one route (`GET /repos/{owner}/{repo}/issues`). */
  count(kindOrRoute: string): number;
  /** Throws if any request violated the schema or description, or if a queued fault was never served. */
  expectNoViolations(): void;
  clearViolations(): void;
  close(): Promise<void>;
}

/** Starts a fake GitHub on 127.0.0.1 and a random port. Close it after the test. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const flavor = options.flavor ?? 'github.com';
  const restBase = options.restBasePath ?? (flavor === 'ghes' ? '/api/v3' : '');
  const graphqlPath = options.graphqlPath ?? (flavor === 'ghes' ? '/api/graphql' : '/graphql');
  const descriptionName: DescriptionName =
    flavor === 'ghes' ? `ghes-${options.ghesVersion ?? '3.19'}` : 'api.github.com';
  // Loaded on first use: a GraphQL-only test never parses the 13 MB REST description.
  const description = (): OpenApiDescription => OpenApiDescription.load(descriptionName);
  const schema = (): GraphQLSchema => githubSchema(options.graphqlSchema);
  const state = new FakeGitHubState();
  const violations = new ViolationLog();
  const rateLimits = new RateLimits();
  const requests: RequestRecord[] = [];
  const faults = new FaultQueue((route) => {
    if (route !== 'graphql' && route !== '*' && description().operation(route) === undefined) {
      throw new Error(
        `No route '${route}' in the ${descriptionName} description (write it as 'METHOD /template')`,
      );
    }
  });
  const urls: Urls = { api: '', html: '' };

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      violations.record('fake', `${req.method ?? ''} ${req.url ?? ''}`, `the fake crashed: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { message: 'fake crashed' }, {});
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', urls.api === '' ? 'http://127.0.0.1' : urls.api);
    const caller = identify(state, header(req, 'authorization'));
    const record: RequestRecord = {
      kind: 'unknown',
      method,
      path: url.pathname,
      route: `${method} ${url.pathname}`,
      status: 0,
    };
    const userAgent = header(req, 'user-agent');
    if (userAgent !== undefined) record.userAgent = userAgent;
    if (caller.kind === 'token') record.login = caller.token.account.login;
    if (raw.trim() !== '') record.body = parseOrText(raw);
    requests.push(record);

    const isGraphQL = url.pathname === graphqlPath && method === 'POST';
    const isRest = !isGraphQL && (url.pathname === restBase || url.pathname.startsWith(`${restBase}/`));
    const restPath = isRest ? url.pathname.slice(restBase.length) || '/' : '';
    const match = isRest ? description().match(method, restPath) : undefined;
    if (isGraphQL) Object.assign(record, { kind: 'graphql', route: 'graphql' });
    else if (isRest) {
      record.kind = 'rest';
      record.route =
        match?.found === true ? `${method} ${match.operation.template}` : `${method} ${restPath}`;
    } else {
      violations.record(
        'rest',
        record.route,
        `neither the REST base '${restBase || '/'}' nor the GraphQL endpoint '${graphqlPath}'`,
      );
      record.status = 404;
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, {});
      return;
    }

    const fault = faults.take(record.route);
    if (fault !== undefined) {
      record.fault = fault.type;
      if (fault.type === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
      else if (fault.type === 'disconnect') {
        req.socket.destroy();
        return;
      } else if (fault.type !== 'truncate' && fault.type !== 'status-after-write') {
        const answer = faultAnswer(fault, record.kind === 'graphql' ? 'graphql' : 'core', caller, rateLimits);
        record.status = answer.status;
        send(res, answer.status, answer.body, answer.headers);
        return;
      }
    }

    const answer = isGraphQL
      ? await handleGraphQL({ state, schema: schema(), urls, rateLimits, violations }, caller, raw)
      : handleRest(
          { state, description: description(), urls, rateLimits, violations },
          {
            method,
            path: restPath,
            query: url.searchParams,
            body: raw,
            caller,
            match: match!,
            route: record.route,
          },
        );
    if (answer.operationName !== undefined) record.operationName = answer.operationName;
    record.status = answer.status;
    const headers = { ...answer.headers, ...rateLimitHeaders(answer.rate) };
    if (fault?.type === 'status-after-write') {
      // Done, but the client hears of a failure (a gateway that lost the answer).
      record.status = fault.status;
      const failed = faultAnswer(
        { type: 'status', status: fault.status },
        record.kind === 'graphql' ? 'graphql' : 'core',
        caller,
        rateLimits,
      );
      send(res, failed.status, failed.body, failed.headers);
      return;
    }
    send(res, answer.status, answer.body, headers, fault?.type === 'truncate');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  urls.api = `${origin}${restBase}`;
  urls.html = flavor === 'ghes' ? origin : 'https://github.com';

  return {
    origin,
    apiUrl: urls.api,
    graphqlUrl: `${origin}${graphqlPath}`,
    state,
    requests,
    violations: violations.list,
    faults,
    rateLimits,
    count: (kindOrRoute) => requests.filter((r) => r.kind === kindOrRoute || r.route === kindOrRoute).length,
    expectNoViolations: () => {
      violations.expectNone(faults.pending().map((f) => `fault queued but never served: ${f}`));
    },
    clearViolations: () => {
      violations.clear();
      faults.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        server.closeAllConnections();
      }),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
  truncate = false,
): void {
  const full = JSON.stringify(body);
  const text = truncate ? full.slice(0, Math.floor(full.length / 2)) : full;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `FAKE:${Math.random().toString(16).slice(2, 10)}`,
    ...headers,
  });
  res.end(text);
}

function parseOrText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
