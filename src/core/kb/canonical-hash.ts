import { createHash } from 'node:crypto';
import type { KnowledgeBase } from './knowledge-base.js';

/**
 * The content hash of a knowledge base: sha256 over its canonical JSON — object keys sorted by code
 * unit, no white space, entry lists sorted by id, `sha256` itself left out. It changes when any
 * entry's meaning changes and never when files are re-split, re-ordered, re-indented or commented.
 */
export function hashKnowledgeBase(kb: Omit<KnowledgeBase, 'sha256'>): string {
  return createHash('sha256').update(canonicalJson(kb)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => item !== undefined && key !== 'sha256')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
