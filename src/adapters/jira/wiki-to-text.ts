/**
 * Jira wiki markup (Data Center's descriptions) as plain text for the WITHOUT parser and the link
 * scanner: headings, quotes and list bullets lose their markers, `{code}`-style macros their tags,
 * links become their text, and emphasis markers around words are dropped. Ids keep their dashes
 * and underscores (`M-RATE-LIMIT`, `SQLI@orders_db`): a marker counts only at a word's edge. Each
 * rule is one pass over a line, linear in its length.
 */
export function wikiToText(markup: string): string {
  return markup
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(lineToText)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function lineToText(line: string): string {
  return line
    .replace(/\{(?:code|noformat|quote|panel|color|section|column)(?::[^{}]*)?\}/g, '')
    .replace(/^\s*h[1-6]\.\s+/, '')
    .replace(/^\s*bq\.\s+/, '')
    .replace(/^\s*[*#-]+\s+/, '- ')
    .replace(/\[([^\]|[]*)\|([^\]|[]*)\]/g, '$1')
    .replace(/\[~([^\][]*)\]/g, '$1')
    .replace(/\[((?:https?|mailto):[^\][\s]*)\]/g, '$1')
    .replace(/^\s*\|\|?|\|\|?\s*$/g, '')
    .replace(/\|\|?/g, ' | ')
    .replace(/\{\{([^{}]*)\}\}/g, '$1')
    .replace(/(^|[\s(])([*_+^~-]|\?\?)(?=\S)([^*_+^~?\n]*?\S)\2(?=$|[\s.,;:!?)])/g, '$1$3')
    .replace(/\\\\/g, '\n');
}
