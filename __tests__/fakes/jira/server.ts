import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkJiraAnswer, checkJiraRequest, type JiraOperation } from './jira-specs.js';
import { isBounded, matches, parseJql } from './jql.js';
import { fieldList, renderIssue, sprintFieldId, type FakeJiraIssue, type FakeSprint } from './issues.js';

export interface FakeJiraOptions {
  deployment: 'cloud' | 'data-center';
  /** Cloud: the only e-mail and API token accepted (Basic). */
  email?: string;
  apiToken?: string;
  /** Data Center: the only personal access token accepted (Bearer). */
  pat?: string;
  /** The projects that exist (by key); an issue's project must be one of them. */
  projects: string[];
  /** Jira Software installed (the sprint field exists). Default true. */
  software?: boolean;
  /** Data Center's older sprint form, a `toString()` per sprint. Default false. */
  legacySprints?: boolean;
  /** Data Center's `jira.search.views.default.max`. Default 1,000. */
  dataCenterPageCap?: number;
  /** Projects the account may not browse: a search naming one answers as Jira does for an unknown project. */
  hiddenProjects?: string[];
  /** The account may not create issues: 403 (on Cloud, as for a missing "Create issues" permission). */
  readOnly?: boolean;
}

/** A failure served for the next request to a route (`POST /rest/api/3/search/jql`). */
export type JiraFault =
  | { type: 'none' }
  | { type: 'status'; status: number; retryAfter?: number }
  | { type: 'truncate' }
  | { type: 'drop' };

export interface JiraRequestRecord {
  method: string;
  /** The description's template, such as `POST /rest/api/3/search/jql` (Data Center: `/rest/api/2/…`). */
  route: string;
  body?: unknown;
  status: number;
}

export interface FakeJira {
  /** `http://127.0.0.1:PORT` (Cloud) or `http://127.0.0.1:PORT/jira` (Data Center, with a context path). */
  readonly site: string;
  readonly issues: FakeJiraIssue[];
  readonly sprints: Map<number, FakeSprint>;
  readonly requests: readonly JiraRequestRecord[];
  readonly violations: readonly string[];
  /** Adds an issue with defaults for what is not given; its key is PROJECT-(next number). */
  addIssue(
    project: string,
    issue: Partial<Omit<FakeJiraIssue, 'key' | 'id'>> & { key?: string },
  ): FakeJiraIssue;
  fault(route: string, ...faults: JiraFault[]): void;
  /** Requests to a route, such as `POST /rest/api/3/search/jql`. */
  count(route: string): number;
  expectNoViolations(): void;
  clearViolations(): void;
  close(): Promise<void>;
}

/** The Cloud enhanced search: up to 5,000 a page for `id`/`key` only, 100 with other fields. */
const cloudCaps = { keysOnly: 5000, withFields: 100 };

