import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/core/analyse.js';
import { isFileLocation, type Finding } from '../../../src/core/findings/finding.js';

/**
 * Every invalid model under __tests__/fixtures/invalid-models has one kind of defect. For each, the
 * exact findings that `analyse` returns: check, line, column and message, each checked by hand
 * against the fixture (the unknown key at the key, the wrong value at the value, the missing
 * property at the mapping that lacks it).
 */

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;

type Expected = [check: string, line: number, column: number, message: string];

function analyseFixture(folder: string, name: string) {
  const bytes = new Uint8Array(readFileSync(join(fixtures, folder, name)));
  return analyse({ model: { file: name, content: bytes } });
}

function summarise(findings: readonly Finding[]): Expected[] {
  return findings.map((finding) => {
    const { location } = finding;
    if (!isFileLocation(location)) throw new Error(`${finding.check} has no file location`);
    return [finding.check, location.line, location.column, finding.message];
  });
}

const cases: [fixture: string, expected: Expected[]][] = [
  // YAML and JSON syntax: one finding, at the first place the parser stumbles
  [
    'syntax-bad-indentation.yaml',
    [
      [
        'TA101',
        7,
        4,
        'invalid YAML: this line is inside the list above, but neither starts a "- " item nor lines up with the keys of one',
      ],
    ],
  ],
  [
    'syntax-unclosed-flow-sequence.yaml',
    [['TA101', 10, 11, 'invalid YAML: the [ opened here is never closed with ]']],
  ],
  [
    'syntax-tab-indentation.yaml',
    [['TA101', 3, 1, 'invalid YAML: a tab indents this line; YAML indents with spaces only']],
  ],
  [
    'syntax-unterminated-quote.yaml',
    [['TA101', 3, 9, 'invalid YAML: the string that starts here with " is never closed']],
  ],
  [
    'syntax-two-documents.yaml',
    [['TA101', 7, 1, 'invalid YAML: a second document starts here; a file holds one document']],
  ],
  [
    'json-trailing-comma.json',
    [['TA101', 5, 39, "invalid JSON: trailing comma before ']': JSON allows no comma there"]],
  ],
  [
    'json-unterminated-string.json',
    [['TA101', 3, 23, 'invalid JSON: the string that starts here is not closed on its line']],
  ],
  // Duplicate keys in one mapping (TA103, raised while parsing)
  [
    'duplicate-key.yaml',
    [['TA103', 7, 5, 'duplicate key "type" (first at line 6:5): a mapping may name each key once']],
  ],
  [
    'json-duplicate-key.json',
    [['TA103', 3, 31, 'duplicate key "name" (first at line 3:15): a mapping may name each key once']],
  ],
  // Files that are not a model at all
  ['empty.yaml', [['TA101', 1, 1, 'the file is empty: expected a mapping']]],
  ['comments-only.yaml', [['TA101', 1, 1, 'the file is empty: expected a mapping']]],
  [
    'scalar-only.yaml',
    [['TA101', 1, 1, 'the document: expected a mapping, found the string "threat-align/v1"']],
  ],
  ['list-only.yaml', [['TA101', 1, 1, 'the document: expected a mapping, found a list']]],
  ['json-list-only.json', [['TA101', 1, 1, 'the document: expected a mapping, found a list']]],
  // Hostile structure (SPEC §9): aliases and nesting
  [
    'alias-bomb.yaml',
    [['TA101', 13, 14, 'aliases repeat more than 100000 nodes by this one (*e): too many to expand safely']],
  ],
  [
    'alias-recursive.yaml',
    [['TA101', 8, 13, 'alias *all refers to the node that contains it, which would repeat forever']],
  ],
  [
    'alias-undefined.yaml',
    [['TA101', 7, 17, 'alias *common refers to no anchor: &common is not set before it']],
  ],
  ['deep-nesting.yaml', [['TA101', 70, 131, 'nesting is deeper than 64 levels']]],
  [
    'constructor-property-key.yaml',
    [['TA101', 9, 7, 'components[0].properties: "constructor" is a reserved name']],
  ],
  ['proto-key.yaml', [['TA101', 7, 5, 'components[0]: unknown property "__proto__"']]],
  // Schema: version, required properties, unknown properties
  [
    'schema-version-wrong.yaml',
    [['TA101', 1, 9, 'schema: expected "threat-align/v1", found the string "threat-align/v2"']],
  ],
  ['missing-system-name.yaml', [['TA101', 3, 3, 'system: missing required property "name"']]],
  ['missing-components.yaml', [['TA101', 2, 1, 'the document: missing required property "components"']]],
  ['missing-component-type.yaml', [['TA101', 7, 5, 'components[1]: missing required property "type"']]],
  ['missing-flow-to.yaml', [['TA101', 10, 5, 'flows[0]: missing required property "to"']]],
  [
    'unknown-properties.yaml',
    [
      ['TA101', 4, 3, 'system: unknown property "team"'],
      ['TA101', 8, 5, 'components[0]: unknown property "boundry" (did you mean "boundary"?)'],
      ['TA101', 9, 1, 'the document: unknown property "component" (did you mean "components"?)'],
    ],
  ],
  ['json-unknown-property.json', [['TA101', 5, 39, 'components[0]: unknown property "zone"']]],
  [
    'bom-crlf-broken.yaml',
    [
      ['TA101', 1, 9, 'schema: expected "threat-align/v1", found the string "threat-align/v2"'],
      ['TA101', 8, 5, 'components[0]: unknown property "zone"'],
    ],
  ],
  // Schema: wrong types, empty values, enums, patterns
  [
    'wrong-type-string-for-list.yaml',
    [['TA101', 10, 11, 'components[0].data: expected a list, found the string "card"']],
  ],
  ['wrong-type-number-for-string.yaml', [['TA101', 3, 9, 'system.name: expected a string, found number 42']]],
  ['empty-components.yaml', [['TA101', 4, 13, 'components: expected at least 1 item, found 0 items']]],
  [
    'empty-system-name.yaml',
    [['TA101', 3, 9, 'system.name: expected at least 1 character, found an empty string']],
  ],
  [
    'enum-classification.yaml',
    [
      [
        'TA101',
        6,
        21,
        'data[0].classification: "secret" is not one of public, internal, confidential, restricted',
      ],
    ],
  ],
  [
    'enum-stride-letter.yaml',
    [['TA101', 10, 17, 'threats[0].stride[1]: "X" is not one of S, T, R, I, D, E']],
  ],
  [
    'enum-mitigation-status.yaml',
    [
      [
        'TA101',
        9,
        13,
        'mitigations.M-TLS.status: "done" is not one of proposed, planned, in-progress, implemented, not-applicable, accepted-risk',
      ],
    ],
  ],
  [
    'enum-threat-status.yaml',
    [
      [
        'TA101',
        9,
        13,
        'threats[0].status: "fixed" is not one of open, mitigated, accepted-risk, not-applicable',
      ],
    ],
  ],
  [
    'pattern-component-type-capitals.yaml',
    [
      [
        'TA101',
        6,
        11,
        'components[0].type: "WebApp" is not a component type of the knowledge base, such as web-app or sql-database',
      ],
    ],
  ],
  [
    'pattern-mitigation-id.yaml',
    [
      [
        'TA101',
        10,
        26,
        'requirements[0].mitigations[1]: "tls" is not a mitigation type id of the knowledge base, such as M-PARAMETERIZED-QUERIES',
      ],
      [
        'TA101',
        12,
        3,
        'mitigations: "m-tls" is not a mitigation type id of the knowledge base, such as M-PARAMETERIZED-QUERIES',
      ],
    ],
  ],
  [
    'pattern-backlog-ref.yaml',
    [
      [
        'TA101',
        10,
        22,
        'mitigations.M-TLS.backlog[1]: "issue 52" is not a backlog reference: #123, owner/repo#123, AB#123, PROJ-123 (Jira) or a URL',
      ],
    ],
  ],
  // Schema: accepted-risk needs a reason, wherever the status is written
  [
    'accepted-risk-threat-without-reason.yaml',
    [['TA101', 8, 5, 'threats[0]: status "accepted-risk" requires "reason"']],
  ],
  [
    'accepted-risk-mitigation-without-reason.yaml',
    [['TA101', 9, 5, 'mitigations.M-WAF: status "accepted-risk" requires "reason"']],
  ],
  [
    'accepted-risk-except-without-reason.yaml',
    [['TA101', 14, 9, 'mitigations.M-TLS.except.admin: status "accepted-risk" requires "reason"']],
  ],
  // TA102: references that point to nothing, or to the wrong kind of element
  [
    'unknown-boundary.yaml',
    [
      ['TA102', 13, 15, 'components[1].boundary: "clod" names no boundary of the model'],
      ['TA102', 16, 15, 'components[2].boundary: "on-premises" names no boundary of the model'],
    ],
  ],
  [
    'unknown-boundary-parent.yaml',
    [['TA102', 7, 13, 'boundaries[1].parent: "cloud-vpc" names no boundary of the model']],
  ],
  [
    'boundary-cycle.yaml',
    [['TA102', 6, 13, 'boundary "cloud" sits inside itself: cloud → subnet → vpc → cloud']],
  ],
  [
    'unknown-data.yaml',
    [
      ['TA102', 12, 18, 'components[1].data[1]: "cart" names no data asset of the model'],
      ['TA102', 17, 18, 'flows[0].data[1]: "passwords" names no data asset of the model'],
    ],
  ],
  [
    'unknown-flow-endpoints.yaml',
    [
      ['TA102', 14, 11, 'flows[0].from: "shoper" names no component of the model'],
      ['TA102', 15, 9, 'flows[0].to: "payment-gateway" names no component of the model'],
      ['TA102', 18, 9, 'flows[1].to: "card" is a data asset, not a component'],
    ],
  ],
  [
    'unknown-threat-decision-element.yaml',
    [
      [
        'TA102',
        10,
        9,
        'threats[0].id: threat "SQLI@orders-bd" is about "orders-bd", which names no component or flow of the model',
      ],
    ],
  ],
  [
    'unknown-threat-target.yaml',
    [['TA102', 11, 13, 'threats[0].target: "coupon-service" names no component or flow of the model']],
  ],
  [
    'unknown-except-element.yaml',
    [['TA102', 15, 7, 'mitigations.M-TLS.except: "internal-synk" names no component or flow of the model']],
  ],
  [
    'unknown-story-threat.yaml',
    [
      [
        'TA102',
        18,
        36,
        'stories[0].threats[1]: threat "CARD-THEFT@chekout" is about "chekout", which names no component or flow of the model',
      ],
      ['TA102', 18, 56, 'stories[0].threats[2]: "T-COUPON-ABUS" names no threat of the model'],
    ],
  ],
  [
    'unknown-story-requirement.yaml',
    [['TA102', 12, 26, 'stories[0].requirements[1]: "SR-2" names no requirement of the model']],
  ],
  ['unknown-answers-component.yaml', [['TA102', 10, 3, 'answers: "wbe" names no component of the model']]],
  // TA103: one id declared twice, across kinds or as two decisions on one threat
  [
    'duplicate-id-component-flow.yaml',
    [['TA103', 10, 9, 'flows[0].id: "checkout" is already the id of the component at line 7:9']],
  ],
  [
    'duplicate-id-boundary-data.yaml',
    [['TA103', 7, 9, 'data[0].id: "cards" is already the id of the boundary at line 5:9']],
  ],
  [
    'duplicate-threat-decision.yaml',
    [['TA103', 10, 9, 'threats[1].id: "XSS@web" is already the id of the threat at line 8:9']],
  ],
];

