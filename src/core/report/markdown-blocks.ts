/**
 * One self-contained piece of a Markdown report: every `<details>` it opens it closes, every fence
 * it opens it closes, so that any prefix of a list of blocks is balanced Markdown. Trimming only
 * ever drops whole blocks.
 */
export interface Block {
  text: string;
  /** `heading` introduces what follows; `entry` is one item of a list; `note` is prose. */
  kind: 'heading' | 'entry' | 'note';
  /** How many findings the block shows or counts, for the trimming notice. */
  findings: number;
  /** An entry that continues the list of the entry before it (joined by a line break, not a blank line). */
  tight?: boolean;
}

export const heading = (text: string): Block => ({ text, kind: 'heading', findings: 0 });
export const note = (text: string): Block => ({ text, kind: 'note', findings: 0 });
export const entry = (text: string, findings = 0): Block => ({ text, kind: 'entry', findings, tight: true });

/** The blocks as Markdown: list entries on consecutive lines, everything else apart by a blank line. */
export function joinBlocks(blocks: readonly Block[]): string {
  let out = '';
  let previous: Block | undefined;
  for (const block of blocks) {
    if (previous) out += separator(previous, block);
    out += block.text;
    previous = block;
  }
  return `${out}\n`;
}

function separator(previous: Block, block: Block): string {
  return block.tight === true && previous.kind === 'entry' ? '\n' : '\n\n';
}

/**
 * The longest prefix of `body` that fits in `budget` characters between `head` and `tail`, followed
 * by a visible notice of what was left out, pointing to `moreIn`. Head, tail and notice are always
 * kept, even when they alone exceed the budget. Blocks are kept in order up to the first one that
 * does not fit, and a heading left with nothing after it goes too.
 */
export function trimBlocks(
  parts: { head: readonly Block[]; body: readonly Block[]; tail: readonly Block[] },
  budget: number,
  moreIn: string,
): string {
  const { head, body, tail } = parts;
  const everything = omitted(body);
  // The notice for everything is at least as long as the notice for any part of it.
  // Tail and notice are prose, set apart by a blank line whatever comes before them, so each block
  // adds exactly its text and its separator from the block before.
  let length = joinBlocks([...head, ...tail, note(notice(everything, moreIn))]).length;
  let kept = 0;
  let previous = head.at(-1);
  for (const block of body) {
    // Without a head, the first block is set apart from the tail after it instead.
    length += (previous ? separator(previous, block).length : 2) + block.text.length;
    if (length > budget) break;
    kept += 1;
    previous = block;
  }
  while (kept > 0 && body[kept - 1]?.kind === 'heading') kept -= 1;
  const left = omitted(body.slice(kept));
  return joinBlocks([...head, ...body.slice(0, kept), ...tail, note(notice(left, moreIn))]);
}

function omitted(blocks: readonly Block[]): { findings: number; entries: number } {
  let findings = 0;
  let entries = 0;
  for (const block of blocks) {
    findings += block.findings;
    if (block.kind === 'entry' && block.findings === 0) entries += 1;
  }
  return { findings, entries };
}

/**
 * "… 12 more findings: see the job summary / SARIF", naming other entries left out as well.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function notice(left: { findings: number; entries: number }, moreIn: string): string {
  const parts: string[] = [];
  if (left.findings > 0) parts.push(`${left.findings} more ${left.findings === 1 ? 'finding' : 'findings'}`);
  if (left.entries > 0) parts.push(`${left.entries} more ${left.entries === 1 ? 'entry' : 'entries'}`);
  return `… ${parts.length > 0 ? parts.join(' and ') : 'more'}: see ${moreIn}`;
}
