import { countFindings } from '../../core/findings/count-findings.js';
import type { Finding } from '../../core/findings/finding.js';
import type { ImportResult, InferenceNote, ModelReader } from '../../core/import/model-reader.js';
import { findReader, modelReaders } from '../../core/import/readers.js';
import { includeReader } from '../../app/include-reader.js';
import { renderNativeYaml } from '../../core/import/render-native-yaml.js';
import { resolveKnowledgeBase } from '../../core/kb/resolve-kb.js';
import { loadModel } from '../../core/import/load-model-file.js';
import type { ThreatModel } from '../../core/model/threat-model.js';
import { renderText } from '../../core/report/render-text.js';
import { defaultKnowledgeBaseName, newestShipped } from '../../core/run-pipeline.js';
import { decodeText } from '../../core/source/decode-text.js';
import { parseSourceDocument } from '../../core/source/parse-document.js';
import { exitCodes, type CliIo } from './cli-io.js';
import type { ParsedArgs } from './parsed-args.js';

const schemaUrl = './node_modules/threat-align/schema/threatmodel.schema.json';
/** Subjects of TA101 findings that mean the file could not be parsed at all (see parse-document.ts). */
const unparsable = new Set(['syntax', 'empty', 'nesting', 'alias', 'encoding']);

/**
 * `threat-align import FILE [--output FILE]`: another tool's model as native YAML, with comments
 * where something was inferred; what could not be mapped (TA107) goes to standard error.
 * Exit status: 0 converted, 1 the file yields no model, 2 usage error or unreadable input.
 */
export async function runImport(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const [file, ...extra] = parsed.positionals;
  const output = typeof parsed.values.output === 'string' ? parsed.values.output : undefined;
  if (file === undefined || extra.length > 0)
    return usageError(io, 'import takes one file: threat-align import FILE [--output FILE]');
  if (output === file) return usageError(io, `--output ${output} would overwrite the file being imported`);
  const read = await io.readFile(file);
  if (!read.ok) return usageError(io, read.reason);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    io.stderr(`${file}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}\n`);
    return exitCodes.usage;
  }
  const reader = findReader(decoded.text, file);
  if (!reader) return explainUnrecognised(io, file, decoded.text);
  const includes = await reader.collectIncludes?.(decoded.text, includeReader(file, io));
  const result = reader.read(file, decoded.text, includes === undefined ? {} : { includes });
  if (!result.model) {
    printFindings(io, result.findings);
    const unreadable = result.findings.some((f) => f.check === 'TA101' && unparsable.has(f.subject));
    return unreadable ? exitCodes.usage : exitCodes.findings;
  }
  const yaml = await convert(io, file, reader, result, result.model);
  const invalid = loadModel(output ?? 'threatmodel.yaml', yaml).findings;
  if (invalid.length > 0) {
    io.stderr(
      `threat-align import: the converted model does not validate; this is a bug in the ${reader.title} reader\n`,
    );
    printFindings(io, invalid);
    return exitCodes.findings;
  }
  if (output === undefined) io.stdout(yaml);
  else {
    const written = await io.writeFile(output, yaml);
    if (!written.ok) return usageError(io, written.reason);
  }
  printFindings(io, result.findings);
  const { components, flows = [], boundaries = [], threats = [] } = result.model;
  io.stderr(
    `threat-align: converted ${file} (${reader.title}): ${components.length} components, ${flows.length} flows, ${boundaries.length} boundaries, ${threats.length} threats${output === undefined ? '' : `; wrote ${output}`}\n`,
  );
  return exitCodes.clean;
}

/** The YAML, pinned to the newest shipped knowledge base so that `threat-align check` takes it as it is. */
async function convert(
  io: CliIo,
  file: string,
  reader: ModelReader,
  result: ImportResult,
  model: ThreatModel,
): Promise<string> {
  const notes: InferenceNote[] = [...result.notes];
  const use = await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases);
  const resolved = await resolveKnowledgeBase(use, io.knowledgeBases);
  const { schema, system, ...rest } = model;
  const pinned: ThreatModel = resolved.loaded
    ? { schema, system, knowledgeBase: { use, sha256: resolved.loaded.kb.sha256, profile: 'top' }, ...rest }
    : model;
  if (resolved.loaded)
    notes.push({
      pointer: '/knowledgeBase',
      text: `pinned by threat-align import to ${use}, the newest shipped version`,
    });
  const unmapped = result.findings.filter((f) => f.check === 'TA107').length;
  return renderNativeYaml(pinned, notes, {
    schemaUrl,
    header: [
      `Converted by threat-align import from ${file} (${reader.title}).`,
      'Comments mark what was inferred rather than read: review them, then delete them.',
      ...(unmapped > 0
        ? [
            `${unmapped} part(s) could not be mapped (TA107): threat-align import and threat-align check list them.`,
          ]
        : []),
    ],
  });
}

/** No reader claims the file: it is a native model, unparsable, or in no format threat-align reads. */
function explainUnrecognised(io: CliIo, file: string, text: string): number {
  const parsed = parseSourceDocument(file, text);
  if (parsed.findings.length > 0) {
    printFindings(io, parsed.findings);
    return exitCodes.usage;
  }
  const schema =
    typeof parsed.value === 'object' && parsed.value !== null && 'schema' in parsed.value
      ? parsed.value.schema
      : undefined;
  if (typeof schema === 'string' && schema.startsWith('threat-align/')) {
    io.stderr(
      `threat-align import: ${file} is already a threat-align model (schema: ${schema}); there is nothing to convert. Check it with: threat-align check ${file}\n`,
    );
    return exitCodes.usage;
  }
  io.stderr(
    `threat-align import: ${file} is in no format threat-align can import (${modelReaders.map((r) => r.title).join(', ')})\n`,
  );
  return exitCodes.usage;
}

function printFindings(io: CliIo, findings: Finding[]): void {
  if (findings.length > 0) io.stderr(renderText({ findings, counts: countFindings(findings) }));
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`threat-align import: ${message}\n`);
  return exitCodes.usage;
}
