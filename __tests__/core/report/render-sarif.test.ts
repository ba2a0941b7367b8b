import type { Analysis } from '../../../src/core/analyse.js';
import type { CheckInfo } from '../../../src/core/checks/check.js';
import { catalogue } from '../../../src/core/checks/registry.js';
import { ta101InvalidModel } from '../../../src/core/checks/ta101-invalid-model.js';
import { ta102UnknownReference } from '../../../src/core/checks/ta102-unknown-reference.js';
import { ta104PinMismatch } from '../../../src/core/checks/ta104-pin-mismatch.js';
import { ta105NewerKnowledgeBase } from '../../../src/core/checks/ta105-newer-knowledge-base.js';
import { ta106InvalidKnowledgeBase } from '../../../src/core/checks/ta106-invalid-knowledge-base.js';
import type { Finding } from '../../../src/core/findings/finding.js';
import { fingerprintFinding } from '../../../src/core/findings/fingerprint.js';
import { pathToUri, sarifChunks, type SarifOptions } from '../../../src/core/report/render-sarif.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { item, miniModelText } from '../../fakes/build-context.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';
import { expectGolden } from './expect-golden.js';
import { validateSarif } from './sarif-validator.js';

/** The SARIF log as production writes it: the pieces of sarifChunks, joined. */
const renderSarif = (...args: Parameters<typeof sarifChunks>): string => [...sarifChunks(...args)].join('');

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> };
        logicalLocations?: { name: string }[];
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const options: SarifOptions = {
  toolVersion: '1.2.3',
  docsBase: 'docs/checks/',
  modelFile: 'docs/threatmodel.yaml',
};

/** The mini model with mistakes a team really makes: a flow to a component that was renamed, a mistyped threat type. */
const modelText = `${miniModelText.replace('{ id: publish, from: orders-api, to: events, protocol: amqp }', '{ id: publish, from: orders-api, to: event-bus, protocol: amqp }')}
threats:
  - { id: SQLX@orders-db, status: mitigated }
`;

/** A realistic analysis: the real pipeline on the mini knowledge base (1.1.0 is newer), with a severity configured. */
async function analyseMini(): Promise<Analysis> {
  return runPipeline(
    {
      model: { file: 'docs/threatmodel.yaml', content: modelText },
      modelFolder: 'docs',
      config: { checks: { TA105: 'warning' } },
    },
    memoryKbStore(miniShipped()),
  );
}

/** A finding at a backlog item, worded as the backlog checks word them, quoting hostile item text. */
const backlogFinding: Finding = {
  check: 'TA204',
  severity: 'warning',
  message:
    '#12 names threat SQLI@orders-dbb in its body, but the model has no such threat; it says [see here](https://evil.example)',
  location: { backlogItem: { id: '#12', url: 'https://github.com/contoso/shop/issues/12' } },
  hint: 'Write SQLI@orders-db in #12 instead of SQLI@orders-dbb.',
  subject: '#12:SQLI@orders-dbb',
};
const ta204: CheckInfo = {
  id: 'TA204',
  title: 'A backlog item names an id the model does not have',
  defaultSeverity: 'warning',
  why: 'The link the item meant to make is lost.',
  fix: 'Correct the id in the item.',
};

/** A knowledge-base file that does not load, as the pipeline reports it (TA106, at the file's line). */
async function kbFindings(): Promise<Finding[]> {
  const text = miniModelText.replace('use: mini@1.0.0', 'use: ../security/kb');
  const store = memoryKbStore(miniShipped(), {
    'security/kb': [{ path: 'security/kb/threats.yaml', text: 'threatTypes:\n  - id: X\n    name: [oops\n' }],
  });
  const analysis = await runPipeline(
    { model: { file: 'docs/threatmodel.yaml', content: text }, modelFolder: 'docs' },
    store,
  );
  return analysis.findings.filter((f) => f.check === 'TA106');
}

