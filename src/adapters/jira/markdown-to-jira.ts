/**
 * A proposed item's body (the small Markdown that core/report/missing-items.ts writes: paragraphs,
 * `- ` lists, `**strong**`, `` `code` ``, a closing hidden marker) in the form Jira stores: an ADF
 * document for Cloud, wiki markup for Data Center. The marker stays as literal text, so the next
 * run reads it back from the description.
 */
export function markdownToAdf(markdown: string): unknown {
  const content = blocksOf(markdown).map((block) =>
    block.every((line) => line.startsWith('- '))
      ? {
          type: 'bulletList',
          content: block.map((line) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: inlineNodes(line.slice(2)) }],
          })),
        }
      : { type: 'paragraph', content: inlineNodes(block.join('\n')) },
  );
  return { type: 'doc', version: 1, content };
}

export function markdownToWiki(markdown: string): string {
  return blocksOf(markdown)
    .map((block) =>
      block
        .map((line) =>
          (line.startsWith('- ') ? `* ${line.slice(2)}` : line)
            .replace(/\*\*([^*]+)\*\*/g, '*$1*')
            .replace(/`([^`]+)`/g, '{{$1}}'),
        )
        .join('\n'),
    )
    .join('\n\n');
}

function blocksOf(markdown: string): string[][] {
  return markdown
    .split(/\n{2,}/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((block) => block.length > 0);
}

type InlineNode = { type: 'text'; text: string; marks?: { type: string }[] } | { type: 'hardBreak' };

function inlineNodes(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'hardBreak' });
    // `**strong**` and `code` spans; everything else is plain text.
    for (const part of line.split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
      if (part === '') continue;
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
        nodes.push({ type: 'text', text: part.slice(2, -2), marks: [{ type: 'strong' }] });
      else if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
        nodes.push({ type: 'text', text: part.slice(1, -1), marks: [{ type: 'code' }] });
      else nodes.push({ type: 'text', text: part });
    }
  });
  return nodes;
}
