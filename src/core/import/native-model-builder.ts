import type { Finding } from '../findings/finding.js';
import type { ThreatModel } from '../model/threat-model.js';
import { SourceIndex } from '../source/source-index.js';
import { SourceSpans, type JsonImportSource } from './json-import-source.js';
import type { ImportFormat, ImportResult, InferenceNote } from './model-reader.js';
import { NativeIds } from './native-ids.js';

export const importDocs = 'docs/importing.md';

/**
 * What every reader of a JSON format keeps while it maps a file: the ids it has handed out, where
 * each native node came from, what it inferred (notes) and what it could not map (findings).
 */
export class NativeModelBuilder {
  readonly ids = new NativeIds();
  readonly index: SourceIndex;
  readonly findings: Finding[] = [];
  readonly notes: InferenceNote[] = [];
  private readonly spans: SourceSpans;

  constructor(
    readonly format: ImportFormat,
    readonly source: JsonImportSource,
  ) {
    this.index = new SourceIndex(source.file, source.text);
    this.spans = new SourceSpans(source);
  }

  /** The native node at `pointer` came from the source node at `from` (a source JSON Pointer). */
  trace(pointer: string, from: string): void {
    this.index.record(pointer, this.spans.span(from));
  }

  /** Something inferred rather than read, shown as a comment by `threat-align import`. */
  note(pointer: string, text: string): void {
    this.notes.push({ pointer, text });
  }

  /** TA107: a part of the source that the native model cannot hold, at its place in the source. */
  unmapped(from: string, subject: string, message: string, hint: string): void {
    this.findings.push({
      check: 'TA107',
      severity: 'warning',
      message,
      location: this.source.index.locate(from),
      hint,
      subject,
    });
  }

  /** TA101: the source cannot yield a model at all. */
  unreadable(from: string, subject: string, message: string, hint: string): ImportResult {
    this.findings.push({
      check: 'TA101',
      severity: 'error',
      message,
      location: this.source.index.locate(from),
      hint,
      subject,
    });
    return this.result();
  }

  result(model?: ThreatModel): ImportResult {
    return {
      format: this.format,
      ...(model ? { model } : {}),
      index: this.index,
      findings: this.findings,
      notes: this.notes,
    };
  }
}
