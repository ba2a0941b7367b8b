import { decodeModel, loadNativeModel, type LoadedNativeModel } from '../model/load-model.js';
import { modelSchema } from '../model/model-schema.js';
import { validateDocument } from '../source/validate-document.js';
import type { ImportFormat, InferenceNote, ModelReader, ReadOptions } from './model-reader.js';
import { findReader } from './readers.js';

export interface LoadedModel extends LoadedNativeModel {
  /** The format the model was read from, when it was not the native one. */
  importedFrom?: { format: ImportFormat; title: string; notes: InferenceNote[] };
}

/**
 * Reads a model file in any format threat-align knows: native, or another tool's through its
 * reader (recognised once, by content). The native model a reader yields must validate like a
 * written one; a reader that produces an invalid model is a bug, reported (never thrown).
 */
export function loadModel(
  file: string,
  content: Uint8Array | string,
  options: ReadOptions = {},
): LoadedModel {
  const text = typeof content === 'string' ? content : decodeModel(file, content);
  if (typeof text !== 'string') return text;
  const reader = findReader(text, file);
  return reader ? loadImportedModel(reader, file, text, options) : loadNativeModel(file, text);
}

/**
 * `loadModel`, reading the files the model includes (Threagile `includes:`) through `read` — a
 * port, paths relative to the model's folder — for a format that has them. The format is
 * recognised once, here.
 */
export async function loadModelWithIncludes(
  file: string,
  content: Uint8Array | string,
  read: (path: string) => Promise<string | undefined>,
): Promise<LoadedModel> {
  const text = typeof content === 'string' ? content : decodeModel(file, content);
  if (typeof text !== 'string') return text;
  const reader = findReader(text, file);
  if (!reader) return loadNativeModel(file, text);
  const includes =
    reader.collectIncludes === undefined ? undefined : await reader.collectIncludes(text, read);
  return loadImportedModel(reader, file, text, includes === undefined ? {} : { includes });
}

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
