import { canSee } from './access.js';
import { issueJson } from './rest-representations.js';
import type { RestAnswer, RestContext } from './rest-support.js';
import { errorAnswer, paginate } from './rest-support.js';
import type { FakeIssue, FakeRepository } from './state.js';

interface IssueQuery {
  repositories: string[];
  labels: string[];
  kind?: 'issue' | 'pr';
  state?: 'open' | 'closed';
  fields: ('title' | 'body')[];
  words: string[];
}

/**
 * `GET /search/issues` for the qualifiers an adapter needs: `repo:`, `label:`, `is:issue|pr|open|closed`,
 * `state:`, `type:`, `in:title|body` and plain words (matched case-insensitively as substrings).
 * Any other qualifier is a violation rather than a silently wrong answer.
 */
export function searchIssues(ctx: RestContext): RestAnswer {
  const parsed = parseQuery(ctx, ctx.query.get('q') ?? '');
  if (parsed.repositories.length === 0) {
    return errorAnswer(422, 'Validation Failed', ctx.operation.docUrl, {
      errors: [
        { resource: 'Search', field: 'q', code: 'invalid', message: 'the fake needs a repo: qualifier' },
      ],
    });
  }
  if (parsed.kind === undefined)
    ctx.strict("search without 'is:issue' or 'is:pr': GitHub requires one of them");
  const found: { repository: FakeRepository; issue: FakeIssue }[] = [];
  for (const name of parsed.repositories) {
    const repository = ctx.state.repository(name);
    if (repository === undefined || !canSee(ctx.caller, repository)) continue;
    for (const issue of repository.issues.values()) {
      if (matches(parsed, issue)) found.push({ repository, issue });
    }
  }
  const { page, headers } = paginate(ctx, found, '/search/issues');
  return {
    status: 200,
    headers,
    body: {
      total_count: found.length,
      incomplete_results: false,
      search_type: 'lexical',
      items: page.map(({ repository, issue }) => ({
        ...issueJson(ctx.urls, ctx.state, repository, issue),
        score: 1,
      })),
    },
  };
}

function parseQuery(ctx: RestContext, q: string): IssueQuery {
  const query: IssueQuery = { repositories: [], labels: [], fields: [], words: [] };
  for (const raw of q.match(/(?:[^\s"]+|"[^"]*")+/g) ?? []) {
    const token = raw.replace(/"/g, '');
    // A quoted phrase is text even with a colon in it; `label:"user story"` is still a qualifier.
    const colon = raw.startsWith('"') ? -1 : token.indexOf(':');
    const [qualifier, value = ''] =
      colon < 0 ? [undefined, token] : [token.slice(0, colon), token.slice(colon + 1)];
    if (qualifier === undefined) query.words.push(value.toLowerCase());
    else if (qualifier === 'repo') query.repositories.push(value);
    else if (qualifier === 'label') query.labels.push(value.toLowerCase());
    else if (
      (qualifier === 'is' || qualifier === 'type') &&
      ['issue', 'pr', 'pull-request'].includes(value)
    ) {
      query.kind = value === 'issue' ? 'issue' : 'pr';
    } else if ((qualifier === 'is' || qualifier === 'state') && (value === 'open' || value === 'closed')) {
      query.state = value;
    } else if (qualifier === 'in' && (value === 'title' || value === 'body')) query.fields.push(value);
    else ctx.strict(`search qualifier '${token}' is not implemented by the fake`);
  }
  return query;
}

function matches(query: IssueQuery, issue: FakeIssue): boolean {
  if (query.kind === 'issue' && issue.pullRequest !== undefined) return false;
  if (query.kind === 'pr' && issue.pullRequest === undefined) return false;
  if (query.state !== undefined && issue.state !== query.state) return false;
  if (!query.labels.every((l) => issue.labels.some((name) => name.toLowerCase() === l))) return false;
  const fields = query.fields.length === 0 ? ['title', 'body'] : query.fields;
  const text = fields
    .map((f) => (f === 'title' ? issue.title : (issue.body ?? '')))
    .join('\n')
    .toLowerCase();
  return query.words.every((word) => text.includes(word));
}
