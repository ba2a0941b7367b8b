import type { JsonImportSource } from '../json-import-source.js';
import { NativeModelBuilder } from '../native-model-builder.js';

/**
 * The shared builder, plus places by key: a Threagile entry's value starts on the line after its
 * title, but a reader looks for the title. Whole entries (assets, links, risks) are shown there.
 */
export class ThreagileBuilder extends NativeModelBuilder {
  private readonly lineStarts: number[] = [0];

  constructor(source: JsonImportSource) {
    super('threagile', source);
    const text = source.text;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** The native `pointer` shows the source entry at `from`, from its key to the end of its value. */
  traceEntry(pointer: string, from: string): void {
    const key = this.source.index.locate(from, 'key');
    const value = this.source.index.locate(from);
    const start = this.offset(key.line, key.column);
    const end = value.endLine === undefined ? start : this.offset(value.endLine, value.endColumn ?? 1);
    this.index.record(pointer, { start, end: Math.max(start, end) });
  }

  /** TA107 at the key of the entry at `from`. */
  unmappedEntry(from: string, subject: string, message: string, hint: string): void {
    this.findings.push({
      check: 'TA107',
      severity: 'warning',
      message,
      location: this.source.index.locate(from, 'key'),
      hint,
      subject,
    });
  }

  private offset(line: number, column: number): number {
    return (this.lineStarts[line - 1] ?? 0) + column - 1;
  }
}
