import type { FileLocation } from '../findings/finding.js';
import { TextPositions } from './text-position.js';

/** Offsets of a node: its key (in a mapping), and its value's start and end. */
export interface NodeSpan {
  keyStart?: number;
  start: number;
  end: number;
}

/**
 * Where each node of a parsed document sits in its file, by JSON Pointer (RFC 6901).
 * A pointer that names no node falls back to its nearest ancestor, so every diagnostic has a place.
 */
export class SourceIndex {
  private readonly spans = new Map<string, NodeSpan>();
  private readonly positions: TextPositions;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.positions = new TextPositions(text);
  }

  record(pointer: string, span: NodeSpan): void {
    this.spans.set(pointer, span);
  }

  /**
   * Places `pointer` and everything under it where `target` and what is under it are, for a node
   * that a run derives from another (a decision written on a mitigation type of the model). A
   * pointer that names a node of the file keeps its own place.
   */
  alias(pointer: string, target: string): void {
    for (const [at, span] of [...this.spans]) {
      if (at !== target && !at.startsWith(`${target}/`)) continue;
      const aliased = pointer + at.slice(target.length);
      if (!this.spans.has(aliased)) this.spans.set(aliased, span);
    }
  }

  has(pointer: string): boolean {
    return this.spans.has(pointer);
  }

  /** The node's value, or with `key`, the key that names it in its mapping. */
  locate(pointer: string, part: 'key' | 'value' = 'value'): FileLocation {
    let current = pointer;
    for (;;) {
      const span = this.spans.get(current);
      if (span) {
        const start = part === 'key' && span.keyStart !== undefined ? span.keyStart : span.start;
        return this.at(start, part === 'key' && span.keyStart !== undefined ? undefined : span.end);
      }
      if (current === '') return this.at(0);
      current = parentPointer(current);
    }
  }

  /** A location at a character offset of the file. */
  at(offset: number, endOffset?: number): FileLocation {
    const { line, column } = this.positions.position(offset);
    const location: FileLocation = { file: this.file, line, column };
    if (endOffset !== undefined && endOffset > offset) {
      const end = this.positions.position(endOffset);
      location.endLine = end.line;
      location.endColumn = end.column;
    }
    return location;
  }
}

export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  return slash <= 0 ? '' : pointer.slice(0, slash);
}

export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** `/components/3/type` → `components[3].type`, the way a reader names a place in a model. */
export function describePointer(pointer: string): string {
  if (pointer === '') return 'the document';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
