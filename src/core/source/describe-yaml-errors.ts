import { isCollection, isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Finding } from '../findings/finding.js';
import { findDuplicateKeys } from './find-duplicate-keys.js';
import type { SourceIndex } from './source-index.js';

export const syntaxHint =
  'Fix the syntax at this place; the whole file must be valid YAML 1.2 (or JSON) before anything else is checked.';
export const nestingHint =
  'Flatten this part of the file: no threat-align document needs more than a few levels of nesting.';
const indentationHint =
  'Check the indentation against the lines above: the keys of one mapping line up exactly, and each list item starts with "- ".';

/**
 * The parser's errors as findings. A syntax error is reported alone, at the first place it occurs:
 * the parser's later errors are knock-on effects that only confuse. Duplicate keys (TA103) are all
 * reported, each naming the key and where it first appears: found by `findDuplicateKeys` in one
 * pass (the document is parsed without the parser's own check, which is quadratic in a mapping's keys).
 */
export function describeYamlErrors(
  document: Document,
  source: string,
  index: SourceIndex,
  maxDepth: number,
): Finding[] {
  const syntax = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  const first = syntax.sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const { offset, message, hint } = describeSyntaxError(first, document, source, maxDepth);
    return [
      { check: 'TA101', severity: 'error', message, location: index.at(offset), hint, subject: 'syntax' },
    ];
  }
  const occurrences = new Map<string, number>();
  return findDuplicateKeys(document.contents).map(({ offset, key, firstOffset }) => {
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    const firstAt = firstOffset === undefined ? undefined : index.at(firstOffset);
    const where = firstAt ? ` (first at line ${firstAt.line}:${firstAt.column})` : '';
    return {
      check: 'TA103',
      severity: 'error',
      message: `duplicate key ${JSON.stringify(key)}${where}: a mapping may name each key once`,
      location: index.at(offset),
      hint: 'Remove one of the two entries, or merge them into one.',
      // By key and occurrence, never by offset: an edit elsewhere in the file keeps the fingerprint.
      subject: `duplicate-key:${key}:${occurrence}`,
    };
  });
}

interface Described {
  offset: number;
  message: string;
  hint: string;
}

function describeSyntaxError(
  error: YAMLError,
  document: Document,
  source: string,
  maxDepth: number,
): Described {
  const at = error.pos[0];
  const text = error.message;
  if (error.code === 'MISSING_CHAR' && /closing .?quote/i.test(text)) {
    const start = nodeEndingAt(document, at, (node) => isScalar(node) && /^QUOTE_/.test(String(node.type)));
    if (start !== undefined) {
      const quote = source.charAt(start);
      return {
        offset: start,
        message: `invalid YAML: the string that starts here with ${quote} is never closed`,
        hint: `Add the closing ${quote} where the string ends, or write the value without quotes.`,
      };
    }
  }
  if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(text)) {
    const start = nodeEndingAt(document, at, (node) => isCollection(node) && node.flow === true);
    if (start !== undefined) {
      const open = source.charAt(start);
      const close = open === '{' ? '}' : ']';
      return {
        offset: start,
        message: `invalid YAML: the ${open} opened here is never closed with ${close}`,
        hint: `Add the closing ${close} before the next line, or write one "- item" per line instead.`,
      };
    }
  }
  if (error.code === 'TAB_AS_INDENT') {
    return {
      offset: at,
      message: 'invalid YAML: a tab indents this line; YAML indents with spaces only',
      hint: 'Replace the tabs at the start of this line with spaces.',
    };
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return {
      offset: at,
      message: 'invalid YAML: a second document starts here; a file holds one document',
      hint: 'Remove the "---" line and what follows it, or merge the two documents into one.',
    };
  }
  if (/maximum call stack/i.test(text)) {
    const deep = deepFlowNesting(source, maxDepth);
    if (deep !== undefined)
      return { offset: deep, message: `nesting is deeper than ${maxDepth} levels`, hint: nestingHint };
    return { offset: at, message: 'nesting is too deep to read', hint: nestingHint };
  }
  const indentation =
    ['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'].includes(error.code) ||
    /without - indicator/.test(text);
  const message = /without - indicator/.test(text)
    ? 'this line is inside the list above, but neither starts a "- " item nor lines up with the keys of one'
    : text.charAt(0).toLowerCase() + text.slice(1);
  return {
    offset: skipSpaces(source, at),
    message: `invalid YAML: ${message}`,
    hint: indentation ? indentationHint : syntaxHint,
  };
}

/** The start of the node that the predicate accepts and that ends at `offset`, if any. */
function nodeEndingAt(
  document: Document,
  offset: number,
  accept: (node: Node) => boolean,
): number | undefined {
  let start: number | undefined;
  visit(document, {
    Node(_key, node) {
      if (start === undefined && node.range?.[1] === offset && accept(node)) start = node.range[0];
    },
  });
  return start;
}

/**
 * Where brackets first nest deeper than `maxDepth`, for the parser's stack overflow (only flow
 * collections nest that deep in a file of sane size). Quoted strings are skipped; a quote inside a
 * plain scalar can mislead the scan, and then the parser's own place is reported instead.
 */
function deepFlowNesting(source: string, maxDepth: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charAt(i);
    if (c === '"' || c === "'") {
      const end = closingQuote(source, i);
      if (end === -1) return undefined;
      i = end;
    } else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth -= 1;
    }
  }
  return undefined;
}

function closingQuote(source: string, start: number): number {
  const quote = source.charAt(start);
  for (let i = start + 1; i < source.length; i += 1) {
    const c = source.charAt(i);
    if (quote === '"' && c === '\\') i += 1;
    else if (c === quote && !(quote === "'" && source.charAt(i + 1) === "'")) return i;
    else if (c === quote) i += 1;
  }
  return -1;
}

function skipSpaces(source: string, offset: number): number {
  let i = offset;
  while (source.charAt(i) === ' ') i += 1;
  return source.charAt(i) === '\n' || source.charAt(i) === '\r' || i >= source.length ? offset : i;
}
