import type { Analysis } from '../../../src/core/analyse.js';
import type { BacklogItem } from '../../../src/core/backlog/backlog-item.js';
import { currentMilestone } from '../../../src/core/actions/current-milestone.js';
import { deriveActions } from '../../../src/core/actions/derive-actions.js';
import { fingerprintFinding } from '../../../src/core/findings/fingerprint.js';
import { analyseExample } from './online-shop-analysis.js';

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyseExample();
}, 60_000);

describe('deriveActions on the shipped example and its backlog', () => {
  it('resolves every finding by exactly one action', () => {
    const { actions } = deriveActions(analysis);
    const resolved = actions.flatMap((a) => a.findings);
    expect(new Set(resolved).size).toBe(resolved.length);
    expect([...resolved].sort()).toEqual(analysis.findings.map(fingerprintFinding).sort());
    expect(actions.length).toBeLessThan(analysis.findings.length / 2);
  });

  it('rolls per-place findings up: one action per element, per mitigation type, per story', () => {
    const { actions } = deriveActions(analysis);
    const ta202 = analysis.findings.filter((f) => f.check === 'TA202').length;
    const coverage = actions.filter((a) => a.kind === 'coverage');
    expect(ta202).toBeGreaterThan(50);
    expect(coverage.length).toBeLessThan(ta202 / 2);
    expect(new Set(coverage.map((a) => a.id)).size).toBe(coverage.length);
    const storefront = actions.find((a) => a.id === 'coverage:storefront');
    expect(storefront?.title).toMatch(/^storefront: link a story to its \d+ threats/);
    expect(storefront?.hint).toContain('threats: [BROKEN-ACCESS-CONTROL@storefront, ');
    // T-SCALPER-BOTS has no mitigation planned: planning M-ANOMALY-ALERTING (item #54) resolves it.
    const anomaly = actions.find((a) => a.id === 'mitigation:M-ANOMALY-ALERTING');
    expect(anomaly?.checks).toEqual(['TA205']);
    expect(anomaly?.hint).toContain('M-ANOMALY-ALERTING: { status: planned, backlog: ["#54"] }');
    const audit = actions.find((a) => a.id === 'mitigation-status:M-AUDIT-LOG');
    expect(audit?.title).toBe('Close #36 as completed, or set M-AUDIT-LOG to in-progress');
    expect(audit?.audience).toBe('developer');
    const plan = actions.find((a) => a.id === 'mitigation:M-LEAST-PRIVILEGE');
    expect(plan?.detail).toMatch(
      /^\d+ threats on \d+ elements rely on M-LEAST-PRIVILEGE .*; no backlog item carries it$/,
    );
  });

  it('orders errors first, then the current sprint, then the misalignments of the paper before coverage', () => {
    const { actions, currentMilestone: sprint } = deriveActions(analysis);
    expect(sprint).toBe('Sprint 15');
    expect(actions[0]).toMatchObject({
      severity: 'error',
      checks: ['TA304'],
      title: 'Fix the link to #999 on M-CSP',
    });
    expect(actions[1]).toMatchObject({ id: 'story:#28', milestone: 'Sprint 15', checks: ['TA401'] });
    const firstTen = new Set(actions.slice(0, 10).flatMap((a) => a.checks));
    for (const check of ['TA201', 'TA203', 'TA204', 'TA302', 'TA303', 'TA304', 'TA401'])
      expect(firstTen).toContain(check);
    expect(actions.at(-1)?.kind).toBe('coverage');
  });

  it('puts what the change introduces right after the errors', () => {
    const fresh = analysis.findings.find((f) => f.check === 'TA601' && f.subject === 'warehouse-api');
    if (!fresh) throw new Error('the example has no TA601 on warehouse-api');
    const { actions } = deriveActions(analysis, { findingsNew: [fresh] });
    expect(actions[1]).toMatchObject({ id: 'coverage:warehouse-api', introduced: true, severity: 'note' });
    expect(actions.filter((a) => a.introduced)).toHaveLength(1);
  });

  it('is deterministic: the same actions whatever the order of the findings', () => {
    const once = deriveActions(analysis);
    const reversed = deriveActions({ ...analysis, findings: [...analysis.findings].reverse() });
    expect(reversed.actions.map((a) => a.id)).toEqual(once.actions.map((a) => a.id));
    expect(JSON.stringify(deriveActions(analysis))).toBe(JSON.stringify(once));
  });

  it('gives every action a title, a detail and a hint that says what to write', () => {
    for (const action of deriveActions(analysis).actions) {
      expect(action.title.length).toBeGreaterThan(5);
      expect(action.detail.length).toBeGreaterThan(5);
      expect(action.hint.length).toBeGreaterThan(20);
    }
  });

  it('derives nothing from no findings', () => {
    expect(deriveActions({ findings: [] }).actions).toEqual([]);
  });
});

describe('currentMilestone', () => {
  const at = (id: string, milestone: string | undefined, status: BacklogItem['status']): BacklogItem => ({
    id,
    title: id,
    body: '',
    status,
    labels: [],
    type: 'task',
    links: [],
    ...(milestone === undefined ? {} : { milestone }),
  });
  it('is the first numbered milestone that still holds open items', () => {
    const items = [
      at('#1', 'Sprint 10', 'open'),
      at('#2', 'Sprint 9', 'done'),
      at('#3', 'Sprint 11', 'open'),
    ];
    expect(currentMilestone(items)).toBe('Sprint 10');
    expect(currentMilestone([at('#1', 'Sprint 9', 'open'), at('#2', 'Sprint 10', 'open')])).toBe('Sprint 9');
    expect(currentMilestone([at('#1', undefined, 'open')])).toBeUndefined();
  });
});
