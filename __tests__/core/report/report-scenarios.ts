import type { Analysis } from '../../../src/core/analyse.js';
import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { computeDelta, type PullRequestDelta } from '../../../src/core/delta/compute-delta.js';
import { countFindings } from '../../../src/core/findings/count-findings.js';
import type { Finding } from '../../../src/core/findings/finding.js';
import { orderFindings } from '../../../src/core/findings/order-findings.js';
import { runPipeline } from '../../../src/core/run-pipeline.js';
import { item, miniModelText } from '../../fakes/build-context.js';
import { memoryKbStore, miniShipped } from '../../fakes/memory-kb-store.js';

/**
 * Analyses of the mini model through the real pipeline (mini knowledge base, in-memory backlog).
 * Only the TA1xx checks' findings are kept, so that checks other people add to the registry do not
 * change these reports; `extra` findings stand in for theirs where a report needs backlog text.
 */
export async function analyseModel(
  modelText: string,
  items: readonly BacklogItem[],
  extra: readonly Finding[] = [],
): Promise<Analysis> {
  const analysis = await runPipeline(
    {
      model: { file: 'threatmodel.yaml', content: modelText },
      backlog: { source: 'github:northwind/shop', items, aliases: ['northwind/shop'] },
    },
    memoryKbStore({ 'mini@1.0.0': miniShipped()['mini@1.0.0'] ?? [] }),
  );
  const findings = orderFindings([...analysis.findings.filter((f) => f.check.startsWith('TA1')), ...extra]);
  return { ...analysis, findings, counts: countFindings(findings) };
}

/** The mini model with decisions, a story, answers and one typo (an unknown data asset on lonely-db). */
export const baseModelText = `${miniModelText.replace(
  '{ id: lonely-db, type: sql-database, boundary: vault }',
  '{ id: lonely-db, type: sql-database, boundary: vault, data: [ordres] }',
)}mitigations:
  M-PARAM: { status: implemented, backlog: ["#2"] }
  M-MFA: { status: planned, backlog: ["#3"] }
stories:
  - { backlog: "#7", threats: [SPOOF-USER@shop] }
answers:
  shop: { Q-AUTHN: oidc }
`;

/**
 * The pull request's model: a new payments API and the flow to it, orders-db raised to tier high,
 * the publish flow gone, the lonely-db typo fixed and a new one (an unknown boundary on payments).
 */
export const headModelText = baseModelText
  .replace('data: [ordres] }', '}')
  .replace(
    '{ id: orders-db, type: sql-database, boundary: vault, data: [orders] }',
    '{ id: orders-db, type: sql-database, boundary: vault, data: [orders], properties: { tier: high } }',
  )
  .replace(
    '  - { id: lonely-db,',
    '  - { id: payments, type: api, boundary: privat, properties: { authentication: oidc } }\n  - { id: lonely-db,',
  )
  .replace(
    '  - { id: publish, from: orders-api, to: events, protocol: amqp }\n',
    '  - { id: pay, from: shop, to: payments, protocol: https }\n',
  );

export const backlogItems: BacklogItem[] = [
  item('#2', { title: 'Bind query parameters in orders-api', status: 'done' }),
  item('#3', { title: 'Add MFA to the shop', url: 'https://github.com/northwind/shop/issues/3' }),
  item('#7', {
    title: 'As a shopper I want to log in, WITHOUT someone else logging in as me',
    type: 'story',
    url: 'https://github.com/northwind/shop/issues/7',
  }),
];

export const diagram = `flowchart LR
  shop[shop] -->|pay| payments[payments]
  classDef changed stroke:#d93f0b`;

/** A finding about a backlog item, as the TA2xx checks raise them (kept under a TA1xx id: see analyseModel). */
export function backlogFinding(id: string, message: string, hint: string, url?: string): Finding {
  return {
    check: 'TA102',
    severity: 'warning',
    message,
    hint,
    subject: `backlog:${id}:${message.slice(0, 40)}`,
    location: { backlogItem: url === undefined ? { id } : { id, url } },
  };
}

export interface PullRequestScenario {
  base: Analysis;
  head: Analysis;
  delta: PullRequestDelta;
}

