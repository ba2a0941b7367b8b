import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Finding } from '../findings/finding.js';
import { describeYamlErrors, nestingHint, syntaxHint } from './describe-yaml-errors.js';
import { findAliasProblem } from './find-alias-problem.js';
import { findJsonError } from './find-json-error.js';
import { jsonNodeSpans } from './json-node-spans.js';
import { childPointer, SourceIndex } from './source-index.js';

/** A YAML or JSON document: its plain value, where each node sits, and what went wrong reading it. */
export interface ParsedDocument {
  value: unknown;
  index: SourceIndex;
  findings: Finding[];
}

export interface ParseOptions {
  /**
   * Resolve YAML merge keys (`<<: *base`, `<<: [*a, *b]`): the YAML 1.1 habit that other tools'
   * files (Threagile) rely on. Native models keep YAML 1.2, where `<<` is an ordinary key.
   */
  mergeKeys?: boolean;
}

/**
 * Nesting deeper than this is refused: no real model needs it, and it guards the walk below.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const maxNestingDepth = 64;

const emptyHint =
  'Write the document: a mapping of keys and values (for a threat model, at least schema:, system: and components:).';

/**
 * Parses YAML 1.2, keeping the position of every node. A `.json` file is strict JSON: JSON.parse
 * reads it and json-node-spans.ts locates its nodes; the YAML parser reads it only for the findings
 * that path owns (duplicate keys, too deep nesting). Syntax problems come back as TA101 findings, never as exceptions.
 */
export function parseSourceDocument(file: string, text: string, options: ParseOptions = {}): ParsedDocument {
  // YAML 1.2 ends a line at a lone CR too (old Mac files), the parser does not: CR → LF keeps every
  // offset, and text-position.ts counts a lone CR as a line end already.
  const source = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r(?!\n)/g, '\n');
  const index = new SourceIndex(file, source);
  const fail = (offset: number, message: string, hint = syntaxHint, subject = 'syntax'): ParsedDocument => ({
    value: undefined,
    index,
    findings: [{ check: 'TA101', severity: 'error', message, location: index.at(offset), hint, subject }],
  });

  if (/\.json$/i.test(file) && source.trim() !== '') {
    const json = readStrictJson(source);
    if ('offset' in json) return fail(json.offset, `invalid JSON: ${json.message}`);
    // Valid JSON skips the YAML parser, which takes seconds and hundreds of MB on a 20 MB string;
    // the spans are the ones it would record, so every finding keeps its line:column.
    const spans = jsonNodeSpans(source, maxNestingDepth);
    if (spans !== undefined) {
      for (const [pointer, span] of spans) index.record(pointer, span);
      return { value: json.value, index, findings: [] };
    }
  }

  let document;
  // The parser makes an Error for every problem it meets, and a stack trace for each costs more
  // than the parse: a flow sequence of 400,000 commas (400,000 errors) took 13 s, 1 s without. The
  // findings say where, from the errors' offsets; no stack is ever shown. Duplicate keys are found
  // after the parse, in one pass (describeYamlErrors): the parser's uniqueKeys is quadratic.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    document = parseDocument(source, {
      prettyErrors: false,
      uniqueKeys: false,
      version: '1.2',
      strict: true,
      merge: options.mergeKeys === true,
    });
  } catch (error) {
    return fail(0, `the file cannot be parsed: ${describeThrown(error)}`);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }

  const findings = describeYamlErrors(document, source, index, maxNestingDepth);
  if (findings.length > 0) return { value: undefined, index, findings };
  if (document.contents === null) return fail(0, 'the file is empty: expected a mapping', emptyHint, 'empty');

  const tooDeep = indexNodes(document.contents, '', index, 0);
  if (tooDeep) {
    const message = `nesting is deeper than ${maxNestingDepth} levels`;
    return fail(tooDeep.range?.[0] ?? 0, message, nestingHint, 'nesting');
  }
  const aliasProblem = findAliasProblem(document.contents, maxNestingDepth);
  if (aliasProblem) return fail(aliasProblem.offset, aliasProblem.message, aliasProblem.hint, 'alias');

  try {
    // Aliases are checked above, with their place; the library's own count would only repeat it at 1:1.
    return { value: document.toJS({ maxAliasCount: -1 }), index, findings };
  } catch (error) {
    return fail(0, `the document cannot be read: ${describeThrown(error)}`);
  }
}

/** Records every node's span; returns the first node that nests too deeply, if any. */
function indexNodes(node: unknown, pointer: string, index: SourceIndex, depth: number): Node | undefined {
  if (!isNodeWithRange(node)) return undefined;
  if (depth > maxNestingDepth) return node;
  const [start, end] = node.range; // [start, end of the value, end with trailing comments]
  if (!index.has(pointer)) index.record(pointer, { start, end });
  if (isAlias(node)) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = childPointer(pointer, key);
      const keyStart = isNodeWithRange(pair.key) ? pair.key.range[0] : start;
      const value = pair.value;
      if (isNodeWithRange(value)) {
        index.record(child, { keyStart, start: value.range[0], end: value.range[1] });
        const deep = indexNodes(value, child, index, depth + 1);
        if (deep) return deep;
      } else {
        index.record(child, { keyStart, start: keyStart, end: keyStart });
      }
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const deep = indexNodes(item, childPointer(pointer, i), index, depth + 1);
      if (deep) return deep;
    }
  }
  return undefined;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

/** The value of a strict JSON text, or where it stops being strict JSON: JSON.parse decides, findJsonError locates. */
function readStrictJson(text: string): { value: unknown } | { offset: number; message: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return findJsonError(text) ?? { offset: 0, message: lowerFirst(describeThrown(error)) };
  }
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
