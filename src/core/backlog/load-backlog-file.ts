import type { Finding } from '../findings/finding.js';
import { decodeText } from '../source/decode-text.js';
import { parseSourceDocument } from '../source/parse-document.js';
import { validateDocument } from '../source/validate-document.js';
import { backlogSchema } from './backlog-schema.js';
import type { BacklogItem, BacklogItemType } from './backlog-item.js';

interface FileItem {
  id: string;
  title: string;
  body?: string;
  state: 'open' | 'closed';
  stateReason?: 'completed' | 'not-planned' | 'duplicate';
  labels?: string[];
  milestone?: string;
  type?: BacklogItemType;
  url?: string;
  links?: { type: string; target: string }[];
}

/** A backlog file (schema/backlog.schema.json), read into items; problems are findings at their line. */
export function loadBacklogFile(
  file: string,
  content: Uint8Array,
): { items?: BacklogItem[]; source?: string; findings: Finding[] } {
  const decoded = decodeText(content);
  if (!decoded.ok) {
    const location = { file, line: decoded.line, column: decoded.column };
    return {
      findings: [
        {
          check: 'TA101',
          severity: 'error',
          message: decoded.message,
          location,
          hint: 'Save the backlog file as UTF-8 JSON.',
          subject: `backlog-file:${file}`,
        },
      ],
    };
  }
  const parsed = parseSourceDocument(file, decoded.text);
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const findings = validateDocument(parsed.value, backlogSchema, parsed.index, {
    check: 'TA101',
    what: `backlog:${file}`,
  });
  const value = parsed.value as { source?: string; items: FileItem[] };
  const seen = new Map<string, number>();
  for (const [i, item] of (findings.length === 0 ? value.items : []).entries()) {
    const first = seen.get(item.id);
    if (first !== undefined) {
      findings.push({
        check: 'TA103',
        severity: 'error',
        message: `backlog item ${item.id} is listed twice (first as items[${first}])`,
        location: parsed.index.locate(`/items/${i}/id`),
        hint: 'Keep one entry per backlog item.',
        subject: `backlog-duplicate:${item.id}`,
      });
    } else seen.set(item.id, i);
  }
  if (findings.length > 0) return { findings };
  const items = value.items.map(fromFile);
  return value.source === undefined ? { items, findings } : { items, source: value.source, findings };
}

function fromFile(item: FileItem): BacklogItem {
  const out: BacklogItem = {
    id: item.id,
    title: item.title,
    body: item.body ?? '',
    status:
      item.state === 'open'
        ? 'open'
        : item.stateReason === 'not-planned' || item.stateReason === 'duplicate'
          ? 'wont-do'
          : 'done',
    labels: item.labels ?? [],
    type: item.type ?? 'issue',
    links: item.links ?? [],
  };
  if (item.milestone !== undefined) out.milestone = item.milestone;
  if (item.url !== undefined) out.url = item.url;
  return out;
}
