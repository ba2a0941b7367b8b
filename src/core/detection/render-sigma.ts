import { stringify } from 'yaml';
import type { SigmaDocument } from './sigma-rules.js';

/** One Sigma document as YAML, in the key order given, with no line folding. */
export function renderSigma(document: SigmaDocument): string {
  return stringify(document, { lineWidth: 0, indent: 4, indentSeq: true });
}
