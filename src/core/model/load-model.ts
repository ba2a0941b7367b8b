import type { Finding } from '../findings/finding.js';
import { decodeText } from '../source/decode-text.js';
import { parseSourceDocument } from '../source/parse-document.js';
import { SourceIndex } from '../source/source-index.js';
import { validateDocument } from '../source/validate-document.js';
import { findReader } from '../import/readers.js';
import type { ImportFormat, InferenceNote, ModelReader, ReadOptions } from '../import/model-reader.js';
import { modelSchema } from './model-schema.js';
import type { ThreatModel } from './threat-model.js';

export interface LoadedModel {
  /** The format the model was read from, when it was not the native one. */
  importedFrom?: { format: ImportFormat; title: string; notes: InferenceNote[] };
  /** Present only when the file parsed and validated: then every later stage may trust its shape. */
  model?: ThreatModel;
  index: SourceIndex;
  findings: Finding[];
}

/** Reads a native model from its bytes or text: decode, parse, validate (TA101, and TA103 for duplicate keys). */
export function loadModel(
  file: string,
  content: Uint8Array | string,
  options: ReadOptions = {},
): LoadedModel {
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    const decoded = decodeText(content);
    if (!decoded.ok) {
      const index = new SourceIndex(file, '');
      const location = { file, line: decoded.line, column: decoded.column };
      const hint = 'Save the model as UTF-8 text.';
      return {
        index,
        findings: [
          {
            check: 'TA101',
            severity: 'error',
            message: decoded.message,
            location,
            hint,
            subject: 'encoding',
          },
        ],
      };
    }
    text = decoded.text;
  }
  const reader = findReader(text, file);
  if (reader) return loadImportedModel(reader, file, text, options);
  const parsed = parseSourceDocument(file, text);
  if (parsed.findings.length > 0) return { index: parsed.index, findings: parsed.findings };
  const findings = validateDocument(parsed.value, modelSchema, parsed.index, {
    check: 'TA101',
    what: 'model',
  });
  if (findings.length > 0) return { index: parsed.index, findings };
  return { model: parsed.value as ThreatModel, index: parsed.index, findings: [] };
}

/**
 * A model in another tool's format, read by its reader. The native model it yields must validate
 * like a written one; a reader that produces an invalid model is a bug, reported (never thrown).
 */
function loadImportedModel(
  reader: ModelReader,
  file: string,
  text: string,
  options: ReadOptions,
): LoadedModel {
  const result = reader.read(file, text, options);
  const importedFrom = { format: reader.format, title: reader.title, notes: result.notes };
  if (!result.model) return { index: result.index, findings: result.findings, importedFrom };
  const invalid = validateDocument(result.model, modelSchema, result.index, {
    check: 'TA101',
    what: 'imported',
  }).map((finding) => ({
    ...finding,
    message: `the ${reader.title} file yields an invalid model: ${finding.message}`,
  }));
  if (invalid.length > 0)
    return { index: result.index, findings: [...result.findings, ...invalid], importedFrom };
  return { model: result.model, index: result.index, findings: result.findings, importedFrom };
}
