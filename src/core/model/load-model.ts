import type { Finding } from '../findings/finding.js';
import { decodeText } from '../source/decode-text.js';
import { parseSourceDocument } from '../source/parse-document.js';
import { SourceIndex } from '../source/source-index.js';
import { validateDocument } from '../source/validate-document.js';
import { modelSchema } from './model-schema.js';
import type { ThreatModel } from './threat-model.js';

/** A model as loaded: valid, or the findings that say why not. */
export interface LoadedNativeModel {
  /** Present only when the file parsed and validated: then every later stage may trust its shape. */
  model?: ThreatModel;
  index: SourceIndex;
  findings: Finding[];
}

/**
 * Reads a native model from its bytes or text: decode, parse, validate (TA101, and TA103 for
 * duplicate keys). Other tools' formats are recognised one layer up (import/load-model-file.ts).
 */
export function loadNativeModel(file: string, content: Uint8Array | string): LoadedNativeModel {
  const text = typeof content === 'string' ? content : decodeModel(file, content);
  if (typeof text !== 'string') return text;
  const parsed = parseSourceDocument(file, text);
  if (parsed.findings.length > 0) return { index: parsed.index, findings: parsed.findings };
  const findings = validateDocument(parsed.value, modelSchema, parsed.index, {
    check: 'TA101',
    what: 'model',
  });
  if (findings.length > 0) return { index: parsed.index, findings };
  return { model: parsed.value as ThreatModel, index: parsed.index, findings: [] };
}

/** The model's text, or (TA101) why its bytes are not UTF-8 text. */
export function decodeModel(file: string, content: Uint8Array): string | LoadedNativeModel {
  const decoded = decodeText(content);
  if (decoded.ok) return decoded.text;
  const location = { file, line: decoded.line, column: decoded.column };
  return {
    index: new SourceIndex(file, ''),
    findings: [
      {
        check: 'TA101',
        severity: 'error',
        message: decoded.message,
        location,
        hint: 'Save the model as UTF-8 text.',
        subject: 'encoding',
      },
    ],
  };
}
