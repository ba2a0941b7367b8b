import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ThreatModel } from '../model/threat-model.js';
import type { InferenceNote } from './model-reader.js';

export interface NativeYamlOptions {
  /** Where editors find the schema: the first line says `# yaml-language-server: $schema=<schemaUrl>`. */
  schemaUrl: string;
  /** Lines of the comment block under that line (what was converted, from where). */
  header?: readonly string[];
}

const width = 100;

/**
 * A native model as YAML, with every inference note as a comment right above the node it is about
 * (or its nearest ancestor in the output). Lists of plain values are written on one line.
 */
export function renderNativeYaml(
  model: ThreatModel,
  notes: readonly InferenceNote[],
  options: NativeYamlOptions,
): string {
  const document = new Document(model);
  compactScalarLists(document.contents);
  const top = [`yaml-language-server: $schema=${options.schemaUrl}`];
  if (options.header && options.header.length > 0)
    top.push('', ...options.header.flatMap((line) => wrap(line)));
  const byNode = new Map<Node, string[]>();
  for (const note of notes) {
    const node = commentAnchor(document, note.pointer);
    const lines = wrap(note.text);
    if (node) byNode.set(node, [...(byNode.get(node) ?? []), ...lines]);
    else top.push(...lines);
  }
  for (const [node, lines] of byNode) node.commentBefore = lines.map((line) => ` ${line}`).join('\n');
  document.commentBefore = top.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  return document.toString({ lineWidth: width, blockQuote: 'literal' });
}

/** The node a comment about `pointer` goes before: the key of a mapping entry, or a list item. */
function commentAnchor(document: Document, pointer: string): Node | undefined {
  if (pointer === '') return undefined;
  let current: unknown = document.contents;
  let anchor: Node | undefined;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === token);
      if (!pair || !isScalar(pair.key)) break;
      // The first key of a list item shares the item's line ("- id: …"): the comment goes above the item.
      if (!(anchor === current && current.items[0] === pair)) anchor = pair.key;
      current = pair.value;
    } else if (isSeq(current) && !current.flow && /^\d+$/.test(token)) {
      const item: unknown = current.items[Number(token)];
      if (!isMap(item) && !isSeq(item) && !isScalar(item)) break;
      anchor = item;
      current = item;
    } else {
      break;
    }
  }
  return anchor;
}

function compactScalarLists(node: unknown): void {
  if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every((item) => isScalar(item))) node.flow = true;
    else for (const item of node.items) compactScalarLists(item);
  } else if (isMap(node)) {
    for (const pair of node.items) compactScalarLists(pair.value);
  }
}

/** Comment text in lines of at most `width` characters, broken at spaces. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line !== '' && line.length + word.length + 1 > width - 4) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}
