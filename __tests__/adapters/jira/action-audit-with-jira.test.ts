import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../fakes/github/index.js';
import { startFakeJira, type FakeJira } from '../../fakes/jira/index.js';
import { seedBacklogFile, toJiraRefs } from '../../fakes/jira/seed-backlog-file.js';
import {
  ensureFreshBundle,
  runBundledAction,
  type ActionRunResult,
} from '../github/action/run-bundled-action.js';

/**
 * The bundled action's weekly audit (`node dist/action.js`, started as the runner starts it:
 * GITHUB_* and INPUT_* in its environment), with the example shop's backlog in the fake Jira Cloud
 * and `backlog-items: create`: the tracking issue on GitHub, the missing items created in Jira
 * once, and a second audit that creates none, at one field list and one search page a run.
 */
const repoRoot = new URL('../../../', import.meta.url).pathname;
const githubToken = 'ghs_FAKE0123456789abcdefTOKENjira';
const apiToken = 'ATATT3xFfGF0-audit-token';
let github: FakeGitHub | undefined;
let jira: FakeJira | undefined;

beforeAll(() => {
  ensureFreshBundle();
}, 180_000);

afterEach(async () => {
  await github?.close();
  await jira?.close();
  github = undefined;
  jira = undefined;
});

function audit(workspace: string): Promise<ActionRunResult> {
  return runBundledAction({
    fake: github!,
    token: githubToken,
    eventName: 'workflow_dispatch',
    payload: {},
    workspace,
    inputs: {
      backlog: `jira:${jira!.site}/SHOP`,
      'jira-email': 'ci@northwind.example',
      'jira-api-token': apiToken,
      'backlog-items': 'create',
      'fail-on': 'never', // as the README's audit: the example's one error (SHOP-999) fails nothing here
    },
  });
}

describe('the action’s audit with a Jira backlog', () => {
  it('creates the missing items in Jira once and keeps the tracking issue on GitHub', async () => {
    github = await startFakeGitHub();
    github.state.addToken(githubToken, {
      kind: 'installation',
      permissions: { issues: 'write', contents: 'read' },
    });
    github.state.addRepository('northwind/shop');
    jira = await startFakeJira({
      deployment: 'cloud',
      projects: ['SHOP'],
      email: 'ci@northwind.example',
      apiToken,
    });
    const { items } = JSON.parse(
      readFileSync(join(repoRoot, 'examples/online-shop/backlog.json'), 'utf8'),
    ) as {
      items: Parameters<typeof seedBacklogFile>[1];
    };
    seedBacklogFile(jira, items, 'SHOP', 'cloud');
    const workspace = mkdtempSync(join(tmpdir(), 'ta-jira-ws-'));
    const model = readFileSync(join(repoRoot, 'examples/online-shop/threatmodel.yaml'), 'utf8');
    writeFileSync(
      join(workspace, 'threatmodel.yaml'),
      toJiraRefs(model.replace(/(['"])#(\d+)\1/g, '$1SHOP-$2$1'), 'SHOP'),
    );

    const first = await audit(workspace);
    expect(first.code).toBe(0);
    const created = jira.count('POST /rest/api/3/issue');
    expect(created).toBeGreaterThan(0);
    expect(first.outputs['backlog-items-created']).toBe(String(created));
    expect(first.summary).toContain(`${created} of ${created} missing backlog items created`);
    expect(first.summary).toContain(`SHOP-${items.length + 1}`);
    expect([...github.state.repository('northwind/shop')!.issues.values()].map((i) => i.labels)).toEqual([
      ['threat-align'],
    ]);
    const createdIssues = jira.issues.slice(items.length);
    expect(
      createdIssues.every(
        (i) => i.labels.includes('threat-align') && (i.description as { type?: string }).type === 'doc',
      ),
    ).toBe(true);

    const second = await audit(workspace);
    expect(second.code).toBe(0);
    expect(second.outputs['backlog-items-created']).toBe('0');
    expect(jira.count('POST /rest/api/3/issue')).toBe(created);
    expect(second.summary).toContain('No missing backlog item');
    expect(jira.count('GET /rest/api/3/field')).toBe(2);
    expect(jira.count('POST /rest/api/3/search/jql')).toBe(2);
    for (const run of [first, second]) {
      // The runner hides what ::add-mask:: names from the log: that one line is where the token goes.
      expect(run.stdout).toContain(`::add-mask::${apiToken}`);
      const shown = run.stdout.replace(`::add-mask::${apiToken}`, '');
      expect(run.summary + shown + run.stderr + JSON.stringify(run.outputs)).not.toContain(apiToken);
    }
    jira.expectNoViolations();
    github.expectNoViolations();
  }, 120_000);
});
