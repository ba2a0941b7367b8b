import type { FakeJiraIssue } from './issues.js';

/** A JQL query the fake understands: clauses joined by AND, then an optional ORDER BY key. */
export interface FakeJql {
  clauses: Clause[];
  order: 'asc' | 'desc';
}

interface Clause {
  field: 'project' | 'labels' | 'issuetype' | 'status' | 'statuscategory' | 'key';
  operator: '=' | '!=' | 'in' | 'not in';
  values: string[];
}

const fields = new Set(['project', 'labels', 'issuetype', 'status', 'statuscategory', 'key']);

/**
 * Parses the JQL subset threat-align and the tests send — `field = value`, `!=`, `in (a, b)`,
 * `not in (…)` over project, labels, issuetype, status, statusCategory and key, joined by AND,
 * with `ORDER BY key [ASC|DESC]` — or says, as Jira does, what it cannot read.
 */
export function parseJql(text: string): { query: FakeJql } | { error: string } {
  const tokens = tokenize(text);
  if ('error' in tokens) return tokens;
  const list = tokens.tokens;
  const clauses: Clause[] = [];
  let order: FakeJql['order'] = 'asc';
  let i = 0;
  const peek = (): string | undefined => list[i];
  while (i < list.length) {
    if (peek()?.toLowerCase() === 'order') {
      if (list[i + 1]?.toLowerCase() !== 'by' || list[i + 2]?.toLowerCase() !== 'key')
        return {
          error: `Error in the JQL Query: the fake orders by key only (at "${list.slice(i).join(' ')}").`,
        };
      const direction = list[i + 3]?.toLowerCase();
      if (direction === 'desc') order = 'desc';
      i += direction === 'asc' || direction === 'desc' ? 4 : 3;
      if (i < list.length)
        return { error: `Error in the JQL Query: unexpected "${list[i] ?? ''}" after ORDER BY.` };
      break;
    }
    if (clauses.length > 0) {
      if (peek()?.toLowerCase() !== 'and')
        return {
          error: `Error in the JQL Query: Expecting either 'AND' or 'ORDER BY' but got '${peek() ?? ''}'.`,
        };
      i++;
    }
    const field = list[i++]?.toLowerCase() ?? '';
    if (!fields.has(field))
      return { error: `Field '${field}' does not exist or you do not have permission to view it.` };
    let operator = list[i++]?.toLowerCase() ?? '';
    if (operator === 'not' && list[i]?.toLowerCase() === 'in') {
      operator = 'not in';
      i++;
    }
    if (operator !== '=' && operator !== '!=' && operator !== 'in' && operator !== 'not in')
      return { error: `Error in the JQL Query: the operator '${operator}' is not supported by the fake.` };
    const values: string[] = [];
    if (operator === 'in' || operator === 'not in') {
      if (list[i++] !== '(') return { error: "Error in the JQL Query: Expecting '(' after IN." };
      while (i < list.length && list[i] !== ')') {
        const value = list[i++];
        if (value !== ',' && value !== undefined) values.push(unquote(value));
      }
      if (list[i++] !== ')') return { error: "Error in the JQL Query: Expecting ')'." };
    } else {
      const value = list[i++];
      if (value === undefined) return { error: 'Error in the JQL Query: Expecting a value.' };
      values.push(unquote(value));
    }
    clauses.push({ field: field as Clause['field'], operator: operator, values });
  }
  return { query: { clauses, order } };
}

/** Whether the query has a search restriction, as the enhanced search requires. */
export function isBounded(query: FakeJql): boolean {
  return query.clauses.length > 0;
}

export function matches(query: FakeJql, issue: FakeJiraIssue): boolean {
  return query.clauses.every((clause) => {
    const own = valuesOf(clause.field, issue).map((v) => v.toLowerCase());
    const hit = clause.values.some((v) => own.includes(v.toLowerCase()));
    return clause.operator === '=' || clause.operator === 'in' ? hit : !hit;
  });
}

function valuesOf(field: Clause['field'], issue: FakeJiraIssue): string[] {
  switch (field) {
    case 'project':
      return [issue.key.split('-')[0] ?? ''];
    case 'labels':
      return issue.labels;
    case 'issuetype':
      return [issue.issueType];
    case 'status':
      return [issue.status];
    case 'statuscategory':
      return [
        issue.statusCategory,
        { new: 'To Do', indeterminate: 'In Progress', done: 'Done' }[issue.statusCategory],
      ];
    case 'key':
      return [issue.key];
  }
}

function unquote(value: string): string {
  return /^".*"$|^'.*'$/.test(value) ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

function tokenize(text: string): { tokens: string[] } | { error: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push(c);
      i++;
    } else if (c === '!' && text.charAt(i + 1) === '=') {
      tokens.push('!=');
      i += 2;
    } else if (c === '=') {
      tokens.push('=');
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== c) j += text.charAt(j) === '\\' ? 2 : 1;
      if (j >= text.length)
        return { error: 'Error in the JQL Query: The quoted string has not been completed.' };
      tokens.push(text.slice(i, j + 1));
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s(),=!"']/.test(text.charAt(j))) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return { tokens };
}