/** The everyday pull request: threats added and removed, one finding fixed and one new, a story closed. */
export async function pullRequestScenario(
  extra: {
    both?: readonly Finding[];
    headOnly?: readonly Finding[];
    items?: readonly BacklogItem[];
    headModel?: string;
  } = {},
): Promise<PullRequestScenario> {
  const items = [...backlogItems, ...(extra.items ?? [])];
  const base = await analyseModel(baseModelText, items, extra.both);
  const head = await analyseModel(extra.headModel ?? headModelText, items, [
    ...(extra.both ?? []),
    ...(extra.headOnly ?? []),
  ]);
  return { base, head, delta: computeDelta(base, head) };
}

/** A model finding at a line of the model, under a catalogue check (see analyseModel). */
function modelFinding(check: string, line: number, message: string, hint: string): Finding {
  return {
    check,
    severity: check === 'TA105' ? 'note' : 'error',
    message,
    hint,
    subject: `${check}:${line}`,
    location: { file: 'threatmodel.yaml', line, column: 3 },
  };
}

/**
 * Enough findings that every degradation step matters: 30 on both branches in three checks, with
 * long hints, and 4 new ones on the pull request.
 */
export async function oversizeScenario(): Promise<PullRequestScenario> {
  const both: Finding[] = [];
  for (let i = 0; i < 12; i += 1) {
    both.push(
      modelFinding(
        'TA103',
        40 + i,
        `the id "copy-${i}" is declared twice`,
        `Rename one of the two elements called "copy-${i}", and update every flow, threat and answer that refers to it, so that each id names exactly one element of the model.`,
      ),
      backlogFinding(
        `#${100 + i}`,
        `backlog item #${100 + i} names M-UNKNOWN-${i}, which the model does not have`,
        `Correct the id in the title or body of #${100 + i}, or add M-UNKNOWN-${i} to the model's mitigations if the item is right and the model is behind.`,
        `https://github.com/northwind/shop/issues/${100 + i}`,
      ),
    );
  }
  for (let i = 0; i < 6; i += 1)
    both.push(
      modelFinding(
        'TA105',
        70 + i,
        `note ${i}: a newer knowledge base would change this element`,
        `Run threat-align kb diff to see what moving to the newer knowledge base would change, then pin it with threat-align kb pin.`,
      ),
    );
  const headOnly = [0, 1, 2, 3].map((i) =>
    backlogFinding(
      `#${200 + i}`,
      `backlog item #${200 + i} names EV-NEW-${i}, which the model does not have`,
      `Correct the id in #${200 + i}, or declare EV-NEW-${i} under events in the model.`,
    ),
  );
  return pullRequestScenario({ both, headOnly });
}

/** Text that tries every way out of a Markdown report (SPEC §9). */
export const hostileTitle =
  'As a shopper @org/team @admin <script>alert(1)</script> | a | b |\n|---|---| </details> <!-- threat-align:x --> ```\n# pwned [x](javascript:alert(1)) WITHOUT `code` **bold** \u202e';

/** One megabyte of mentions. */
export const megabyteTitle = '@org/team '.repeat(100_000);

/**
 * The pull-request scenario with hostile text wherever the report shows text from outside: backlog
 * titles, ids and URLs, finding messages and hints quoting them, a hand-written threat's title in the
 * model, and the diagram. With `texts` benign, the same scenario with plain words, for comparison.
 */
export async function hostileScenario(
  texts: { title: string; huge: string } = { title: hostileTitle, huge: megabyteTitle },
): Promise<PullRequestScenario> {
  const items = [
    item('#8', { title: texts.huge, type: 'story' }),
    item('#9', { title: texts.title, url: 'https://evil.invalid/x) [pwn](javascript:alert(1)' }),
  ];
  const quoting = (id: string, text: string, url?: string): Finding =>
    backlogFinding(id, `the story "${text}" is linked to no threat`, `Add a threat to "${text}"`, url);
  const modelTitle = JSON.stringify(texts.title);
  const headModel = `${headModelText}threats:\n  - { id: T-HOSTILE, title: ${modelTitle}, stride: [T], target: shop }\n`;
  return pullRequestScenario({
    items,
    headModel,
    both: [quoting('#9', texts.title)],
    headOnly: [quoting('#8', texts.huge), quoting(`#10 ${texts.title}`, texts.title, 'javascript:alert(1)')],
  });
}

export const hostileDiagram = `flowchart LR
  a["<!-- threat-align:x -->"] --> b
\`\`\`
# after a fence`;
