/**
 * A proposed item's Markdown body as the HTML of System.Description. Only the Markdown that
 * missing-items.ts writes is understood — paragraphs, `- ` lists, `**bold**`, `` `code` `` and a
 * paragraph in `_…_` — and every other character is text: `<`, `>`, `&`, quotes are escaped, so
 * nothing in a knowledge base's or finding's wording becomes markup. The character references
 * neutralizeMarkdown writes (`&#64;`, `&lt;`) stay references, which HTML reads the same way.
 *
 * The hidden marker `<!-- threat-align:backlog-item KEY -->` is written as escaped text, not as an
 * HTML comment: Azure Boards may strip comments from a rich-text field, while text survives, and
 * htmlToText (work-item-mapping.ts) turns `&lt;!-- … --&gt;` back into the marker the next run
 * looks for. The tag `mitigation:ID` / `event:ID` links the item even if someone edits the text.
 */
export function descriptionHtml(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map(blockHtml)
    .join('');
}

function blockHtml(block: string): string {
  const lines = block.split('\n');
  if (lines.every((line) => line.startsWith('- '))) {
    return `<ul>${lines.map((line) => `<li>${inlineHtml(line.slice(2))}</li>`).join('')}</ul>`;
  }
  // A list after a heading line, as in `**Threats it answers:**\n- …`.
  const firstItem = lines.findIndex((line) => line.startsWith('- '));
  if (firstItem > 0 && lines.slice(firstItem).every((line) => line.startsWith('- '))) {
    return blockHtml(lines.slice(0, firstItem).join('\n')) + blockHtml(lines.slice(firstItem).join('\n'));
  }
  if (block.length > 2 && block.startsWith('_') && block.endsWith('_') && !block.includes('\n')) {
    return `<p><em>${inlineHtml(block.slice(1, -1))}</em></p>`;
  }
  return `<p>${lines.map(inlineHtml).join('<br>')}</p>`;
}

/** One line: escaped text with `**…**` and `` `…` `` spans, in one left-to-right pass. */
function inlineHtml(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line.startsWith('**', i)) {
      const end = line.indexOf('**', i + 2);
      if (end > i + 2) {
        out += `<strong>${escapeText(line.slice(i + 2, end))}</strong>`;
        i = end + 2;
        continue;
      }
    }
    if (line[i] === '`') {
      const end = line.indexOf('`', i + 1);
      if (end > i + 1) {
        out += `<code>${escapeText(line.slice(i + 1, end))}</code>`;
        i = end + 1;
        continue;
      }
    }
    const next = nextSpan(line, i + 1);
    out += escapeText(line.slice(i, next));
    i = next;
  }
  return out;
}

function nextSpan(line: string, from: number): number {
  const candidates = [line.indexOf('**', from), line.indexOf('`', from)].filter((n) => n !== -1);
  return candidates.length === 0 ? line.length : Math.min(...candidates);
}

const escapes: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML text: markup characters escaped; `&` escaped unless it starts a numeric or basic
 * named character reference (which decodes to one character, never to markup).
 */
function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '&') {
      const reference = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos);/i.exec(text.slice(i, i + 12));
      out += reference ? '&' : '&amp;';
      continue;
    }
    out += escapes[char] ?? char;
  }
  return out;
}
