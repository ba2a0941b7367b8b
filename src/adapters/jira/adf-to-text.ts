/** A node of the Atlassian Document Format, as Jira Cloud's REST v3 writes rich text. */
interface AdfNode {
  type?: unknown;
  text?: unknown;
  attrs?: Record<string, unknown>;
  content?: unknown;
}

const blockTypes = new Set([
  'doc',
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'panel',
  'rule',
  'table',
  'tableRow',
  'bulletList',
  'orderedList',
  'taskList',
  'decisionList',
  'expand',
  'nestedExpand',
  'mediaSingle',
  'mediaGroup',
  'layoutSection',
  'layoutColumn',
]);
/** Deeper than any document Jira's editor makes; deeper nodes are read as if flat. */
const maxDepth = 64;

/**
 * An ADF document as plain text for the WITHOUT parser and the link scanner: blocks separated by a
 * blank line, list items on lines of their own with `- `, table cells separated by ` | `, mentions,
 * emoji, status lozenges and links by their text. Unknown nodes give their text content; the walk
 * is iterative and linear in the document's size.
 */
export function adfToText(doc: unknown): string {
  if (typeof doc === 'string') return doc;
  if (typeof doc !== 'object' || doc === null) return '';
  const out: string[] = [];
  // A stack of nodes and closing strings, so a deep document cannot overflow the call stack.
  const stack: (AdfNode | { close: string })[] = [doc];
  const depth = new WeakMap<object, number>([[doc, 0]]);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if ('close' in node) {
      out.push(node.close);
      continue;
    }
    const type = typeof node.type === 'string' ? node.type : '';
    const level = depth.get(node) ?? 0;
    const inline = inlineText(type, node);
    if (inline !== undefined) {
      out.push(inline);
      continue;
    }
    const children = Array.isArray(node.content) ? (node.content as unknown[]) : [];
    if (type === 'listItem' || type === 'taskItem' || type === 'decisionItem') out.push('\n- ');
    const close = type === 'tableCell' || type === 'tableHeader' ? ' | ' : blockTypes.has(type) ? '\n\n' : '';
    if (close !== '') stack.push({ close });
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (typeof child !== 'object' || child === null) continue;
      depth.set(child, Math.min(level + 1, maxDepth));
      stack.push(child);
    }
  }
  return tidy(out.join(''));
}

function inlineText(type: string, node: AdfNode): string | undefined {
  const attr = (name: string): string => {
    const value = node.attrs?.[name];
    return typeof value === 'string' ? value : '';
  };
  switch (type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
      return attr('text');
    case 'emoji':
      return attr('text') || attr('shortName');
    case 'status':
      return attr('text');
    case 'inlineCard':
    case 'blockCard':
      return attr('url');
    case 'date':
      return /^\d+$/.test(attr('timestamp'))
        ? new Date(Number(attr('timestamp'))).toISOString().slice(0, 10)
        : '';
    default:
      return undefined;
  }
}

/** Lines without trailing blanks, at most one blank line in a row, no blank start or end. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(/[ \t|]+$/, (tail) => (tail.includes('|') ? tail.replace(/\s*\|\s*$/, '') : '')),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
