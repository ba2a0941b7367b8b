/**
 * The bad-input corpus (SPEC §9): knowledge bases, backlog files, configuration files, imported
 * formats and models, each with the one line threat-align must print for it. Small inputs are
 * written here; large ones are generated when the test runs, so no big file is ever committed.
 */

export type BadInputKind = 'kb' | 'backlog' | 'config' | 'import' | 'model';

export interface BadInput {
  name: string;
  kind: BadInputKind;
  /** Files to write into a fresh folder, by relative path. */
  files: Record<string, string | Uint8Array | (() => string | Uint8Array)>;
  /** CLI arguments (after `node dist/cli.js`). */
  args: string[];
  /** The exit status: 1 for findings, 2 for unusable input. */
  status: 1 | 2;
  /** A line the output (stdout, then stderr) must contain, literally: `file:line:column: error TAxxx: message`. */
  expected: string;
  /** How long the run may take; 9 s unless the input is tens of megabytes. */
  timeoutMs?: number;
}

const minimalModel =
  'schema: threat-align/v1\nsystem: { name: Shop }\ncomponents:\n  - { id: web, type: web-app }\n';
const kbManifest = 'knowledgeBase: { name: acme, version: 1.0.0 }\n';
const kbTypes =
  'componentTypes:\n  - { id: process, name: Process, abstract: true, element: process, stride: [S, T] }\n  - { id: web-app, name: Web application, extends: process }\n';

/** A model using the knowledge-base folder `kb/`, plus that folder's files. */
function kbCase(
  name: string,
  files: Record<string, string | Uint8Array>,
  expected: string,
  status: 1 | 2 = 1,
): BadInput {
  const prefixed = Object.fromEntries(Object.entries(files).map(([path, text]) => [`kb/${path}`, text]));
  return {
    name,
    kind: 'kb',
    files: { 'threatmodel.yaml': minimalModel, ...prefixed },
    args: ['check', 'threatmodel.yaml', '--kb', './kb'],
    status,
    expected,
  };
}

function backlogCase(
  name: string,
  content: BadInput['files'][string],
  expected: string,
  file = 'backlog.json',
): BadInput {
  return {
    name,
    kind: 'backlog',
    files: { 'threatmodel.yaml': minimalModel, [file]: content },
    args: ['check', 'threatmodel.yaml', '--backlog', `file:${file}`],
    status: 2,
    expected,
  };
}

function configCase(name: string, content: BadInput['files'][string], expected: string): BadInput {
  return {
    name,
    kind: 'config',
    files: { 'threatmodel.yaml': minimalModel, 'config.yaml': content },
    args: ['check', 'threatmodel.yaml', '--config', 'config.yaml'],
    status: 2,
    expected,
  };
}

function modelCase(
  name: string,
  file: string,
  content: BadInput['files'][string],
  expected: string,
  status: 1 | 2 = 1,
): BadInput {
  return { name, kind: 'model', files: { [file]: content }, args: ['check', file], status, expected };
}

