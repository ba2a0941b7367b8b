import type { Caller } from './access.js';
import { canSee } from './access.js';
import type { Operation } from './openapi-description.js';
import type { Urls } from './rest-representations.js';
import type { FakeGitHubState, FakeRepository } from './state.js';

/** One validated REST request, as a route implementation sees it. */
export interface RestContext {
  state: FakeGitHubState;
  urls: Urls;
  caller: Caller;
  operation: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (already checked against the description). */
  body: Record<string, unknown>;
  /** Records a request GitHub would accept but that is almost certainly a mistake (strict mode). */
  strict: (message: string) => void;
}

export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** GitHub's error body: `{ message, documentation_url, status }`, plus `errors` for validation failures. */
export function errorAnswer(
  status: number,
  message: string,
  documentationUrl = 'https://docs.github.com/rest',
  extra: Record<string, unknown> = {},
): RestAnswer {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status), ...extra } };
}

export function notFound(): RestAnswer {
  return errorAnswer(404, 'Not Found');
}

/** The request's repository, or GitHub's 404 when it does not exist or the caller cannot see it. */
export function findRepository(ctx: RestContext): FakeRepository | RestAnswer {
  const repository = ctx.state.repository(`${ctx.params.owner ?? ''}/${ctx.params.repo ?? ''}`);
  return repository !== undefined && canSee(ctx.caller, repository) ? repository : notFound();
}

export function isAnswer(value: unknown): value is RestAnswer {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number';
}

/** `page`/`per_page` slicing with GitHub's `Link` header; per_page is capped at 100 as GitHub does. */
export function paginate<T>(
  ctx: RestContext,
  items: readonly T[],
  path: string,
): { page: T[]; headers: Record<string, string> } {
  const requested = Number(ctx.query.get('per_page') ?? 30);
  if (requested > 100) ctx.strict(`per_page=${requested}: GitHub silently caps it at 100`);
  const perPage = Math.min(Math.max(requested, 1), 100);
  const page = Math.max(Number(ctx.query.get('page') ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const links: string[] = [];
  const link = (n: number, rel: string): void => {
    const query = new URLSearchParams(ctx.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    links.push(`<${ctx.urls.api}${path}?${query.toString()}>; rel="${rel}"`);
  };
  if (page > 1) link(page - 1, 'prev');
  if (page < last) link(page + 1, 'next');
  if (page !== last) link(last, 'last');
  if (page > 1) link(1, 'first');
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length === 0 ? {} : { link: links.join(', ') },
  };
}
