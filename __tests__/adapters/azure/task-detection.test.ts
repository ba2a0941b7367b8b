import { describe, expect, it } from '@jest/globals';
import { runInProcess } from './in-process-task.js';

/** No request reaches this address: the backlog is none and no build here is a pull request with a thread. */
const unused = 'http://127.0.0.1:9/org/';
const offline = { backlog: 'none', prComment: false, backlogItems: 'off' } as const;

describe('the Azure task publishes the detection folder for the SOC', () => {
  it('on a scheduled build: writes the rules, runbooks and log contract, uploads them as an artifact, sets the output', async () => {
    const run = await runInProcess(
      unused,
      'token',
      { reason: 'Schedule' },
      { ...offline, detectionFolder: 'out/detection' },
    );
    expect(run.failed).toBe(false);
    expect(run.artifacts).toEqual([{ name: 'threat-align-detection', folder: 'out/detection' }]);
    expect(run.outputs).toEqual({ detectionFolder: 'out/detection' });
    expect(run.written).toContain('out/detection/log-contract.schema.json');
    expect(run.written).toContain('out/detection/README.md');
    expect(run.written.some((p) => /^out\/detection\/sigma\/mr_ev_[a-z_]+\.yml$/.test(p))).toBe(true);
    expect(run.written.some((p) => /^out\/detection\/runbooks\/ev-[a-z-]+-alert\.md$/.test(p))).toBe(true);
    expect(run.info.join('\n')).toMatch(
      /wrote the Sigma rules, runbooks and log contract of \d+ events to out\/detection \(artifact threat-align-detection\)/,
    );
  });

  it('writes nothing on a pull-request build, nor when the input is empty', async () => {
    const pr = await runInProcess(
      unused,
      'token',
      { reason: 'PullRequest' },
      { ...offline, detectionFolder: 'out/detection' },
    );
    const none = await runInProcess(unused, 'token', { reason: 'Schedule' }, offline);
    for (const run of [pr, none]) {
      expect(run.failed).toBe(false);
      expect(run.artifacts).toEqual([]);
      expect(run.outputs).toEqual({});
      expect(run.written.filter((p) => p.startsWith('out/'))).toEqual([]);
    }
  });
});
