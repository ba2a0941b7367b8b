import type { Analysis } from '../../../src/core/analyse.js';
import { planSprint } from '../../../src/core/plan/sprint-plan.js';
import { renderSprintPlan } from '../../../src/core/report/render-plan.js';
import { analyseExample, exampleBacklog } from '../actions/online-shop-analysis.js';
import { expectGolden } from '../report/markdown-structure.js';

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyseExample();
}, 60_000);

describe('planSprint on the shipped example', () => {
  it('plans the first milestone with open items, per story, with what is missing', () => {
    const plan = planSprint(analysis);
    expect(plan.milestone).toBe('Sprint 15');
    expect(plan.stories.map((s) => s.story.id)).toEqual(['#28', '#29', '#30', '#31']);
    const coupon = plan.stories[0];
    expect(coupon?.threats).toEqual(['T-COUPON-ABUSE']);
    const anomaly = coupon?.mitigations.find((m) => m.id === 'M-ANOMALY-ALERTING');
    expect(anomaly).toMatchObject({ ready: false, missing: 'move #54 to Sprint 15' });
    expect(coupon?.mitigations.find((m) => m.id === 'M-RATE-LIMIT')).toMatchObject({ ready: true });
    expect(plan.stories[1]?.unlinked).toBe(true);
  });

  it('plans the milestone it is given, and nothing without a backlog', () => {
    const plan = planSprint(analysis, 'Sprint 16');
    expect(plan.milestone).toBe('Sprint 16');
    expect(plan.stories.every((s) => s.story.milestone === 'Sprint 16')).toBe(true);
    expect(planSprint({ expansion: analysis.expansion })).toEqual({ milestones: [], stories: [] });
  });

  it('says when moving the item into the sprint would make it ready', async () => {
    const items = exampleBacklog().items.map((i) => (i.id === '#54' ? { ...i, milestone: 'Sprint 15' } : i));
    const moved = planSprint(await analyseExample({ items }));
    expect(moved.stories[0]?.mitigations.find((m) => m.id === 'M-ANOMALY-ALERTING')?.ready).toBe(true);
  }, 60_000);

  it('renders as a checklist (golden file)', () => {
    const markdown = renderSprintPlan(planSprint(analysis));
    expectGolden('example-sprint-plan.md', markdown);
    expect(markdown).toContain(
      '- [ ] `M-ANOMALY-ALERTING` proposed — [&#35;54](https://github.com/northwind/shop/issues/54) open, no milestone ⚠️ → move &#35;54 to Sprint 15',
    );
  });
});
