// Parses Mermaid diagrams with Mermaid's own parser and reports what it understood.
// Reads a JSON array of diagram texts on stdin; writes one JSON result per diagram on stdout.
// Mermaid runs its labels through DOMPurify, which needs a DOM: jsdom provides one, and has to be
// in place before Mermaid (and with it DOMPurify) is first imported. It runs in its own Node
// process because Mermaid is a large ESM-only bundle that Jest's module loader would re-evaluate.
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

/** What a reader sees of a label: Mermaid's entity placeholders and HTML entities decoded. */
function shown(text) {
  const html = String(text ?? '')
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';');
  const area = window.document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    results.push({
      ok: true,
      type: diagram.type,
      vertices: [...db.getVertices().values()].map((v) => ({
        id: v.id,
        text: shown(v.text),
        shape: v.type,
        classes: v.classes,
      })),
      edges: db.getEdges().map((e) => ({ from: e.start, to: e.end, text: shown(e.text), stroke: e.stroke })),
      subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: shown(s.title), nodes: s.nodes })),
    });
  } catch (error) {
    results.push({ ok: false, error: String(error instanceof Error ? error.message : error) });
  }
}
process.stdout.write(JSON.stringify(results));