function importCase(
  name: string,
  file: string,
  content: BadInput['files'][string],
  expected: string,
  status: 1 | 2 = 1,
  extra: Record<string, string> = {},
  flags: string[] = [],
): BadInput {
  return {
    name,
    kind: 'import',
    files: { [file]: content, ...extra },
    args: ['check', file, ...flags],
    status,
    expected,
  };
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const item = (id: string, extra = ''): string =>
  `{ "id": "#${id}", "title": "Story ${id}", "state": "open"${extra} }`;
const backlog = (...items: string[]): string => `{\n  "items": [\n    ${items.join(',\n    ')}\n  ]\n}\n`;

const corpus: BadInput[] = [
  // ── knowledge bases ────────────────────────────────────────────────────────
  kbCase(
    'kb: unclosed flow sequence',
    {
      'kb.yaml': kbManifest,
      'types.yaml': 'componentTypes:\n  - { id: web-app, name: Web, stride: [S, T }\n',
    },
    'kb/types.yaml:2:39: error TA106: invalid YAML: the [ opened here is never closed with ]',
  ),
  kbCase(
    'kb: tab indentation',
    { 'kb.yaml': kbManifest, 'types.yaml': 'componentTypes:\n\t- { id: web-app }\n' },
    'kb/types.yaml:2:1: error TA106: invalid YAML: a tab indents this line; YAML indents with spaces only',
  ),
  kbCase(
    'kb: name is a number',
    {
      'kb.yaml': kbManifest,
      'types.yaml': 'componentTypes:\n  - { id: web-app, name: 42, element: process, stride: [S] }\n',
    },
    'kb/types.yaml:2:26: error TA106: componentTypes[0].name: expected a string, found number 42',
  ),
  kbCase(
    'kb: stride is a string',
    {
      'kb.yaml': kbManifest,
      'types.yaml': 'componentTypes:\n  - { id: web-app, name: Web, element: process, stride: STRIDE }\n',
    },
    'kb/types.yaml:2:57: error TA106: componentTypes[0].stride: expected a list, found the string "STRIDE"',
  ),
  kbCase(
    'kb: componentTypes is a mapping',
    { 'kb.yaml': kbManifest, 'types.yaml': 'componentTypes:\n  web-app: { name: Web }\n' },
    'kb/types.yaml:2:3: error TA106: componentTypes: expected a list, found a mapping',
  ),
  kbCase(
    'kb: no manifest',
    { 'types.yaml': kbTypes },
    'kb/types.yaml:1:1: error TA106: no manifest: none of the 1 knowledge-base files says "knowledgeBase: { name, version }"',
  ),
  kbCase(
    'kb: two manifests',
    { 'kb.yaml': kbManifest, 'types.yaml': kbManifest + kbTypes },
    'kb/types.yaml:1:1: error TA106: a second manifest: a knowledge base has exactly one "knowledgeBase:" section',
  ),
  kbCase(
    'kb: version is not semver',
    { 'kb.yaml': 'knowledgeBase: { name: acme, version: one }\n', 'types.yaml': kbTypes },
    'kb/kb.yaml:1:39: error TA106: knowledgeBase.version: "one" is not of the form ^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$',
  ),
  kbCase(
    'kb: extends an unknown type',
    { 'kb.yaml': kbManifest, 'types.yaml': kbTypes + '  - { id: api, name: API, extends: service }\n' },
    'kb/types.yaml:4:36: error TA106: component type "api" extends "service", which is not a component type',
  ),
  kbCase(
    'kb: inheritance cycle',
    {
      'kb.yaml': kbManifest,
      'types.yaml':
        'componentTypes:\n  - { id: web-app, name: Web, extends: api }\n  - { id: api, name: API, extends: web-app }\n',
    },
    'kb/types.yaml:2:40: error TA106: component type "web-app" inherits from itself: web-app → api → web-app',
  ),
  kbCase(
    'kb: self inheritance',
    { 'kb.yaml': kbManifest, 'types.yaml': kbTypes + '  - { id: loop, name: Loop, extends: loop }\n' },
    'kb/types.yaml:4:38: error TA106: component type "loop" inherits from itself: loop → loop',
  ),
  kbCase(
    'kb: threat type names an unknown mitigation',
    {
      'kb.yaml': kbManifest,
      'types.yaml': kbTypes,
      'threats.yaml':
        'threatTypes:\n  - id: XSS\n    name: XSS\n    description: Script runs.\n    stride: [T]\n    severity: high\n    appliesTo: component\n    rule: { typeIs: web-app }\n    mitigations: [{ id: M-ESCAPE, strength: strong }]\n',
    },
    'kb/threats.yaml:9:25: error TA106: threat type "XSS" names mitigation type "M-ESCAPE", which does not exist',
  ),
  kbCase(
    'kb: rule names an unknown type',
    {
      'kb.yaml': kbManifest,
      'types.yaml': kbTypes,
      'threats.yaml':
        'mitigationTypes:\n  - { id: M-ESCAPE, name: Escape output, description: Output is escaped., control: preventive, cost: low }\nthreatTypes:\n  - id: XSS\n    name: XSS\n    description: Script runs.\n    stride: [T]\n    severity: high\n    appliesTo: component\n    rule: { typeIs: spa }\n    mitigations: [{ id: M-ESCAPE, strength: strong }]\n',
    },
    'kb/threats.yaml:10:21: error TA106: typeIs names "spa", which is not a component type',
  ),
  kbCase(
    'kb: rule with two operators',
    {
      'kb.yaml': kbManifest,
      'types.yaml': kbTypes,
      'threats.yaml':
        'threatTypes:\n  - id: XSS\n    name: XSS\n    description: Script runs.\n    stride: [T]\n    severity: high\n    appliesTo: component\n    rule: { typeIs: web-app, not: { typeIs: web-app } }\n    mitigations: []\n',
    },
    'kb/threats.yaml:8:11: error TA106: threatTypes[0].rule must NOT have more than 1 properties',
  ),
  kbCase(
    'kb: a rule 200 levels deep',
    {
      'kb.yaml': kbManifest,
      'types.yaml': kbTypes,
      'threats.yaml': `threatTypes:\n  - id: DEEP\n    name: Deep\n    description: Deep rule.\n    stride: [T]\n    severity: low\n    appliesTo: component\n    rule: ${'{ not: '.repeat(200)}{ typeIs: web-app }${' }'.repeat(200)}\n    mitigations: []\n`,
    },
    'kb/threats.yaml:8:445: error TA106: nesting is deeper than 64 levels',
  ),
  kbCase(
    'kb: alias bomb',
    {
      'kb.yaml': kbManifest,
      'types.yaml': `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ).join('\n')}\n`,
    },
    'kb/types.yaml:5:36: error TA106: aliases repeat more than 100000 nodes by this one (*d): too many to expand safely',
  ),
  kbCase(
    'kb: __proto__ key',
    { 'kb.yaml': kbManifest, 'types.yaml': kbTypes + '__proto__: { polluted: true }\n' },
    'kb/types.yaml:4:1: error TA106: the document: unknown property "__proto__"',
  ),
  kbCase(
    'kb: a property named "constructor" is an ordinary name (only the missing pin is reported)',
    {
      'kb.yaml': kbManifest + 'properties:\n  constructor: { description: a trap, type: boolean }\n',
      'types.yaml': kbTypes,
    },
    'threatmodel.yaml:1:1: error TA104: the model does not say which knowledge base it uses; it was checked against acme@1.0.0',
  ),
  kbCase(
    'kb: duplicate id across files',
    {
      'kb.yaml': kbManifest + 'componentTypes:\n  - { id: web-app, name: Web again, extends: process }\n',
      'types.yaml': kbTypes,
    },
    'kb/types.yaml:3:11: error TA106: "web-app" is defined twice (first at kb/kb.yaml:3:11)',
  ),
  kbCase(
    'kb: duplicate key',
    { 'kb.yaml': kbManifest, 'types.yaml': 'componentTypes:\n  - { id: web-app, name: Web, name: Web2 }\n' },
    'kb/types.yaml:2:31: error TA106: duplicate key "name" (first at line 2:20): a mapping may name each key once',
  ),
  kbCase(
    'kb: remove without extends',
    { 'kb.yaml': 'knowledgeBase: { name: acme, version: 1.0.0, remove: [SQLI] }\n', 'types.yaml': kbTypes },
    'kb/kb.yaml:1:55: error TA106: "SQLI" is not an entry of an extended knowledge base, so it cannot be removed',
  ),
  kbCase(
    'kb: extends itself (a loop)',
    { 'kb.yaml': 'knowledgeBase: { name: acme, version: 1.0.0, extends: ../kb }\n', 'types.yaml': kbTypes },
    'threatmodel.yaml:1:1: error TA106: knowledge bases extend each other in a loop: kb → kb',
  ),
  kbCase(
    'kb: extends a missing folder',
    {
      'kb.yaml': 'knowledgeBase: { name: acme, version: 1.0.0, extends: ../nowhere }\n',
      'types.yaml': kbTypes,
    },
    'threatmodel.yaml:1:1: error TA106: nowhere does not exist',
  ),
  kbCase(
    'kb: invalid UTF-8',
    {
      'kb.yaml': kbManifest,
      'types.yaml': bytes('componentTypes:\n  - { id: web-app, name: "Caf', [0xe9], '" }\n'),
    },
    'kb/types.yaml:2:30: error TA106: the file is not valid UTF-8 (byte 0xe9 at offset 45); save it as UTF-8',
  ),
  kbCase(
    'kb: binary file',
    { 'kb.yaml': kbManifest, 'types.yaml': 'componentTypes: []\n\u0000\u0001\u0002' },
    'kb/types.yaml:2:1: error TA106: the file is binary (it contains a NUL byte), not UTF-8 text',
  ),
  kbCase(
    'kb: extends "constructor", an Object.prototype name',
    { 'kb.yaml': kbManifest, 'types.yaml': kbTypes + '  - { id: api, name: API, extends: constructor }\n' },
    'kb/types.yaml:4:36: error TA106: component type "api" extends "constructor", which is not a component type',
  ),
  kbCase(
    'kb: extends "has-own-property" and "__proto__"',
    {
      'kb.yaml': kbManifest,
      'types.yaml':
        kbTypes +
        '  - { id: api, name: API, extends: has-own-property }\n  - { id: x, name: X, extends: __proto__ }\n',
    },
    'kb/types.yaml:5:32: error TA106: componentTypes[3].extends: "__proto__" is not a kebab-case id, such as web-app',
  ),
  {
    name: 'kb: extends loop between two folders',
    kind: 'kb',
    files: {
      'threatmodel.yaml': minimalModel,
      'a/kb.yaml': 'knowledgeBase: { name: a, version: 1.0.0, extends: ../b }\n',
      'b/kb.yaml': 'knowledgeBase: { name: b, version: 1.0.0, extends: ../a }\n',
    },
    args: ['check', 'threatmodel.yaml', '--kb', './a'],
    status: 1,
    expected: 'threatmodel.yaml:1:1: error TA106: knowledge bases extend each other in a loop: a → b → a',
  },

  // ── backlog files ──────────────────────────────────────────────────────────
  backlogCase(
    'backlog: trailing comma',
    '{ "items": [ { "id": "1", "title": "A", "state": "open" }, ] }\n',
    "backlog.json:1:58: error TA101: invalid JSON: trailing comma before ']': JSON allows no comma there",
  ),
  backlogCase(
    'backlog: unterminated string',
    '{\n  "items": [\n    { "id": "1", "title": "A story, "state": "open" }\n  ]\n}\n',
    "backlog.json:3:38: error TA101: invalid JSON: expected ',' or '}', found 'state'",
  ),
  backlogCase(
    'backlog: single quotes',
    "{ 'items': [] }\n",
    "backlog.json:1:3: error TA101: invalid JSON: expected a double-quoted property name or '}', found \"'\"",
  ),
  backlogCase(
    'backlog: truncated',
    '{\n  "items": [\n    { "id": "1", "title": "A", "st',
    'backlog.json:3:32: error TA101: invalid JSON: the string that starts here is never closed',
  ),
  backlogCase(
    'backlog: empty file',
    '',
    'backlog.json:1:1: error TA101: the file is empty: expected a mapping',
  ),
  backlogCase(
    'backlog: top level is a list',
    '[ { "id": "1" } ]\n',
    'backlog.json:1:1: error TA101: the document: expected a mapping, found a list',
  ),
  backlogCase(
    'backlog: items is an object',
    '{ "items": { "id": "1" } }\n',
    'backlog.json:1:12: error TA101: items: expected a list, found a mapping',
  ),
  backlogCase(
    'backlog: id is a number',
    backlog('{ "id": 1, "title": "A", "state": "open" }'),
    'backlog.json:3:13: error TA101: items[0].id: expected a string, found number 1',
  ),
  backlogCase(
    'backlog: state is unknown',
    backlog(item('1'), '{ "id": "#2", "title": "B", "state": "resolved" }'),
    'backlog.json:4:42: error TA101: items[1].state: "resolved" is not one of open, closed',
  ),
  backlogCase(
    'backlog: labels is a string',
    backlog(item('1', ', "labels": "security"')),
    'backlog.json:3:66: error TA101: items[0].labels: expected a list, found the string "security"',
  ),
  backlogCase(
    'backlog: missing title',
    backlog('{ "id": "#1", "state": "open" }'),
    'backlog.json:3:5: error TA101: items[0]: missing required property "title"',
  ),
  backlogCase(
    'backlog: unknown property',
    backlog(item('1', ', "assignee": "me"')),
    'backlog.json:3:56: error TA101: items[0]: unknown property "assignee"',
  ),
  backlogCase(
    'backlog: duplicate ids',
    backlog(item('1'), item('2'), item('1')),
    'backlog.json:5:13: error TA103: backlog item #1 is listed twice (first as items[0])',
  ),
  backlogCase(
    'backlog: duplicate key',
    backlog('{ "id": "#1", "id": "#2", "title": "A", "state": "open" }'),
    'backlog.json:3:19: error TA103: duplicate key "id" (first at line 3:7): a mapping may name each key once',
  ),
  backlogCase(
    'backlog: __proto__ key',
    backlog(item('1', ', "__proto__": { "admin": true }')),
    'backlog.json:3:56: error TA101: items[0]: unknown property "__proto__"',
  ),
  backlogCase(
    'backlog: invalid UTF-8 in a title',
    bytes(backlog(item('1')).slice(0, 40), [0xff, 0xfe], backlog(item('1')).slice(40)),
    'backlog.json:3:26: error TA101: the file is not valid UTF-8 (byte 0xff at offset 40); save it as UTF-8',
  ),
  backlogCase(
    'backlog: binary',
    bytes([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
    'backlog.json:1:5: error TA101: the file is binary (it contains a NUL byte), not UTF-8 text',
  ),
  backlogCase(
    'backlog: BOM then a type error',
    `\uFEFF${backlog(item('1', ', "milestone": 3'))}`,
    'backlog.json:3:69: error TA101: items[0].milestone: expected a string, found number 3',
  ),
  backlogCase(
    'backlog: CRLF then a type error',
    backlog(item('1'), item('2', ', "type": "saga"')).replace(/\n/g, '\r\n'),
    'backlog.json:4:64: error TA101: items[1].type: "saga" is not one of story, task, bug, feature, epic, issue',
  ),
  backlogCase(
    'backlog: 20 MB body, then a type error',
    () =>
      backlog(
        item('1', `, "body": "${'x'.repeat(20 * 1024 * 1024)}"`),
        '{ "id": "#2", "title": 2, "state": "open" }',
      ),
    'backlog.json:4:28: error TA101: items[1].title: expected a string, found number 2',
  ),
  backlogCase(
    'backlog: 100,000 nested arrays',
    () => `{ "items": ${'['.repeat(100_000)}${']'.repeat(100_000)} }`,
    'backlog.json:1:75: error TA101: nesting is deeper than 64 levels',
  ),

  // ── configuration files ────────────────────────────────────────────────────
  configCase(
    'config: failOn unknown',
    'failOn: sometimes\n',
    'config.yaml:1:9: error TA101: failOn: "sometimes" is not one of error, warning, note, never',
  ),
  configCase(
    'config: checks is a list',
    'checks: [TA102]\n',
    'config.yaml:1:9: error TA101: checks: expected a mapping, found a list',
  ),
  configCase(
    'config: unknown check severity',
    'checks:\n  TA102: loud\n',
    'config.yaml:2:10: error TA101: checks.TA102: "loud" is not one of error, warning, note, off',
  ),
  configCase(
    'config: suppression without reason',
    'suppressions:\n  - { check: TA201, target: SQLI@web }\n',
    'config.yaml:2:5: error TA101: suppressions[0]: missing required property "reason"',
  ),
  configCase(
    'config: unknown key',
    'failon: warning\n',
    'config.yaml:1:1: error TA101: the document: unknown property "failon" (did you mean "failOn"?)',
  ),
  configCase(
    'config: __proto__ key',
    '__proto__: { failOn: never }\n',
    'config.yaml:1:1: error TA101: the document: unknown property "__proto__"',
  ),
  configCase(
    'config: invalid UTF-8',
    bytes('failOn: warning\nwithoutKeyword: "SANS', [0xe9], '"\n'),
    'config.yaml:2:22: error TA101: the file is not valid UTF-8 (byte 0xe9 at offset 37); save it as UTF-8',
  ),
  configCase(
    'config: comment lines that make a naive pattern backtrack',
    `${'#'.repeat(40)}\nfailOn: [\n`,
    'config.yaml:2:9: error TA101: invalid YAML: the [ opened here is never closed with ]',
  ),
  configCase(
    'config: a list',
    '- failOn: warning\n',
    'config.yaml:1:1: error TA101: the document: expected a mapping, found a list',
  ),
  configCase(
    'config: UTF-16',
    () => Buffer.from('\uFEFFfailOn: warning\n', 'utf16le'),
    'config.yaml:1:1: error TA101: the file is UTF-16 text (little-endian, with a byte order mark), not UTF-8; save it as UTF-8',
  ),

  // ── imported formats ───────────────────────────────────────────────────────
  importCase(
    'tm7: malformed XML',
    'model.tm7',
    '<?xml version="1.0"?>\n<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">\n  <DrawingSurfaceList>\n  </Borders>\n</ThreatModel>\n',
    'model.tm7:4:13: error TA101: invalid XML: unexpected close tag',
  ),
  importCase(
    'tm7: DOCTYPE with entities (billion laughs)',
    'model.tm7',
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">&lol2;</ThreatModel>\n',
    'model.tm7:2:1: error TA101: the file has a <!DOCTYPE> declaration, which threat-align refuses: a DTD can pull in external entities or expand entities without bound',
  ),
  importCase(
    'tm7: external entity',
    'model.tm7',
    '<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">&xxe;</ThreatModel>\n',
    'model.tm7:2:1: error TA101: the file has a <!DOCTYPE> declaration, which threat-align refuses: a DTD can pull in external entities or expand entities without bound',
  ),
  importCase(
    'tm7: undefined entity',
    'model.tm7',
    '<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">\n  <x>&nbsp;</x>\n</ThreatModel>\n',
    'model.tm7:2:12: error TA101: invalid XML: undefined entity',
  ),
  importCase(
    'tm7: truncated',
    'model.tm7',
    '<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">\n  <DrawingSurfaceList>\n    <DrawingSurfaceModel',
    'model.tm7:3:25: error TA101: invalid XML: unclosed tag: DrawingSurfaceList',
  ),
  importCase(
    'tm7: 1,000 nested elements',
    'model.tm7',
    () =>
      `<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">\n${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}</ThreatModel>\n`,
    'model.tm7:2:385: error TA101: elements nest deeper than 128 levels',
  ),
  importCase(
    'tm7: astral characters before a syntax error',
    'model.tm7',
    '<ThreatModel xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model">\n  <Name>\u{1F512}\u{1F512}\u{1F512}</Nme>\n</ThreatModel>\n',
    'model.tm7:2:21: error TA101: invalid XML: unexpected close tag',
  ),
  importCase(
    'threat dragon: truncated v2 JSON',
    'dragon.json',
    '{\n  "version": "2.2.0",\n  "summary": { "title": "Shop" },\n  "detail": {\n    "diagrams": [\n      { "cells": [ { "shape": "actor", "id": "a1"',
    "dragon.json:6:50: error TA101: invalid JSON: unexpected end of the file: expected ',' or '}'",
  ),
  importCase(
    'threat dragon: cells is a string',
    'dragon.json',
    '{\n  "version": "2.2.0",\n  "summary": { "title": "Shop" },\n  "detail": { "diagrams": [ { "title": "Main", "cells": "none" } ] }\n}\n',
    'dragon.json:4:27: error TA101: the Threat Dragon file has no process, store or actor, and a threat model needs at least one component',
  ),
  importCase(
    'threat dragon: diagrams is an object',
    'dragon.json',
    '{\n  "version": "2.2.0",\n  "summary": { "title": "Shop" },\n  "detail": { "diagrams": { "cells": [] } }\n}\n',
    'dragon.json:4:13: error TA101: the Threat Dragon file has no elements: it has no detail.diagrams list',
  ),
  importCase(
    'threat composer: threats is an object',
    'model.tc.json',
    '{\n  "schema": 1,\n  "applicationInfo": { "name": "Shop" },\n  "threats": { "id": "t1" }\n}\n',
    'model.tc.json:4:14: warning TA107: threats is an object, not a list: none of its content is imported',
    1,
    {},
    ['--fail-on', 'warning'],
  ),
  importCase(
    'threat composer: truncated',
    'model.tc.json',
    '{\n  "schema": 1,\n  "threats": [ { "id": "t1", ',
    'model.tc.json:3:30: error TA101: invalid JSON: unexpected end of the file: expected a double-quoted property name',
  ),
  importCase(
    'threagile: cyclic includes',
    'threagile.yaml',
    'threagile_version: 1.0.0\ntitle: Shop\nincludes: [a.yaml]\ntechnical_assets:\n  web:\n    id: web\n    type: process\n',
    'threagile.yaml:3:12: warning TA107: the included file a.yaml is included again (a cycle or nesting deeper than 16): it is read once',
    1,
    { 'a.yaml': 'includes: [b.yaml]\n', 'b.yaml': 'includes: [a.yaml, threagile.yaml]\n' },
    ['--fail-on', 'warning'],
  ),
  importCase(
    'threagile: technical_assets is a list',
    'threagile.yaml',
    'threagile_version: 1.0.0\ntitle: Shop\ntechnical_assets:\n  - web\n',
    'threagile.yaml:1:1: error TA101: the Threagile file has no technical asset, and a model needs at least one component',
  ),
  importCase(
    'threagile: bad YAML',
    'threagile.yaml',
    'threagile_version: 1.0.0\ntechnical_assets:\n  web: { id: web, type: [process }\n',
    'threagile.yaml:3:25: error TA101: invalid YAML: the [ opened here is never closed with ]',
  ),

  // ── models ─────────────────────────────────────────────────────────────────
  modelCase(
    'model: 20 MB file with an error at its end',
    'threatmodel.yaml',
    () => `${minimalModel}# ${'x'.repeat(20 * 1024 * 1024)}\nflows: 3\n`,
    'threatmodel.yaml:6:8: error TA101: flows: expected a list, found number 3',
  ),
  modelCase(
    'model: JSON nested 1,000 deep',
    'threatmodel.json',
    () =>
      `{ "schema": "threat-align/v1", "system": { "name": "S" }, "components": [], "x": ${'{"a":'.repeat(1000)}1${'}'.repeat(1000)} }`,
    'threatmodel.json:1:397: error TA101: nesting is deeper than 64 levels',
  ),
  modelCase(
    'model: invalid UTF-8 mid-file',
    'threatmodel.yaml',
    bytes(minimalModel, '  - { id: caf', [0xc3], ', type: web-app }\n'),
    'threatmodel.yaml:5:14: error TA101: the file is not valid UTF-8 (byte 0xc3 at offset 103); save it as UTF-8',
    2,
  ),
  modelCase(
    'model: invalid UTF-8 after CRLF lines',
    'threatmodel.yaml',
    bytes(minimalModel.replace(/\n/g, '\r\n'), '# ', [0xe2, 0x82], '\r\n'),
    'threatmodel.yaml:5:3: error TA101: the file is not valid UTF-8 (byte 0xe2 at offset 96); save it as UTF-8',
    2,
  ),
  modelCase(
    'model: overlong UTF-8 encoding of "/"',
    'threatmodel.yaml',
    bytes('schema: threat-align', [0xc0, 0xaf], 'v1\n'),
    'threatmodel.yaml:1:21: error TA101: the file is not valid UTF-8 (byte 0xc0 at offset 20); save it as UTF-8',
    2,
  ),
  modelCase(
    'model: UTF-16 with a BOM',
    'threatmodel.yaml',
    () => Buffer.from(`\uFEFF${minimalModel}`, 'utf16le'),
    'threatmodel.yaml:1:1: error TA101: the file is UTF-16 text (little-endian, with a byte order mark), not UTF-8; save it as UTF-8',
    2,
  ),
  modelCase(
    'model: BOM + CRLF, error on line 4',
    'threatmodel.yaml',
    `\uFEFFschema: threat-align/v1\r\nsystem: { name: Shop }\r\ncomponents:\r\n  - { id: web, type: 7 }\r\n`,
    'threatmodel.yaml:4:22: error TA101: components[0].type: expected a string, found number 7',
  ),
  modelCase(
    'model: CR-only line ends, error on line 4',
    'threatmodel.yaml',
    'schema: threat-align/v1\rsystem: { name: Shop }\rcomponents:\r  - { id: web, type: Web App }\r',
    'threatmodel.yaml:4:22: error TA101: components[0].type: "Web App" is not a component type of the knowledge base, such as web-app or sql-database',
  ),
  modelCase(
    'model: BOM + CRLF JSON, error on line 3',
    'threatmodel.json',
    '\uFEFF{\r\n  "schema": "threat-align/v1",\r\n  "system": { "name": 1 },\r\n  "components": []\r\n}\r\n',
    'threatmodel.json:3:23: error TA101: system.name: expected a string, found number 1',
  ),
  modelCase(
    'model: astral characters before the error',
    'threatmodel.yaml',
    'schema: threat-align/v1\nsystem: { name: "\u{1F512}\u{1F512}" }\ncomponents:\n  - { id: web, type: web-app, boundary: "\u{1F512}" }\n',
    'threatmodel.yaml:4:41: error TA101: components[0].boundary: "🔒" is not the trust boundary the component sits in',
  ),
  modelCase(
    'model: a key 100,000 characters long',
    'threatmodel.yaml',
    () => `${minimalModel}${'k'.repeat(100_000)}: 1\n`,
    'threatmodel.yaml:5:1: error TA101: invalid YAML: the : indicator must be at most 1024 chars after the start of an implicit block mapping key',
  ),
  modelCase(
    'model: 3,000 components with the same id',
    'threatmodel.yaml',
    () =>
      `schema: threat-align/v1\nsystem: { name: Shop }\ncomponents:\n${'  - { id: web, type: web-app }\n'.repeat(3_000)}`,
    'threatmodel.yaml:5:11: error TA103: components[1].id: "web" is already the id of the component at line 4:11',
  ),
  // Inputs that made the YAML parser super-linear (its errors' stack traces, its duplicate-key check
  // comparing each key with every earlier one): now linear, and refused at their first problem.
  modelCase(
    'model: a flow sequence of 400,000 commas',
    'threatmodel.yaml',
    () => `schema: threat-align/v1\nsystem: { name: Shop }\ncomponents: [${','.repeat(400_000)}]\n`,
    'threatmodel.yaml:3:15: error TA101: invalid YAML: unexpected , in flow sequence',
  ),
  modelCase(
    'model: a flow mapping of 100,000 keys',
    'threatmodel.yaml',
    () =>
      `schema: threat-align/v1\nsystem: { name: Shop, ${Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join(', ')} }\ncomponents:\n  - { id: web, type: web-app }\n`,
    'threatmodel.yaml:2:23: error TA101: system: unknown property "k0"',
  ),
  modelCase(
    'model: 40,000 anchored keys',
    'threatmodel.yaml',
    () => `${minimalModel}${Array.from({ length: 40_000 }, (_, i) => `k${i}: &a${i} v\n`).join('')}`,
    'threatmodel.yaml:5:1: error TA101: the document: unknown property "k0"',
  ),
  modelCase(
    'model: one key written 50,000 times',
    'threatmodel.yaml',
    () => `${minimalModel}${'x: 1\n'.repeat(50_000)}`,
    'threatmodel.yaml:6:1: error TA103: duplicate key "x" (first at line 5:1): a mapping may name each key once',
  ),
  // The documented limits (limits: in the configuration), lowered so that the inputs stay small.
  {
    name: 'model: larger than limits.modelMegabytes',
    kind: 'model',
    files: {
      'threatmodel.yaml': () => `${minimalModel}# ${'x'.repeat(1_600_000)}\n`,
      'config.yaml': 'limits: { modelMegabytes: 1 }\n',
    },
    args: ['check', 'threatmodel.yaml', '--config', 'config.yaml'],
    status: 1,
    expected:
      'threatmodel.yaml:1:1: error TA101: the model is 1.5 MB; threat-align reads models of up to 1 MB',
  },
  {
    name: 'model: more elements than limits.elements',
    kind: 'model',
    files: {
      'threatmodel.yaml': `${minimalModel}  - { id: api, type: api }\nflows:\n  - { id: f, from: web, to: api }\n`,
      'config.yaml': 'limits: { elements: 2 }\n',
    },
    args: ['check', 'threatmodel.yaml', '--config', 'config.yaml'],
    status: 1,
    expected:
      'threatmodel.yaml:3:1: error TA101: the model has 3 components and flows; threat-align checks models of up to 2',
  },
  {
    name: 'backlog: more items than limits.backlogItems',
    kind: 'backlog',
    files: {
      'threatmodel.yaml': minimalModel,
      'backlog.json': backlog(item('1'), item('2'), item('3')),
      'config.yaml': 'limits: { backlogItems: 2 }\n',
    },
    args: ['check', 'threatmodel.yaml', '--backlog', 'file:backlog.json', '--config', 'config.yaml'],
    status: 1,
    expected:
      'threatmodel.yaml:1:1: error TA101: the backlog (file:backlog.json) has more than 2 items; threat-align reads backlogs of up to 2, so it was not aligned',
  },
  modelCase(
    'model: YAML merge key',
    'threatmodel.yaml',
    'schema: threat-align/v1\nsystem: { name: Shop }\nbase: &base { type: web-app }\ncomponents:\n  - { <<: *base, id: web }\n',
    'threatmodel.yaml:5:7: error TA101: components[0]: unknown property "<<"',
  ),
  modelCase(
    'model: component of type "constructor"',
    'threatmodel.yaml',
    'schema: threat-align/v1\nsystem: { name: Shop }\ncomponents:\n  - { id: web, type: constructor }\n  - { id: api, type: to-string }\n',
    'threatmodel.yaml:4:22: error TA102: "constructor" is not a component type of core@1.1.0',
  ),
  modelCase(
    'model: answers keyed "toString"',
    'threatmodel.yaml',
    `${minimalModel}answers:\n  toString: { Q-AUTHN: yes }\n`,
    'threatmodel.yaml:6:3: error TA102: answers: "toString" names no component of the model',
  ),
  modelCase(
    'model: custom tag',
    'threatmodel.yaml',
    'schema: threat-align/v1\nsystem: !!js/function "function () {}"\ncomponents: []\n',
    'threatmodel.yaml:2:23: error TA101: system: expected a mapping, found the string "function () {}"',
  ),
];

/** Inputs of tens of megabytes: reading them is linear, but a loaded CI machine needs more than 9 s. */
const large = new Set([
  'backlog: 20 MB body, then a type error',
  'model: 20 MB file with an error at its end',
  'model: 3,000 components with the same id',
  'model: a flow sequence of 400,000 commas',
  'model: a flow mapping of 100,000 keys',
  'model: 40,000 anchored keys',
  'model: one key written 50,000 times',
]);

export const badInputs: readonly BadInput[] = corpus.map((input) =>
  large.has(input.name) ? { ...input, timeoutMs: 30_000 } : input,
);
