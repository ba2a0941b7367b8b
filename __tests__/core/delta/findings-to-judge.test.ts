import { describe, expect, it } from '@jest/globals';
import { computeDelta } from '../../../src/core/delta/compute-delta.js';
import { findingsToJudge } from '../../../src/core/delta/findings-to-judge.js';
import { pullRequestScenario } from '../report/report-scenarios.js';

describe('findingsToJudge', () => {
  it('judges only the new findings with newOnly and a delta', async () => {
    const { head, delta } = await pullRequestScenario();
    expect(head.findings.length).toBeGreaterThan(delta.findingsNew.length);
    const judged = findingsToJudge(head, true, delta);
    expect(judged).toEqual({ findings: delta.findingsNew, newOnly: true });
  });

  it('judges every finding without newOnly, or when the base is unknown (no delta)', async () => {
    const { head, delta } = await pullRequestScenario();
    expect(findingsToJudge(head, false, delta)).toEqual({ findings: head.findings, newOnly: false });
    expect(findingsToJudge(head, true, undefined)).toEqual({ findings: head.findings, newOnly: false });
  });

  it('judges every finding as new when the base has no model', async () => {
    const { head } = await pullRequestScenario();
    const judged = findingsToJudge(head, true, computeDelta(undefined, head));
    expect(judged.newOnly).toBe(true);
    expect(judged.findings).toEqual(head.findings);
  });
});
