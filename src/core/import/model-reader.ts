import type { Finding } from '../findings/finding.js';
import type { ThreatModel } from '../model/threat-model.js';
import type { SourceIndex } from '../source/source-index.js';

export type ImportFormat =
  'threat-dragon-v1' | 'threat-dragon-v2' | 'ms-tmt' | 'threagile' | 'threat-composer';

/** Something the reader inferred rather than read, to show as a comment in `threat-align import` output. */
export interface InferenceNote {
  /** JSON Pointer into the native model, e.g. `/components/3/type`. */
  pointer: string;
  text: string;
}

/** What a reader makes of a file: a native model (plain data), where its parts came from, and what it could not map. */
export interface ImportResult {
  format: ImportFormat;
  /** The native model; undefined when the file could not be read at all (then `findings` says why). */
  model?: ThreatModel;
  /**
   * Native JSON Pointers (`/components/3/id`, `/flows/0/from`, `/threats/2/id` …) → places in the
   * SOURCE file, so that findings on the imported model point into the file the team edits. Build
   * it over the source text: `new SourceIndex(sourceFile, sourceText)` then `record(pointer, { start, end })`
   * with character offsets into that text. Pointers not recorded fall back to their parent, then 1:1.
   */
  index: SourceIndex;
  /** Problems of the source file (TA101 for unreadable input) and elements that could not be mapped (TA107). */
  findings: Finding[];
  notes: InferenceNote[];
}

/** A reader of another tool's threat-model format (SPEC §3.2). Pure: text in, native model out. */
export interface ModelReader {
  format: ImportFormat;
  /** A short name for messages, such as "OWASP Threat Dragon v2". */
  title: string;
  /** Whether the text is this format, judged by its content (the file name is only a tie-breaker). */
  detect(text: string, file: string): boolean;
  /** `options` is optional: a reader that needs nothing more ignores it, and every caller may leave it out. */
  read(file: string, text: string, options?: ReadOptions): ImportResult;
  /**
   * For a format whose files include others (Threagile): the texts of the files `text` includes,
   * read through `read` (a port; paths relative to the model's folder), for `ReadOptions.includes`.
   */
  collectIncludes?(
    text: string,
    read: (path: string) => Promise<string | undefined>,
  ): Promise<Record<string, string>>;
}

/** What a caller may hand a reader besides the file itself. The reader stays pure: it reads no file of its own. */
export interface ReadOptions {
  /**
   * Texts of other files the model includes (Threagile `includes:`), by their path as written in the
   * including file, relative to the model's folder (`parts/assets.yaml`). An include that is not given
   * is reported (TA107), never read.
   */
  includes?: Readonly<Record<string, string>>;
}
