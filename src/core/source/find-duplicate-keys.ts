import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** A key written a second time in one mapping: where, its name, and where the mapping first names it. */
export interface DuplicateKey {
  offset: number;
  key: string;
  firstOffset?: number;
}

/**
 * Every repeated key of the document's mappings, in the order they are written: what the parser's
 * `uniqueKeys` option reports, in one pass. The parser's own check compares each key with every
 * key before it in its mapping, so a mapping of n keys cost n² comparisons (a 470 KB mapping of
 * plain keys took 12 s, a 720 KB flow mapping 86 s); here each mapping keeps a set of its keys.
 *
 * Keys are equal as the parser's check has them: scalars of the same value (`1` and `"1"` differ),
 * never two collections or aliases. The walk keeps its own stack, so no nesting overflows it.
 */
export function findDuplicateKeys(root: unknown): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Set<unknown>();
      const firstByName = new Map<string, number | undefined>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (key !== null) {
          const name = isScalar(key) ? String(key.value) : String(key);
          const offset = key.range?.[0];
          if (!firstByName.has(name)) firstByName.set(name, offset);
          if (isScalar(key) && !Number.isNaN(key.value)) {
            if (seen.has(key.value) && offset !== undefined) {
              found.push({ offset, key: name, ...optional(firstByName.get(name)) });
            }
            seen.add(key.value);
          }
          children.push(key);
        }
        children.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) children.push(item);
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function optional(firstOffset: number | undefined): { firstOffset?: number } {
  return firstOffset === undefined ? {} : { firstOffset };
}
