import { isAlias, isMap, isPair, isSeq, type Node } from 'yaml';

/**
 * Nodes that aliases may add to a document, in all: far above any real reuse of anchors, far below
 * what makes every later walk of the document (validation, checks) slow. An alias bomb stops here.
 */
const maxAliasExpansion = 100_000;

/** An alias that cannot be read: where it is, what is wrong, and what to write instead. */
export interface AliasProblem {
  offset: number;
  message: string;
  hint: string;
}

/**
 * Walks the document in order, as YAML resolves aliases (to the latest anchor before them), and
 * returns the first alias that names no anchor, refers to a node containing it, or makes the
 * document too large once expanded. `maxDepth` bounds the walk; deeper nesting is refused elsewhere.
 */
export function findAliasProblem(root: Node, maxDepth: number): AliasProblem | undefined {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  let added = 0;
  let problem: AliasProblem | undefined;

  const expandedSize = (node: unknown, depth: number): number => {
    if (problem || depth > maxDepth || typeof node !== 'object' || node === null) return 1;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      const size = target ? sizes.get(target) : undefined;
      if (!target) problem = undefinedAlias(offset, node.source);
      else if (size === undefined) problem = recursiveAlias(offset, node.source);
      else added += size;
      if (added > maxAliasExpansion) problem ??= excessiveAlias(offset, node.source);
      return size ?? 1;
    }
    const anchor = (node as Node).anchor;
    if (anchor !== undefined) anchors.set(anchor, node as Node);
    let size = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        size += isPair(item)
          ? expandedSize(item.key, depth + 1) + expandedSize(item.value, depth + 1)
          : expandedSize(item, depth + 1);
      }
    }
    // Only anchored nodes are ever looked up; until their walk ends, they have no size (an alias inside is recursive).
    if (anchor !== undefined) sizes.set(node as Node, size);
    return size;
  };

  expandedSize(root, 0);
  return problem;
}

function undefinedAlias(offset: number, name: string): AliasProblem {
  return {
    offset,
    message: `alias *${name} refers to no anchor: &${name} is not set before it`,
    hint: `Set the anchor &${name} on an earlier node, or write the value out here.`,
  };
}

function recursiveAlias(offset: number, name: string): AliasProblem {
  return {
    offset,
    message: `alias *${name} refers to the node that contains it, which would repeat forever`,
    hint: 'Write the value out here instead of referring to the node from inside itself.',
  };
}

function excessiveAlias(offset: number, name: string): AliasProblem {
  return {
    offset,
    message: `aliases repeat more than ${maxAliasExpansion} nodes by this one (*${name}): too many to expand safely`,
    hint: 'Write the repeated content out, or use fewer aliases: aliases of aliases multiply (an "alias bomb").',
  };
}
