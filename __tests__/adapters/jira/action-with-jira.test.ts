import { nodeIo } from '../../../src/adapters/cli/node-io.js';
import { InputProblem } from '../../../src/adapters/github/action/action-inputs.js';
import { readSharedInputs } from '../../../src/adapters/github/action/workspace-analysis.js';
import { startFakeJira, type FakeJira } from '../../fakes/jira/index.js';

/**
 * The action's shared inputs with `backlog: jira:…`: the Jira inputs over the environment, the
 * backlog read once (1 field list + ⌈N/100⌉ search pages on Cloud), and a refused token or a bad
 * option as an input problem that names the fix and not the token. (The bundled action runs the
 * same code; its end-to-end tests need a fresh bundle.)
 */
const repoRoot = new URL('../../../', import.meta.url).pathname;
const notGitHub = () => {
  throw new Error('the GitHub backlog must not be read');
};
let jira: FakeJira | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

describe('the GitHub Action with a Jira backlog', () => {
  it('reads the Jira project with the inputs over the environment', async () => {
    jira = await startFakeJira({
      deployment: 'cloud',
      projects: ['SHOP'],
      email: 'ci@x.example',
      apiToken: 'input-token',
    });
    for (let i = 0; i < 201; i++) jira.addIssue('SHOP', { summary: `Item ${i}` });
    const io = {
      ...nodeIo(repoRoot),
      env: { JIRA_EMAIL: 'ci@x.example', JIRA_API_TOKEN: 'env-token-is-overridden' },
    };
    const shared = await readSharedInputs(
      {
        config: '.threat-align.yaml',
        backlog: `jira:${jira.site}/SHOP`,
        jira: { JIRA_API_TOKEN: 'input-token' },
      },
      io,
      notGitHub,
    );
    jira.expectNoViolations();
    expect(shared.backlog.items).toHaveLength(201);
    expect(shared.backlog.source).toBe(`jira:${jira.site}/SHOP`);
    expect(jira.count('POST /rest/api/3/search/jql')).toBe(3);
    expect(jira.count('GET /rest/api/3/field')).toBe(1);
  }, 60_000);

  it('fails as an input problem, without the token, when Jira refuses it or the option is wrong', async () => {
    jira = await startFakeJira({
      deployment: 'cloud',
      projects: ['SHOP'],
      email: 'ci@x.example',
      apiToken: 'right',
    });
    const io = { ...nodeIo(repoRoot), env: {} };
    const refused = readSharedInputs(
      {
        config: '.threat-align.yaml',
        backlog: `jira:${jira.site}/SHOP`,
        jira: { JIRA_EMAIL: 'ci@x.example', JIRA_API_TOKEN: 'wrong-77' },
      },
      io,
      notGitHub,
    );
    await expect(refused).rejects.toBeInstanceOf(InputProblem);
    await expect(refused).rejects.toThrow(/HTTP 401.*JIRA_EMAIL and JIRA_API_TOKEN/);
    await expect(refused).rejects.not.toThrow(/wrong-77/);
    await expect(
      readSharedInputs({ config: '.threat-align.yaml', backlog: 'jira:SHOP', jira: {} }, io, notGitHub),
    ).rejects.toThrow(/Input "backlog": jira:SHOP names no site: set JIRA_SITE/);
  }, 60_000);
});
