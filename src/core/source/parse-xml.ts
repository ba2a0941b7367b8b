import { SaxesParser, type SaxesTagNS } from 'saxes';

/** An element of an XML document: local name, namespace, attributes, children, text, and where it sits. */
export interface XmlElement {
  name: string;
  uri: string;
  /** Attributes by `{namespace}local` (`local` alone when the attribute has no namespace). */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own character data (entities and CDATA already resolved). */
  text: string;
  /** Offsets into the parsed text: `<` of the start tag, and just after the end tag. */
  start: number;
  end: number;
}

export type XmlParseResult =
  | { ok: true; root: XmlElement }
  | { ok: false; offset: number; message: string; hint: string; subject: string };

/** Nesting deeper than this is refused: no real threat-model file needs it, and it guards every later walk. */
const maxXmlDepth = 128;

const xsiNamespace = 'http://www.w3.org/2001/XMLSchema-instance';

class XmlStop extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly hint: string,
    readonly subject: string,
  ) {
    super(message);
  }
}

const syntaxHint =
  'The file is not well-formed XML: open it in the tool that wrote it and save it again, or restore it from version control.';

/**
 * Parses XML safely: namespaces resolved, no DTD processing at all (a DOCTYPE is refused, so no
 * external entity is fetched and no entity expansion can blow up), only the five predefined entities
 * and character references, nesting bounded. Problems come back as values with their offset.
 */
export function parseXml(text: string): XmlParseResult {
  const base = text.startsWith('\uFEFF') ? 1 : 0;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const here = (): number => base + parser.position;

  parser.on('doctype', () => {
    const at = text.search(/<!DOCTYPE/i);
    throw new XmlStop(
      at === -1 ? here() : at,
      'the file has a <!DOCTYPE> declaration, which threat-align refuses: a DTD can pull in external entities or expand entities without bound',
      'Remove the <!DOCTYPE …> declaration: files written by threat-modeling tools never need one.',
      'doctype',
    );
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxXmlDepth) {
      throw new XmlStop(
        here(),
        `elements nest deeper than ${maxXmlDepth} levels`,
        'Check that the file is the one the tool wrote: no real model nests this deeply.',
        'nesting',
      );
    }
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes: readAttributes(tag),
      children: [],
      text: '',
      start: startOfTag(text, here(), tag.name),
      end: here(),
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.end = here();
  });
  const addText = (data: string): void => {
    const current = stack.at(-1);
    if (current) current.text += data;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error: Error) => {
    throw new XmlStop(here(), describeSaxesError(error), syntaxHint, 'syntax');
  });

  try {
    parser.write(base === 0 ? text : text.slice(base)).close();
  } catch (error) {
    if (error instanceof XmlStop)
      return {
        ok: false,
        offset: error.offset,
        message: error.message,
        hint: error.hint,
        subject: error.subject,
      };
    throw error;
  }
  if (!root)
    return {
      ok: false,
      offset: 0,
      message: 'the file holds no XML element',
      hint: syntaxHint,
      subject: 'empty',
    };
  return { ok: true, root };
}

/** Saxes reports a start tag once it has read its `>`; the tag's `<` is the nearest one before (attribute values hold no `<`). */
function startOfTag(text: string, position: number, qualifiedName: string): number {
  const at = text.lastIndexOf(`<${qualifiedName}`, position);
  return at === -1 ? position : at;
}

function readAttributes(tag: SaxesTagNS): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of Object.values(tag.attributes)) {
    attributes.set(
      attribute.uri === '' ? attribute.local : `{${attribute.uri}}${attribute.local}`,
      attribute.value,
    );
  }
  return attributes;
}

/** Saxes prefixes its messages with `line:column: `; the finding carries the place itself. */
function describeSaxesError(error: Error): string {
  const message = error.message.replace(/^(?:[^:\s]+:)?\d+:\d+: /, '').replace(/\.$/, '');
  return `invalid XML: ${message}`;
}

/** The first child with this local name, if any. */
export function xmlChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/** Every child with this local name. */
export function xmlChildren(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

/** An `xsi:` attribute (`type`, `nil`), or undefined. */
export function xsiAttribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.get(`{${xsiNamespace}}${name}`);
}

/** The text of an element, or undefined when the element is absent, `xsi:nil`, or blank. */
export function xmlText(element: XmlElement | undefined): string | undefined {
  if (!element || xsiAttribute(element, 'nil') === 'true') return undefined;
  const text = element.text.trim();
  return text === '' ? undefined : text;
}