describe('invalid models', () => {
  it.each(cases)('%s', (fixture, expected) => {
    expect(summarise(analyseFixture('invalid-models', fixture).findings)).toEqual(expected);
  });

  it('has an expectation for every fixture in the folder', () => {
    const listed = [...cases.map(([fixture]) => fixture), 'bom-crlf-valid.yaml'].sort();
    expect(readdirSync(join(fixtures, 'invalid-models')).sort()).toEqual(listed);
  });

  it('names the file in every finding and gives every finding a hint', () => {
    for (const [fixture] of cases) {
      for (const finding of analyseFixture('invalid-models', fixture).findings) {
        expect(finding.location).toMatchObject({ file: fixture });
        expect(finding.hint).not.toBe('');
      }
    }
  });

  it('says what to write in the hints of the findings readers meet most', () => {
    const hintsOf = (fixture: string) =>
      analyseFixture('invalid-models', fixture).findings.map((f) => f.hint);
    expect(hintsOf('unknown-boundary.yaml')).toEqual([
      'Did you mean "cloud"? Write the id of a boundary declared in the model.',
      'Write the id of a boundary declared in the model, or declare "on-premises".',
    ]);
    expect(hintsOf('accepted-risk-mitigation-without-reason.yaml')).toEqual([
      'Add "reason:" to mitigations.M-WAF, saying why.',
    ]);
    expect(hintsOf('enum-stride-letter.yaml')).toEqual(['Write one of: S, T, R, I, D, E.']);
    expect(hintsOf('syntax-tab-indentation.yaml')).toEqual([
      'Replace the tabs at the start of this line with spaces.',
    ]);
    expect(hintsOf('duplicate-threat-decision.yaml')).toEqual([
      'Keep one decision on "XSS@web": remove this entry, or merge it into the one at line 8:9.',
    ]);
  });

  it('keeps __proto__ an ordinary key: nothing is polluted', () => {
    analyseFixture('invalid-models', 'proto-key.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('valid models', () => {
  it.each([
    ['models', 'minimal.yaml'],
    ['models', 'contoso-shop.yaml'],
    // The positive control of bom-crlf-broken.yaml: a byte-order mark and CRLF line ends are fine.
    ['invalid-models', 'bom-crlf-valid.yaml'],
  ])('%s/%s produces no finding at all', (folder, fixture) => {
    const analysis = analyseFixture(folder, fixture);
    expect(analysis.findings).toEqual([]);
    expect(analysis.counts).toEqual({ error: 0, warning: 0, note: 0, total: 0 });
    expect(analysis.model?.components.length).toBeGreaterThan(0);
  });
});

describe('positions in a file with a byte-order mark and CRLF line ends', () => {
  it('are the positions a reader sees, ends included', () => {
    const locations = analyseFixture('invalid-models', 'bom-crlf-broken.yaml').findings.map(
      (f) => f.location,
    );
    expect(locations).toEqual([
      { file: 'bom-crlf-broken.yaml', line: 1, column: 9, endLine: 1, endColumn: 24 },
      { file: 'bom-crlf-broken.yaml', line: 8, column: 5 },
    ]);
  });

  it('are the same as in the same file saved without the mark and with LF line ends', () => {
    const bytes = readFileSync(join(fixtures, 'invalid-models', 'bom-crlf-broken.yaml'));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const plain = bytes.subarray(3).toString('utf8').replace(/\r\n/g, '\n');
    const fromPlain = analyse({ model: { file: 'bom-crlf-broken.yaml', content: plain } });
    expect(fromPlain.findings).toEqual(analyseFixture('invalid-models', 'bom-crlf-broken.yaml').findings);
  });
});

describe('hostile input too large to keep as a fixture', () => {
  const brackets = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  it.each([
    ['brackets.yaml', `schema: ${brackets}\n`, 73],
    ['brackets.json', `{"schema": ${brackets}}\n`, 75],
  ])(
    '%s: brackets nested deeper than the parser can go are reported at the 65th level',
    (file, text, column) => {
      expect(summarise(analyse({ model: { file, content: text } }).findings)).toEqual([
        ['TA101', 1, column, 'nesting is deeper than 64 levels'],
      ]);
    },
  );

  it('an anchor reused past the limit is reported at the alias that crosses it', () => {
    const properties = Array.from({ length: 50 }, (_, i) => `p${i}: ${i}`).join(', ');
    const lines = ['schema: threat-align/v1', 'system: { name: Shop }', 'components:'];
    lines.push(`  - { id: c0, type: web-app, properties: &common { ${properties} } }`);
    // Each alias repeats 101 nodes (the mapping, 50 keys, 50 values): the 991st crosses 100,000.
    for (let i = 1; i <= 991; i += 1) lines.push(`  - { id: c${i}, type: web-app, properties: *common }`);
    const findings = analyse({ model: { file: 'reuse.yaml', content: lines.join('\n') } }).findings;
    expect(summarise(findings)).toEqual([
      [
        'TA101',
        995,
        44,
        'aliases repeat more than 100000 nodes by this one (*common): too many to expand safely',
      ],
    ]);
  });
});
