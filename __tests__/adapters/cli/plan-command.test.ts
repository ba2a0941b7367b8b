import { cli, example } from './example-cli.js';

describe('threat-align plan', () => {
  it('lists the current sprint’s stories and the mitigations missing from it, as a checklist', async () => {
    const { status, stdout } = await cli('plan', ...example);
    expect(status).toBe(0);
    expect(stdout.startsWith('## Sprint plan: Sprint 15\n')).toBe(true);
    expect(stdout).toContain('→ move &#35;54 to Sprint 15');
    expect(stdout).toMatch(/^- \[x\] `M-RATE-LIMIT` planned/m);
  }, 60_000);

  it('plans the milestone it is given, in JSON too', async () => {
    const { status, stdout } = await cli('plan', ...example, '--milestone', 'Sprint 16', '--format', 'json');
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as { milestone: string; stories: { id: string }[] };
    expect(plan.milestone).toBe('Sprint 16');
    expect(plan.stories.length).toBeGreaterThan(0);
  }, 60_000);

  it('says which milestones exist when the one given holds nothing, and needs a backlog', async () => {
    const unknown = await cli('plan', ...example, '--milestone', 'Sprint 99');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      'threat-align plan: no open item is planned in "Sprint 99"; milestones with open items: Sprint 15, Sprint 16\n',
    );
    const none = await cli('plan', 'examples/online-shop/threatmodel.yaml');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--backlog file:PATH');
  }, 60_000);
});
