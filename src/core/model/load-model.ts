import type { Finding } from '../findings/finding.js';
import { decodeText } from '../source/decode-text.js';
import { parseSourceDocument } from '../source/parse-document.js';
import { SourceIndex } from '../source/source-index.js';
import { validateDocument } from '../source/validate-document.js';
import { modelSchema } from './model-schema.js';
import type { ThreatModel } from './threat-model.js';

export interface LoadedModel {
  /** Present only when the file parsed and validated: then every later stage may trust its shape. */
  model?: ThreatModel;
  index: SourceIndex;
  findings: Finding[];
}

/** Reads a native model from its bytes or text: decode, parse, validate (TA101, and TA103 for duplicate keys). */
export function loadModel(file: string, content: Uint8Array | string): LoadedModel {
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
  const parsed = parseSourceDocument(file, text);
  if (parsed.findings.length > 0) return { index: parsed.index, findings: parsed.findings };
  const findings = validateDocument(parsed.value, modelSchema, parsed.index, {
    check: 'TA101',
    what: 'model',
  });
  if (findings.length > 0) return { index: parsed.index, findings };
  return { model: parsed.value as ThreatModel, index: parsed.index, findings: [] };
}
