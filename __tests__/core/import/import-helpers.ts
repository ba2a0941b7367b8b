import { readFileSync } from 'node:fs';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import type { Analysis } from '../../../src/core/analyse.js';
import { isFileLocation, type FileLocation, type Finding } from '../../../src/core/findings/finding.js';
import type { ImportResult } from '../../../src/core/import/model-reader.js';
import { findReader } from '../../../src/core/import/readers.js';
import { renderNativeYaml } from '../../../src/core/import/render-native-yaml.js';
import { modelSchema } from '../../../src/core/model/model-schema.js';
import type { HandWrittenThreat } from '../../../src/core/model/threat-model.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { validateDocument } from '../../../src/core/source/validate-document.js';

export const repoRoot = new URL('../../../', import.meta.url).pathname;

/** A file of the shared samples, which sit beside the repository (../shared from its root). */
export function sampleText(relative: string): string {
  return readFileSync(new URL(`../../../../shared/samples/${relative}`, import.meta.url), 'utf8');
}

/** Reads a text through the reader that content detection picks, and checks which one that is. */
export function importText(text: string, file: string, format: ImportResult['format']): ImportResult {
  const reader = findReader(text, file);
  expect(reader?.format).toBe(format);
  return reader!.read(file, text);
}

/** The imported model validates against the native schema, exactly as loadImportedModel checks it. */
export function schemaErrors(result: ImportResult): string[] {
  return validateDocument(result.model, modelSchema, result.index, { check: 'TA101', what: 'imported' }).map(
    (finding) => finding.message,
  );
}

/**
 * The knowledge base these tests expand against: a released one, so that what they pin down about
 * the importers does not move while a newer version is written (its own tests review the samples).
 */
export const importTestKb = 'core@1.0.0';

/** The real pipeline on the source file itself, against a shipped knowledge base. */
export function runOnSource(file: string, text: string): Promise<Analysis> {
  return runPipeline(
    { model: { file, content: text }, knowledgeBase: importTestKb },
    nodeKbStore({ cwd: repoRoot }),
  );
}

/** The converted YAML, run through the real pipeline as a native model. */
export async function runOnConverted(result: ImportResult): Promise<{ yaml: string; analysis: Analysis }> {
  const yaml = renderNativeYaml(result.model!, result.notes, { schemaUrl: './threatmodel.schema.json' });
  const analysis = await runPipeline(
    { model: { file: 'threatmodel.yaml', content: yaml }, knowledgeBase: importTestKb },
    nodeKbStore({ cwd: repoRoot }),
  );
  return { yaml, analysis };
}

export function modelChecks(analysis: Analysis): string[] {
  return analysis.findings.filter((f) => ['TA101', 'TA102', 'TA103'].includes(f.check)).map((f) => f.message);
}

export function line(finding: Finding | FileLocation | undefined): number | undefined {
  if (finding === undefined) return undefined;
  const location = 'check' in finding ? finding.location : finding;
  return isFileLocation(location) ? location.line : undefined;
}

/** The 1-based line of the first occurrence of `snippet` in `text` (after `from`, when given). */
export function lineOf(text: string, snippet: string, from?: string): number {
  const start = from === undefined ? 0 : text.indexOf(from);
  const offset = text.indexOf(snippet, Math.max(start, 0));
  if (offset === -1) throw new Error(`"${snippet}" is not in the text`);
  return text.slice(0, offset).split('\n').length;
}

/** `check subject` of each finding, for compact assertions. */
export function findingSummary(result: ImportResult): string[] {
  return result.findings.map((f) => `${f.check} ${f.severity} ${f.subject}`);
}

/** The threats of an imported model, typed as the importers write them. */
export function threatsOf(model: { threats?: unknown[] } | undefined): HandWrittenThreat[] {
  return (model?.threats ?? []) as HandWrittenThreat[];
}
