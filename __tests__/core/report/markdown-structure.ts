import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesRoot } from '../../fakes/memory-kb-store.js';

const goldenFolder = join(fixturesRoot, 'report');

/**
 * Compares a rendering with its golden file under __tests__/fixtures/report/. After an intended
 * change, `UPDATE_GOLDEN=1 npm test -- report` rewrites the files; review them like code.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(goldenFolder, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(goldenFolder, { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`no golden file ${name}: run UPDATE_GOLDEN=1 npm test -- report`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The lines outside fenced code blocks, and whether every fence that opens also closes. */
function outsideFences(markdown: string): { lines: string[]; balanced: boolean } {
  const lines: string[] = [];
  let open: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      if (fence?.[1]?.[0] === open.char && fence[1].length >= open.length && fence[2]?.trim() === '')
        open = undefined;
      continue;
    }
    if (fence?.[1] !== undefined) open = { char: fence[1][0] ?? '`', length: fence[1].length };
    else lines.push(line);
  }
  return { lines, balanced: open === undefined };
}

/** Text without its code spans (as codeSpan writes them: a fence no run inside can close). */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)(?:(?!\1).)*?\1(?!`)/g, '');
}

/**
 * Everything that must hold of any report, whatever its input: the marker once and first, balanced
 * `<details>` and fences, no HTML but the report's own, no mention outside code.
 */
export function structureProblems(markdown: string, marker: string): string[] {
  const problems: string[] = [];
  const expectedStart = `<!-- threat-align:${marker} -->\n`;
  if (!markdown.startsWith(expectedStart)) problems.push(`does not start with ${expectedStart}`);
  const comments = markdown.split('<!--').length - 1;
  if (comments !== 1) problems.push(`${comments} HTML comment openers`);
  if (/<script/i.test(markdown)) problems.push('raw <script');
  const { lines, balanced } = outsideFences(markdown);
  if (!balanced) problems.push('a code fence is left open');
  let depth = 0;
  for (const [i, line] of lines.entries()) {
    const prose = withoutCodeSpans(line);
    for (const tag of prose.match(/<\/?[A-Za-z!][^>]*>?/g) ?? []) {
      if (tag === '<details>') depth += 1;
      else if (tag === '</details>') depth -= 1;
      else if (!['<summary>', '</summary>'].includes(tag) && !tag.startsWith('<!-- threat-align:'))
        problems.push(`line ${i + 1}: HTML ${tag}`);
      if (depth < 0 || depth > 1) problems.push(`line ${i + 1}: <details> nesting ${depth}`);
    }
    // GitHub takes `@name` as a mention only where no letter or digit comes before the `@` (ids such
    // as SPOOF-USER@shop and core@1.0.0 are not mentions, and must stay copy-paste safe).
    if (/(?<![A-Za-z0-9])@[A-Za-z0-9]/.test(prose))
      problems.push(`line ${i + 1}: a mention outside code: ${prose}`);
    if (/^ {0,3}\|/.test(line)) problems.push(`line ${i + 1}: a table row`);
  }
  if (depth !== 0) problems.push(`${depth} <details> left open`);
  return problems;
}