/** Starts a strict fake Jira on 127.0.0.1 and a random port. Close it after the test. */
export async function startFakeJira(options: FakeJiraOptions): Promise<FakeJira> {
  const { deployment } = options;
  const version = deployment === 'cloud' ? 3 : 2;
  const contextPath = deployment === 'cloud' ? '' : '/jira';
  const software = options.software ?? true;
  const issues: FakeJiraIssue[] = [];
  const sprints = new Map<number, FakeSprint>();
  const requests: JiraRequestRecord[] = [];
  const violations: string[] = [];
  const faults = new Map<string, JiraFault[]>();
  const counters = new Map<string, number>();
  let nextId = 10000;
  let site = '';

  const addIssue: FakeJira['addIssue'] = (project, given) => {
    const number = (counters.get(project) ?? 0) + 1;
    const key = given.key ?? `${project}-${number}`;
    counters.set(project, Math.max(number, Number(key.split('-')[1] ?? 0)));
    const issue: FakeJiraIssue = {
      id: String(nextId++),
      key,
      summary: given.summary ?? key,
      description: given.description ?? null,
      status: given.status ?? 'To Do',
      statusCategory: given.statusCategory ?? 'new',
      ...(given.resolution === undefined ? {} : { resolution: given.resolution }),
      labels: given.labels ?? [],
      issueType: given.issueType ?? 'Task',
      sprints: given.sprints ?? [],
      fixVersions: given.fixVersions ?? [],
      links: given.links ?? [],
      ...(given.parent === undefined ? {} : { parent: given.parent }),
    };
    issues.push(issue);
    return issue;
  };

  const authorized = (header: string | undefined): boolean => {
    if (deployment === 'cloud') {
      const expected = Buffer.from(`${options.email ?? ''}:${options.apiToken ?? ''}`).toString('base64');
      return header === `Basic ${expected}`;
    }
    return header === `Bearer ${options.pat ?? ''}`;
  };

  const error = (status: number, ...messages: string[]) => ({
    status,
    body: { errorMessages: messages, errors: {} },
  });

  const search = (
    jqlText: string,
    fields: string[],
    maxResults: number,
    position: { token?: string; startAt?: number },
  ): { status: number; body: unknown } => {
    const parsed = parseJql(jqlText);
    if ('error' in parsed) return error(400, parsed.error);
    if (deployment === 'cloud' && !isBounded(parsed.query))
      return error(
        400,
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      );
    for (const clause of parsed.query.clauses.filter((c) => c.field === 'project')) {
      for (const key of clause.values) {
        if (!options.projects.includes(key) || (options.hiddenProjects ?? []).includes(key))
          return error(400, `The value '${key}' does not exist for the field 'project'.`);
      }
    }
    const found = issues
      .filter((issue) => matches(parsed.query, issue))
      .sort((a, b) => compareKeys(a.key, b.key) * (parsed.query.order === 'desc' ? -1 : 1));
    const keysOnly = fields.every((f) => f === 'id' || f === 'key');
    const cap =
      deployment === 'cloud'
        ? keysOnly
          ? cloudCaps.keysOnly
          : cloudCaps.withFields
        : (options.dataCenterPageCap ?? 1000);
    const size = Math.max(0, Math.min(maxResults, cap));
    let offset = position.startAt ?? 0;
    if (position.token !== undefined) {
      const decoded = decodeToken(position.token);
      if (decoded === undefined || decoded.jql !== jqlText)
        return error(400, 'The provided next page token is invalid or expired.');
      offset = decoded.offset;
    }
    const byKey = new Map(issues.map((i) => [i.key, i]));
    const page = found.slice(offset, offset + size).map((issue) =>
      renderIssue(issue, fields, {
        site,
        version,
        sprints,
        withSoftware: software,
        legacySprints: options.legacySprints === true,
        byKey,
      }),
    );
    if (deployment === 'cloud') {
      const isLast = offset + size >= found.length;
      return {
        status: 200,
        body: {
          issues: page,
          isLast,
          ...(isLast ? {} : { nextPageToken: encodeToken({ offset: offset + size, jql: jqlText }) }),
        },
      };
    }
    return {
      status: 200,
      body: { expand: 'schema,names', startAt: offset, maxResults: size, total: found.length, issues: page },
    };
  };

  const createIssue = (body: unknown): { status: number; body: unknown } => {
    if (options.readOnly === true)
      return error(403, 'You do not have permission to create issues in this project.');
    const fields = (body as { fields?: Record<string, unknown> }).fields ?? {};
    const project = (fields.project as { key?: unknown } | undefined)?.key;
    if (typeof project !== 'string' || !options.projects.includes(project))
      return { status: 400, body: { errorMessages: [], errors: { project: 'valid project is required' } } };
    const type = (fields.issuetype as { name?: unknown } | undefined)?.name;
    if (typeof type !== 'string' || !['Task', 'Story', 'Bug', 'Epic'].includes(type))
      return {
        status: 400,
        body: { errorMessages: [], errors: { issuetype: 'valid issue type is required' } },
      };
    if (typeof fields.summary !== 'string' || fields.summary === '')
      return {
        status: 400,
        body: { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } },
      };
    const description = fields.description;
    const adf =
      typeof description === 'object' &&
      description !== null &&
      (description as { type?: unknown }).type === 'doc';
    if (description !== undefined && (deployment === 'cloud' ? !adf : typeof description !== 'string')) {
      return {
        status: 400,
        body: {
          errorMessages: [],
          errors: {
            description:
              deployment === 'cloud'
                ? 'Operation value must be an Atlassian Document'
                : 'Operation value must be a string',
          },
        },
      };
    }
    const labels = fields.labels;
    if (
      labels !== undefined &&
      (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || /\s/.test(l)))
    )
      return {
        status: 400,
        body: { errorMessages: [], errors: { labels: 'The label must not contain spaces.' } },
      };
    const issue = addIssue(project, {
      summary: fields.summary,
      description: description ?? null,
      labels: (labels as string[] | undefined) ?? [],
      issueType: type,
    });
    return {
      status: 201,
      body: { id: issue.id, key: issue.key, self: `${site}/rest/api/${version}/issue/${issue.id}` },
    };
  };

  const route = (
    operation: JiraOperation,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ) => {
    const fieldsOf = (value: unknown): string[] =>
      Array.isArray(value) ? value.flatMap((f) => String(f).split(',')) : [];
    switch (`${operation.method} ${operation.template}`) {
      case 'GET /rest/api/3/field':
        return { status: 200, body: fieldList(software) };
      case 'GET /rest/api/3/myself':
        return {
          status: 200,
          body: { accountId: '5b10a2844c20165700ede21g', displayName: 'Build agent', active: true },
        };
      case 'GET /rest/api/3/serverInfo':
        return {
          status: 200,
          body: {
            baseUrl: site,
            deploymentType: deployment === 'cloud' ? 'Cloud' : 'Server',
            version: deployment === 'cloud' ? '1001.0.0' : '9.12.0',
          },
        };
      case 'POST /rest/api/3/search/jql':
      case 'GET /rest/api/3/search/jql': {
        if (deployment !== 'cloud') return error(404, 'null for uri: /rest/api/2/search/jql');
        const b = (operation.method === 'POST' ? body : {}) as Record<string, unknown>;
        const jql =
          operation.method === 'POST' ? (typeof b.jql === 'string' ? b.jql : '') : (query.get('jql') ?? '');
        const fields = operation.method === 'POST' ? fieldsOf(b.fields) : fieldsOf(query.getAll('fields'));
        const max = Number(
          operation.method === 'POST' ? (b.maxResults ?? 50) : (query.get('maxResults') ?? 50),
        );
        const token = operation.method === 'POST' ? b.nextPageToken : query.get('nextPageToken');
        return search(
          jql,
          fields.length === 0 ? ['id'] : fields,
          max,
          typeof token === 'string' ? { token } : {},
        );
      }
      case 'POST /rest/api/3/search':
      case 'GET /rest/api/3/search': {
        // Removed from Cloud in 2025 (CHANGE-2046): the enhanced search replaces it.
        if (deployment === 'cloud')
          return error(
            410,
            'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
          );
        const b = (operation.method === 'POST' ? body : {}) as Record<string, unknown>;
        const jql =
          operation.method === 'POST' ? (typeof b.jql === 'string' ? b.jql : '') : (query.get('jql') ?? '');
        const fields = operation.method === 'POST' ? fieldsOf(b.fields) : fieldsOf(query.getAll('fields'));
        const max = Number(
          operation.method === 'POST' ? (b.maxResults ?? 50) : (query.get('maxResults') ?? 50),
        );
        const startAt = Number(operation.method === 'POST' ? (b.startAt ?? 0) : (query.get('startAt') ?? 0));
        return search(jql, fields.length === 0 ? ['*navigable'] : fields, max, { startAt });
      }
      case 'POST /rest/api/3/issue':
        return createIssue(body);
      case 'GET /rest/api/3/issue/{issueIdOrKey}': {
        const issue = issues.find((i) => i.key === params.issueIdOrKey || i.id === params.issueIdOrKey);
        if (!issue) return error(404, 'Issue does not exist or you do not have permission to see it.');
        const fields = fieldsOf(query.getAll('fields'));
        return {
          status: 200,
          body: renderIssue(issue, fields.length === 0 ? ['*all'] : fields, {
            site,
            version,
            sprints,
            withSoftware: software,
            legacySprints: options.legacySprints === true,
            byKey: new Map(issues.map((i) => [i.key, i])),
          }),
        };
      }
      default:
        return undefined;
    }
  };

  const handle = (request: IncomingMessage, rawBody: string, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const send = (
      status: number,
      body: unknown,
      routeName: string,
      headers: Record<string, string> = {},
      cut = false,
    ) => {
      requests.push({
        method,
        route: routeName,
        ...(parsedBody === undefined ? {} : { body: parsedBody }),
        status,
      });
      const text = body === undefined ? '' : JSON.stringify(body);
      response.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
      response.end(cut ? text.slice(0, Math.floor(text.length / 2)) : text);
    };
    let parsedBody: unknown;
    if (rawBody !== '') {
      try {
        parsedBody = JSON.parse(rawBody);
      } catch {
        violations.push(`${method} ${url.pathname}: the body is not JSON`);
        send(
          400,
          { errorMessages: ['Unexpected character in the request body.'] },
          `${method} ${url.pathname}`,
        );
        return;
      }
      if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
        violations.push(
          `${method} ${url.pathname}: a JSON body sent as ${request.headers['content-type'] ?? '(no content type)'}`,
        );
    }
    if (!url.pathname.startsWith(`${contextPath}/rest/`)) {
      violations.push(`${method} ${url.pathname}: outside ${contextPath}/rest/`);
      send(404, undefined, `${method} ${url.pathname}`);
      return;
    }
    const path = url.pathname.slice(contextPath.length);
    if (!authorized(request.headers.authorization)) {
      // Jira answers 401 with an HTML or JSON page; the fake keeps to JSON.
      send(
        401,
        { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'] },
        `${method} ${path}`,
      );
      return;
    }
    if (deployment === 'data-center' && path.startsWith('/rest/api/3/')) {
      violations.push(`${method} ${path}: Data Center has no REST API v3`);
      send(404, { errorMessages: [`null for uri: ${site}${path}`] }, `${method} ${path}`);
      return;
    }
    const checked = checkJiraRequest(method, path, url.searchParams, parsedBody);
    const routeName = `${method} ${checked.operation ? checked.operation.template.replace('/rest/api/3/', `/rest/api/${path.split('/')[3] ?? '3'}/`) : path}`;
    if (checked.problems.length > 0) {
      violations.push(...checked.problems.map((p) => `${method} ${path}: ${p}`));
      send(400, { errorMessages: checked.problems }, routeName);
      return;
    }
    const operation = checked.operation;
    if (!operation) return;
    const fault = faults.get(routeName)?.shift();
    if (fault?.type === 'status') {
      send(
        fault.status,
        { errorMessages: [fault.status === 429 ? 'Rate limit exceeded.' : 'Internal server error'] },
        routeName,
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
      );
      return;
    }
    if (fault?.type === 'drop') {
      requests.push({ method, route: routeName, status: 0 });
      request.socket.destroy();
      return;
    }
    const answer = route(operation, checked.params, url.searchParams, parsedBody);
    if (!answer) {
      violations.push(`${method} ${path}: the fake does not implement ${operation.template}`);
      send(501, { errorMessages: ['not implemented by the fake'] }, routeName);
      return;
    }
    if (answer.status < 300)
      violations.push(
        ...checkJiraAnswer(operation, answer.body).map((p) => `the fake's answer to ${routeName}: ${p}`),
      );
    send(answer.status, answer.body, routeName, {}, fault?.type === 'truncate');
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, Buffer.concat(chunks).toString('utf8'), response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${contextPath}`;

  return {
    get site() {
      return site;
    },
    issues,
    sprints,
    requests,
    violations,
    addIssue,
    fault(routeName, ...list) {
      faults.set(routeName, [...(faults.get(routeName) ?? []), ...list]);
    },
    count: (routeName) => requests.filter((r) => r.route === routeName).length,
    expectNoViolations() {
      const pending = [...faults].flatMap(([r, list]) => list.map((f) => `${r}: ${f.type} never served`));
      if (violations.length > 0 || pending.length > 0)
        throw new Error([...violations, ...pending].join('\n'));
    },
    clearViolations() {
      violations.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** PROJ-9 before PROJ-10: by project, then by number. */
function compareKeys(a: string, b: string): number {
  const [pa = '', na = '0'] = a.split('-');
  const [pb = '', nb = '0'] = b.split('-');
  return pa === pb ? Number(na) - Number(nb) : pa < pb ? -1 : 1;
}

function encodeToken(value: { offset: number; jql: string }): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeToken(token: string): { offset: number; jql: string } | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      offset?: unknown;
      jql?: unknown;
    };
    return typeof value.offset === 'number' && typeof value.jql === 'string'
      ? { offset: value.offset, jql: value.jql }
      : undefined;
  } catch {
    return undefined;
  }
}

export { sprintFieldId };
