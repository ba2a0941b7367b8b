/** A WITHOUT clause of a story: what must not happen, as the story says it. */
export interface WithoutClause {
  /** The clause after the keyword, trimmed, to the end of its sentence. */
  text: string;
  /** Where it was found: the title or the body. */
  field: 'title' | 'body';
}

/** Longest clause kept: a clause is a sentence; anything longer is cut (the parse stays linear). */
const maxClauseLength = 500;

/**
 * Finds WITHOUT clauses: the keyword as a whole word, in the exact case given (capital WITHOUT by
 * default; lower-case "without" is ordinary prose), then the text to the end of its sentence — a
 * `.`, `!` or `?` followed by white space or the end, or a blank line. One pass, no backtracking:
 * linear in the text's length.
 */
export function findWithoutClauses(
  text: string,
  field: 'title' | 'body',
  keyword = 'WITHOUT',
): WithoutClause[] {
  const clauses: WithoutClause[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(keyword, from);
    if (at === -1) break;
    const end = at + keyword.length;
    from = end;
    if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end))) continue;
    let start = end;
    while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
    const sentenceEnd = findSentenceEnd(text, start);
    const clause = text
      .slice(start, Math.min(sentenceEnd, start + maxClauseLength))
      .replace(/\s+/g, ' ')
      .trim();
    if (clause.length > 0) clauses.push({ text: clause, field });
    from = sentenceEnd;
  }
  return clauses;
}

function findSentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1))))
      return i;
    if (
      c === 10 &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10))
    ) {
      return i;
    }
  }
  return text.length;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * White space exactly as `\s` sees it (the clause is normalised with `\s+` below): with ASCII only,
 * "a.\u00A0b" was one sentence here but read "a. b" once normalised — a clause holding a sentence end.
 */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
