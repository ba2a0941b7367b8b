import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Finding } from '../findings/finding.js';
import { childPointer, SourceIndex } from './source-index.js';

/** A YAML or JSON document: its plain value, where each node sits, and what went wrong reading it. */
export interface ParsedDocument {
  value: unknown;
  index: SourceIndex;
  findings: Finding[];
}

/** Nesting deeper than this is refused: no real model needs it, and it guards the walk below. */
export const maxNestingDepth = 64;
/** YAML aliases resolved at the most: an alias bomb stops here instead of exhausting memory. */
export const maxAliasCount = 1000;

const syntaxHint =
  'Fix the syntax at this place; the whole file must be valid YAML 1.2 (or JSON) before anything else is checked.';

/**
 * Parses YAML 1.2 (JSON is read through the same parser, after a strict JSON pass for `.json` files),
 * keeping the position of every node. Syntax problems come back as TA101 findings, never as exceptions.
 */
export function parseSourceDocument(file: string, text: string): ParsedDocument {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const index = new SourceIndex(file, source);
  const findings: Finding[] = [];
  const fail = (offset: number, message: string, check = 'TA101', subject = 'syntax'): ParsedDocument => {
    findings.push({
      check,
      severity: 'error',
      message,
      location: index.at(offset),
      hint: syntaxHint,
      subject,
    });
    return { value: undefined, index, findings };
  };

  if (/\.json$/i.test(file)) {
    const jsonError = strictJsonError(source);
    if (jsonError) return fail(jsonError.offset, `invalid JSON: ${jsonError.message}`);
  }

  const lineCounter = new LineCounter();
  let document;
  try {
    document = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      version: '1.2',
      strict: true,
    });
  } catch (error) {
    return fail(0, `the file cannot be parsed: ${describeThrown(error)}`);
  }

  for (const error of document.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    findings.push({
      check: duplicate ? 'TA103' : 'TA101',
      severity: 'error',
      message: duplicate
        ? `duplicate key ${JSON.stringify(source.slice(error.pos[0], error.pos[1]) || '?')}: a mapping may name each key once`
        : `invalid YAML: ${lowerFirst(error.message)}`,
      location: index.at(error.pos[0]),
      hint: duplicate ? 'Remove or rename one of the two entries.' : syntaxHint,
      subject: `syntax@${error.pos[0]}`,
    });
  }
  if (findings.length > 0) return { value: undefined, index, findings };
  if (document.contents === null) return fail(0, 'the file is empty: expected a mapping');

  const tooDeep = indexNodes(document.contents, '', index, 0);
  if (tooDeep) return fail(tooDeep.range?.[0] ?? 0, `nesting is deeper than ${maxNestingDepth} levels`);

  try {
    return { value: document.toJS({ maxAliasCount }), index, findings };
  } catch (error) {
    return fail(0, `the document cannot be read: ${describeThrown(error)}`);
  }
}

/** Records every node's span; returns the first node that nests too deeply, if any. */
function indexNodes(node: unknown, pointer: string, index: SourceIndex, depth: number): Node | undefined {
  if (!isNodeWithRange(node)) return undefined;
  if (depth > maxNestingDepth) return node;
  const [start, , end] = node.range;
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
        index.record(child, { keyStart, start: value.range[0], end: value.range[2] });
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

/** JSON.parse's verdict, with the offset of the error when V8 reports one. */
function strictJsonError(text: string): { offset: number; message: string } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = describeThrown(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at?.[1] !== undefined ? Number(at[1]) : text.length > 0 ? text.length - 1 : 0;
    return { offset, message: lowerFirst(message.replace(/\s*(in JSON )?at position \d+.*$/s, '')) };
  }
}

export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