function parse(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

describe('renderSarif', () => {
  it('matches its golden file for a realistic analysis, and is valid SARIF 2.1.0', async () => {
    const analysis = await analyseMini();
    const stable = new Set(['TA101', 'TA102', 'TA103', 'TA104', 'TA105', 'TA106']);
    // Only the catalogue's settled checks, so that checks added later do not churn this file.
    const findings = [
      ...analysis.findings.filter((f) => stable.has(f.check)),
      ...(await kbFindings()),
      backlogFinding,
    ];
    expect(findings.map((f) => f.check)).toEqual(['TA104', 'TA105', 'TA102', 'TA102', 'TA106', 'TA204']);
    const text = renderSarif(
      { ...analysis, findings },
      {
        ...options,
        docsBase: 'https://threat-align.example/docs/checks/',
        catalogue: [
          ta101InvalidModel,
          ta102UnknownReference,
          ta104PinMismatch,
          ta105NewerKnowledgeBase,
          ta106InvalidKnowledgeBase,
          ta204,
        ],
      },
    );
    expect(validateSarif(JSON.parse(text))).toBeNull();
    expectGolden('render-sarif/mini.sarif.json', text);
  });

  it('describes every check of the registered catalogue as a rule, in order, with its default level', () => {
    const log = parse(renderSarif({ findings: [] }, options));
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(catalogue.map((c) => c.id));
    expect(rules.map((r) => r.defaultConfiguration.level)).toEqual(catalogue.map((c) => c.defaultSeverity));
    expect(rules.some((r) => r.helpUri !== undefined)).toBe(false); // docs/checks/ is no absolute URL
    expect(validateSarif(log)).toBeNull();
  });

  it('is valid for a full run of every registered check over a backlog', async () => {
    const backlog = {
      source: 'file:backlog.json',
      aliases: [],
      items: [
        item('#1', { title: 'As a shopper I pay by card WITHOUT my card being stolen', type: 'story' }),
        item('#2', { body: 'Fixes SQLI@orders-dbb and M-NOPE', url: 'https://example.invalid/2' }),
        item('#3', { title: 'Parameterize queries', labels: ['mitigation:M-PARAM'], status: 'done' }),
      ],
    };
    const analysis = await runPipeline(
      { model: { file: 'threatmodel.yaml', content: modelText }, backlog },
      memoryKbStore(miniShipped()),
    );
    const log = parse(renderSarif(analysis, { ...options, modelFile: 'threatmodel.yaml' }));
    expect(validateSarif(log)).toBeNull();
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(analysis.findings.length);
    const rules = log.runs[0]!.tool.driver.rules;
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('places a backlog finding on line 1 of the model file, naming the item and its URL', () => {
    const log = parse(renderSarif({ findings: [backlogFinding] }, options));
    const result = log.runs[0]!.results[0]!;
    expect(result.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'docs/threatmodel.yaml' },
          region: { startLine: 1, startColumn: 1 },
        },
        logicalLocations: [{ name: '#12', fullyQualifiedName: 'backlog/#12', kind: 'resource' }],
      },
    ]);
    expect(result.message.text).toContain('(backlog item #12: https://github.com/contoso/shop/issues/12)');
    expect(result.partialFingerprints).toEqual({ 'threatAlign/v1': fingerprintFinding(backlogFinding) });
    expect(validateSarif(log)).toBeNull();
  });

  it('adds a bare rule for a check outside the catalogue, so every ruleIndex resolves', () => {
    const stray: Finding = { ...backlogFinding, check: 'TA999' };
    const log = parse(renderSarif({ findings: [stray] }, options));
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...catalogue.map((c) => c.id), 'TA999']);
    expect(log.runs[0]!.results[0]!.ruleIndex).toBe(rules.length - 1);
    expect(validateSarif(log)).toBeNull();
  });

  it('escapes brackets only where text would read as a SARIF embedded link', () => {
    const plain: Finding = { ...backlogFinding, message: 'stride: [T] is missing', subject: 'a' };
    const [a, b] = parse(renderSarif({ findings: [plain, backlogFinding] }, options)).runs[0]!.results;
    expect(a!.message.text).toMatch(/^stride: \[T\] is missing/);
    expect(b!.message.text).toContain('it says \\[see here\\](https://evil.example)');
  });

  it('gives the configured severity as the level, the default one on the rule', () => {
    const finding: Finding = {
      check: 'TA102',
      severity: 'note',
      message: 'm',
      location: { file: 'threatmodel.yaml', line: 3, column: 7, endLine: 3, endColumn: 12 },
      hint: 'h',
      subject: 's',
    };
    const log = parse(renderSarif({ findings: [finding] }, options));
    const result = log.runs[0]!.results[0]!;
    expect(result.level).toBe('note');
    expect(log.runs[0]!.tool.driver.rules[result.ruleIndex]?.defaultConfiguration.level).toBe('error');
    expect(result.locations[0]!.physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 7,
      endLine: 3,
      endColumn: 12,
    });
  });

  it('turns paths into URI references', () => {
    expect(pathToUri('./docs/threat model#1.yaml')).toBe('docs/threat%20model%231.yaml');
    expect(pathToUri('kb\\acme\\threats.yaml')).toBe('kb/acme/threats.yaml');
    expect(pathToUri('/home/ci/repo/threatmodel.yaml')).toBe('file:///home/ci/repo/threatmodel.yaml');
    expect(pathToUri('C:\\repo\\tm.yaml')).toBe('file:///C:/repo/tm.yaml');
    expect(pathToUri('a:b/c.yaml')).toBe('a%3Ab/c.yaml');
  });

  it('is rejected by the validator when it breaks the schema (the check is real)', () => {
    const log = parse(renderSarif({ findings: [backlogFinding] }, options));
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validateSarif(log)).not.toBeNull();
  });
});
