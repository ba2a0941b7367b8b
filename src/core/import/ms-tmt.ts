import { parseXml } from '../source/parse-xml.js';
import { SourceIndex } from '../source/source-index.js';
import { unreadableFinding } from './import-findings.js';
import type { ImportResult, ModelReader } from './model-reader.js';
import { convertTm7 } from './ms-tmt/convert-tm7.js';
import { readTm7 } from './ms-tmt/read-tm7.js';
import { refineImportedModel } from './refine-imported-model.js';

/** The namespace of the DataContract serialisation the Microsoft Threat Modeling Tool writes. */
const tm7Namespace = 'http://schemas.datacontract.org/2004/07/ThreatModeling.Model';

const title = 'Microsoft Threat Modeling Tool';
const mappingDoc = 'docs/import-mappings/ms-tmt.md';

/**
 * Microsoft Threat Modeling Tool `.tm7` files (SPEC §3.2): DataContract XML, read with a parser that
 * refuses DTDs. Stencils become components, border boundaries zones (by geometry), flows flows, and
 * threat instances threats written by hand with their state. See docs/import-mappings/ms-tmt.md.
 */
export const msTmtReader: ModelReader = {
  format: 'ms-tmt',
  title,
  detect: detectTm7,
  read: (file, text) => refineImportedModel(readTm7File(file, text)),
};

/** An XML document whose root is `ThreatModel` in the DataContract namespace; a `.tm7` name settles a root without it. */
function detectTm7(text: string, file: string): boolean {
  const head = text.slice(0, 65_536);
  const root = rootStartTag(head);
  if (root === undefined)
    return (
      /\.tm7$/i.test(file) &&
      head
        .trimStart()
        .replace(/^\uFEFF/, '')
        .startsWith('<')
    );
  const match = /^<(?:([A-Za-z_][\w.-]*):)?ThreatModel(?=[\s/>]|$)/.exec(root);
  // Any other XML named .tm7 is taken too, so that reading it says what is wrong with it.
  if (!match) return /\.tm7$/i.test(file);
  const prefix = match[1];
  const declared = new RegExp(
    `xmlns${prefix === undefined ? '' : `:${prefix}`}\\s*=\\s*["']([^"']*)["']`,
  ).exec(root);
  return declared?.[1] === tm7Namespace || /\.tm7$/i.test(file);
}

/** The text of the first start tag after the prolog (declaration, comments, processing instructions, DOCTYPE). */
function rootStartTag(head: string): string | undefined {
  let i = head.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    while (i < head.length && /\s/.test(head.charAt(i))) i += 1;
    if (head.startsWith('<?', i)) i = after(head, '?>', i);
    else if (head.startsWith('<!--', i)) i = after(head, '-->', i);
    else if (head.startsWith('<!', i)) i = afterDoctype(head, i);
    else break;
    if (i < 0) return undefined;
  }
  if (head.charAt(i) !== '<') return undefined;
  const end = head.indexOf('>', i);
  return head.slice(i, end === -1 ? head.length : end + 1);
}

function after(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}

/** Skips `<!DOCTYPE …>`, including an internal subset in brackets. */
function afterDoctype(text: string, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

function readTm7File(file: string, text: string): ImportResult {
  const index = new SourceIndex(file, text);
  const fail = (offset: number, what: { message: string; hint: string; subject: string }): ImportResult => ({
    format: 'ms-tmt',
    index,
    findings: [unreadableFinding(index, offset, what)],
    notes: [],
  });

  const parsed = parseXml(text);
  if (!parsed.ok) return fail(parsed.offset, parsed);
  const root = parsed.root;
  if (root.name !== 'ThreatModel') {
    return fail(root.start, {
      message: `the root element is <${root.name}>, not the <ThreatModel> of a ${title} file`,
      hint: `Open the file in the ${title} and save it as a .tm7 model.`,
      subject: 'root',
    });
  }
  const converted = convertTm7(readTm7(root), index, `Imported from ${baseName(file)}`);
  if (converted.model.components.length === 0) {
    const empty = unreadableFinding(index, root.start, {
      message: `the ${title} file has no process, data store or external interactor that threat-align can read, and a model needs at least one component`,
      hint: `Draw the system's elements in the ${title}, or check the shapes it reads (${mappingDoc}).`,
      subject: 'no-components',
    });
    return { format: 'ms-tmt', index, findings: [...converted.findings, empty], notes: converted.notes };
  }
  index.record('', { start: root.start, end: root.end });
  return {
    format: 'ms-tmt',
    model: converted.model,
    index,
    findings: converted.findings,
    notes: converted.notes,
  };
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
