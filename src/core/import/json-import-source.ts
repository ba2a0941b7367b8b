import type { Finding } from '../findings/finding.js';
import { parseSourceDocument, type ParseOptions } from '../source/parse-document.js';
import { SourceIndex } from '../source/source-index.js';

/** A plain JSON object as a reader sees it: every value still to be checked. */
export type JsonObject = Record<string, unknown>;

/** Another tool's JSON file, parsed with the place of every node (JSON Pointers of the SOURCE file). */
export interface JsonImportSource {
  file: string;
  /** The text the positions refer to (a leading BOM removed, as the parser does). */
  text: string;
  root: unknown;
  /** Source pointers → places; `locate` falls back to the nearest ancestor. */
  index: SourceIndex;
}

/**
 * Parses another tool's JSON through the same parser as native models (positions, nesting limit,
 * strict JSON for `.json` files); syntax problems come back as TA101 findings.
 */
export function readJsonImportSource(
  file: string,
  text: string,
  options: ParseOptions = {},
):
  | { source: JsonImportSource; findings: [] }
  | { source?: undefined; index: SourceIndex; findings: Finding[] } {
  const parsed = parseSourceDocument(file, text, options);
  if (parsed.findings.length > 0) return { index: parsed.index, findings: parsed.findings };
  const stripped = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return { source: { file, text: stripped, root: parsed.value, index: parsed.index }, findings: [] };
}

let lastParsed: { text: string; value: unknown } | undefined;

/**
 * The text as JSON, or undefined when it is not JSON. For `detect`: every reader asks about the same
 * text in turn, so the last answer is kept (one entry, never more).
 */
export function parseJsonForDetection(text: string): unknown {
  if (lastParsed?.text === text) return lastParsed.value;
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
  } catch {
    value = undefined;
  }
  lastParsed = { text, value };
  return value;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's own property (never one inherited from Object.prototype, whatever the key). */
export function field(value: unknown, key: string): unknown {
  return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** A nested own property: `dig(cell, 'attrs', 'text', 'text')`. */
export function dig(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof key === 'number') current = Array.isArray(current) ? (current[key] as unknown) : undefined;
    else current = field(current, key);
  }
  return current;
}

/** A string or number as trimmed text; anything else (and blank text) as undefined. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** One line: runs of white space (line breaks included) become one space. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Cut at a word boundary near `max` characters, with an ellipsis when anything was cut. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The offsets of a source node, for recording a native pointer at the same place. */
export class SourceSpans {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly source: JsonImportSource) {
    const { text: body } = source;
    for (let i = 0; i < body.length; i += 1) {
      const c = body.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && body.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  span(pointer: string): { start: number; end: number } {
    const location = this.source.index.locate(pointer);
    const start = this.offset(location.line, location.column);
    const end =
      location.endLine === undefined || location.endColumn === undefined
        ? start
        : this.offset(location.endLine, location.endColumn);
    return { start, end };
  }

  private offset(line: number, column: number): number {
    return (this.lineStarts[line - 1] ?? 0) + column - 1;
  }
}
