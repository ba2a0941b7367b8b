import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { readActionInputs } from '../../../src/adapters/github/action/action-inputs.js';
import { run } from '../../../src/adapters/github/action/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../../fakes/github/index.js';
import { startFakeJira, type FakeJira } from '../../fakes/jira/index.js';
import { seedBacklogFile, toJiraRefs } from '../../fakes/jira/seed-backlog-file.js';
import { runnerEnvironment } from '../github/action/runner-environment.js';

/**
 * The action's weekly audit, run in this process as the runner would start it (GITHUB_* and
 * INPUT_* in the environment), with the example shop's backlog in the fake Jira Cloud and
 * `backlog-items: create`: the tracking issue on GitHub, the missing items created in Jira once,
 * and a second audit that creates none. The bundled action runs the same code (dist/ is rebuilt
 * at merge).
 */
const repoRoot = new URL('../../../', import.meta.url).pathname;
const githubToken = 'ghs_FAKE0123456789abcdefTOKENjira';
const apiToken = 'ATATT3xFfGF0-audit-token';
let github: FakeGitHub | undefined;
let jira: FakeJira | undefined;
const saved = { ...process.env };

afterEach(async () => {
  process.env = { ...saved };
  await github?.close();
  await jira?.close();
  github = undefined;
  jira = undefined;
});

let temp: string | undefined;

async function audit(workspace: string): Promise<{ summary: string; outputs: string }> {
  // @actions/core keeps the summary file's path after its first use: both audits write to one.
  temp ??= mkdtempSync(join(tmpdir(), 'ta-jira-audit-'));
  const paths = {
    eventPath: join(temp, 'event.json'),
    summaryPath: join(temp, 'summary.md'),
    outputPath: join(temp, 'out.txt'),
  };
  writeFileSync(paths.eventPath, '{}');
  writeFileSync(paths.summaryPath, '');
  writeFileSync(paths.outputPath, '');
  process.env = {
    ...saved,
    ...runnerEnvironment({
      eventName: 'workflow_dispatch',
      ...paths,
      repository: 'northwind/shop',
      workspace,
      temp,
      fake: github!,
      inputs: {
        token: githubToken,
        backlog: `jira:${jira!.site}/SHOP`,
        'jira-email': 'ci@northwind.example',
        'jira-api-token': apiToken,
        'backlog-items': 'create',
      },
    }),
  };
  process.exitCode = undefined;
  await run(readActionInputs((name) => core.getInput(name)));
  return {
    summary: readFileSync(paths.summaryPath, 'utf8'),
    outputs: readFileSync(paths.outputPath, 'utf8'),
  };
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
    const created = jira.count('POST /rest/api/3/issue');
    expect(created).toBeGreaterThan(0);
    expect(first.outputs).toContain(`backlog-items-created<<`);
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
    expect(jira.count('POST /rest/api/3/issue')).toBe(created);
    expect(second.summary).toContain('No missing backlog item');
    expect(jira.count('GET /rest/api/3/field')).toBe(2);
    expect(jira.count('POST /rest/api/3/search/jql')).toBe(2);
    expect(first.summary + second.summary).not.toContain(apiToken);
    jira.expectNoViolations();
    github.expectNoViolations();
  }, 120_000);
});
