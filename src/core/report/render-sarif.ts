import type { Analysis } from '../analyse.js';
import type { CheckInfo } from '../checks/check.js';
import { catalogue as registeredChecks } from '../checks/registry.js';
import { isFileLocation, type Finding, type Severity } from '../findings/finding.js';
import { fingerprintFinding } from '../findings/fingerprint.js';
import { jsonChunks } from './json-chunks.js';
import { checkDocsUrl, type ReportOptions } from './report-options.js';

export interface SarifOptions extends ReportOptions {
  /** The model file as code scanning should show it: a path relative to the repository root. */
  modelFile: string;
  /** The checks to describe as rules; the whole registered catalogue unless a caller narrows or extends it. */
  catalogue?: readonly CheckInfo[];
}

/** The schema the log declares: the OASIS standard's SARIF 2.1.0 schema (with errata 01). */
const sarifSchemaUri =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The partial fingerprint's name; bump its version if fingerprintFinding ever changes. */
const fingerprintName = 'threatAlign/v1';

type Level = 'error' | 'warning' | 'note';
const levels: Record<Severity, Level> = { error: 'error', warning: 'warning', note: 'note' };

/**
 * The SARIF 2.1.0 log for code scanning (SPEC §6): one rule per check of the catalogue, one result
 * per finding, each located in a file of the repository, with a line-independent fingerprint; in
 * pieces for a writer (see `jsonChunks`), so that a large log is never held whole.
 */
export function* sarifChunks(
  analysis: Pick<Analysis, 'findings' | 'expansion' | 'kb'>,
  options: SarifOptions,
): Generator<string> {
  yield* jsonChunks(sarifLog(analysis, options));
  yield '\n';
}

function sarifLog(analysis: Pick<Analysis, 'findings' | 'expansion' | 'kb'>, options: SarifOptions): object {
  const rules = describeRules(analysis.findings, options.catalogue ?? registeredChecks);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion);
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'threat-align',
            version: options.toolVersion,
            ...(semver ? { semanticVersion: options.toolVersion } : {}),
            rules: rules.map((rule) => renderRule(rule, options)),
          },
        },
        // Columns count UTF-16 code units, as JavaScript strings do (source/text-position.ts).
        columnKind: 'utf16CodeUnits',
        results: analysis.findings.map((finding) =>
          renderResult(finding, ruleIndex.get(finding.check) ?? 0, options.modelFile),
        ),
        ...(analysis.kb && analysis.expansion
          ? {
              properties: {
                knowledgeBase: {
                  name: analysis.kb.name,
                  version: analysis.kb.version,
                  sha256: analysis.kb.sha256,
                  profile: analysis.expansion.profile,
                },
              },
            }
          : {}),
      },
    ],
  };
  return log;
}

/** The catalogue, plus a bare rule for any check a finding names that the catalogue lacks, so every result has its rule. */
function describeRules(findings: readonly Finding[], catalogue: readonly CheckInfo[]): CheckInfo[] {
  const rules = [...catalogue];
  const known = new Set(catalogue.map((check) => check.id));
  for (const finding of findings) {
    if (known.has(finding.check)) continue;
    known.add(finding.check);
    rules.push({
      id: finding.check,
      title: finding.check,
      defaultSeverity: finding.severity,
      why: `${finding.check} is not in threat-align's catalogue of checks.`,
      fix: finding.hint,
    });
  }
  return rules;
}

function renderRule(check: CheckInfo, options: ReportOptions): object {
  const docs = checkDocsUrl(options, check.id);
  return {
    id: check.id,
    name: pascalCase(check.title),
    shortDescription: { text: check.title },
    fullDescription: { text: check.why },
    help: {
      text: `${check.fix}\n\nDocumentation: ${docs}`,
      markdown: `${check.fix}\n\n[${check.id} documentation](${docs})`,
    },
    ...(/^https?:\/\//i.test(docs) ? { helpUri: docs } : {}),
    defaultConfiguration: { level: levels[check.defaultSeverity] },
    properties: { tags: ['threat-model'] },
  };
}

function renderResult(finding: Finding, ruleIndex: number, modelFile: string): object {
  const location = finding.location;
  let text = finding.message;
  let where: object;
  if (isFileLocation(location)) {
    // Findings in other files keep their file: knowledge-base files (TA106), the configuration.
    const region: Record<string, number> = { startLine: location.line, startColumn: location.column };
    if (location.endLine !== undefined) region.endLine = location.endLine;
    if (location.endColumn !== undefined) region.endColumn = location.endColumn;
    where = { physicalLocation: { artifactLocation: { uri: pathToUri(location.file) }, region } };
  } else {
    // Code scanning drops results without a physical location, and a backlog item is no file of the
    // repository: such findings sit on line 1 of the model file, and name the item as a logical
    // location (and in the message, with its URL, since code scanning shows only the message).
    const item = location.backlogItem;
    text += item.url === undefined ? ` (backlog item ${item.id})` : ` (backlog item ${item.id}: ${item.url})`;
    where = {
      physicalLocation: {
        artifactLocation: { uri: pathToUri(modelFile) },
        region: { startLine: 1, startColumn: 1 },
      },
      logicalLocations: [{ name: item.id, fullyQualifiedName: `backlog/${item.id}`, kind: 'resource' }],
    };
  }
  return {
    ruleId: finding.check,
    ruleIndex,
    level: levels[finding.severity],
    message: { text: escapeEmbeddedLinks(`${text}\n\nHow to fix: ${finding.hint}`) },
    locations: [where],
    partialFingerprints: { [fingerprintName]: fingerprintFinding(finding) },
  };
}

/**
 * A file path as a SARIF URI reference: forward slashes, each segment percent-encoded, relative
 * paths kept relative (code scanning resolves them from the repository root), absolute ones as
 * `file:` URIs.
 * @internal Exported for its tests; production reaches it through this module.
 */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  const encode = (segments: string): string => segments.split('/').map(encodeURIComponent).join('/');
  if (drive) return `file:///${drive[1] ?? ''}:/${encode(slashed.slice(3))}`;
  if (slashed.startsWith('/')) return `file://${encode(slashed)}`;
  return encode(slashed.replace(/^(\.\/)+/, ''));
}

/**
 * SARIF reads `[text](target)` in a plain-text message as an embedded link (SARIF 2.1.0 §3.11.6);
 * findings quote backlog text, so where that pattern occurs, brackets are escaped to stay literal.
 */
function escapeEmbeddedLinks(text: string): string {
  if (!/\[[^\]]*\]\(/.test(text)) return text;
  return text.replace(/[[\]]/g, (c) => `\\${c}`);
}

/** A rule's name as SARIF suggests one (`NullDereference`): the check's title in PascalCase. */
function pascalCase(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join('');
}
