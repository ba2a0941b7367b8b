import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeIo } from '../../../src/adapters/cli/node-io.js';
import { runCli } from '../../../src/adapters/cli/run-cli.js';
import type { CliIo } from '../../../src/adapters/cli/cli-io.js';
import { startFakeJira, type FakeJira } from '../../fakes/jira/index.js';
import { seedBacklogFile, toJiraRefs } from '../../fakes/jira/seed-backlog-file.js';

/**
 * The done-criterion of the Jira backlog: the online-shop example's backlog, served as Jira issues
 * (docs/jira.md has the field mapping), gives the CLI the same findings as the backlog file — with
 * `#N` written `SHOP-N` on both sides.
 */
const repoRoot = new URL('../../../', import.meta.url).pathname;
const modelFile = 'examples/online-shop/threatmodel.yaml';
const backlogFile = 'examples/online-shop/backlog.json';
const credentials: Record<'cloud' | 'data-center', Record<string, string>> = {
  cloud: { JIRA_EMAIL: 'ci@northwind.example', JIRA_API_TOKEN: 'ATATT3xFfGF0-example-token' },
  'data-center': { JIRA_PAT: 'NjM0NTc4-example-pat' },
};

interface JsonFinding {
  check: string;
  severity: string;
  message: string;
  hint: string;
  location: unknown;
}

function cliIo(env: Record<string, string>, model: string): CliIo & { out: string[]; err: string[] } {
  const base = nodeIo(repoRoot);
  const out: string[] = [];
  const err: string[] = [];
  return {
    ...base,
    env,
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) =>
      path === modelFile
        ? Promise.resolve({ ok: true, bytes: new TextEncoder().encode(model) })
        : base.readFile(path),
  };
}

async function findings(backlog: string, env: Record<string, string>, model: string) {
  const io = cliIo(env, model);
  const status = await runCli(['check', modelFile, '--backlog', backlog, '--format', 'json'], io);
  const report = JSON.parse(io.out.join('')) as { findings: JsonFinding[] };
  return { status, findings: report.findings, stderr: io.err.join('') };
}

/** A finding with Jira's keys written back as `#N`, and its item's URL left out (it names the tracker). */
function normalized(finding: JsonFinding): unknown {
  const back = (text: string) =>
    text
      .replace(/\bSHOP-(\d+)\b/g, '#$1')
      .replace(/jira:http:\/\/127\.0\.0\.1:\d+(\/jira)?\/SHOP/g, 'github:northwind/shop');
  const location = finding.location as { backlogItem?: { id: string } };
  return {
    check: finding.check,
    severity: finding.severity,
    message: back(finding.message),
    hint: back(finding.hint).replace(/SHOP-N/g, '#N'),
    // The model's references are longer by the project key: columns after the first on a line move.
    location: location.backlogItem
      ? { backlogItem: back(location.backlogItem.id) }
      : { ...location, column: undefined, endColumn: undefined },
  };
}

let jira: FakeJira | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

describe.each(['cloud', 'data-center'] as const)(
  'the online-shop example with its backlog in Jira (%s)',
  (deployment) => {
    it('gives the same findings as the backlog file, in ⌈N/page cap⌉ search pages', async () => {
      const model = readFileSync(join(repoRoot, modelFile), 'utf8');
      const { items } = JSON.parse(readFileSync(join(repoRoot, backlogFile), 'utf8')) as {
        items: Parameters<typeof seedBacklogFile>[1];
      };
      const fromFile = await findings(`file:${backlogFile}`, {}, model);

      jira = await startFakeJira({
        deployment,
        projects: ['SHOP'],
        ...(deployment === 'cloud'
          ? { email: credentials.cloud.JIRA_EMAIL, apiToken: credentials.cloud.JIRA_API_TOKEN }
          : { pat: credentials['data-center'].JIRA_PAT }),
      });
      seedBacklogFile(jira, items, 'SHOP', deployment);
      const jiraModel = model.replace(/(['"])#(\d+)\1/g, '$1SHOP-$2$1');
      expect(jiraModel).not.toBe(model);
      const fromJira = await findings(
        `jira:${jira.site}/SHOP`,
        credentials[deployment],
        toJiraRefs(jiraModel, 'SHOP'),
      );
      jira.expectNoViolations();

      expect(fromJira.stderr).toBe('');
      expect(fromFile.findings.length).toBeGreaterThan(20);
      expect(fromJira.findings.map(normalized)).toEqual(fromFile.findings.map(normalized));
      expect(fromJira.status).toBe(fromFile.status);
      const search = deployment === 'cloud' ? 'POST /rest/api/3/search/jql' : 'POST /rest/api/2/search';
      expect(jira.count(search)).toBe(Math.ceil(items.length / (deployment === 'cloud' ? 100 : 1000)));
      expect(jira.requests).toHaveLength(jira.count(search) + 1);
    }, 60_000);

    it('fails with one clear line and status 2 when the credentials are wrong, never printing them', async () => {
      jira = await startFakeJira({
        deployment,
        projects: ['SHOP'],
        email: 'x@example.com',
        apiToken: 'right',
        pat: 'right',
      });
      const env: Record<string, string> =
        deployment === 'cloud'
          ? { JIRA_EMAIL: 'x@example.com', JIRA_API_TOKEN: 'wrong-secret-1' }
          : { JIRA_PAT: 'wrong-secret-1' };
      const io = cliIo(env, readFileSync(join(repoRoot, modelFile), 'utf8'));
      const status = await runCli(['check', modelFile, '--backlog', `jira:${jira.site}/SHOP`], io);
      expect(status).toBe(2);
      expect(io.err.join('')).toMatch(
        /^threat-align: Jira: could not read the field list of .* \(HTTP 401\)/,
      );
      expect(io.err.join('') + io.out.join('')).not.toContain('wrong-secret-1');
    }, 60_000);
  },
);

describe('a Jira option the CLI cannot use', () => {
  it('says what to write, with status 2', async () => {
    const io = cliIo({}, readFileSync(join(repoRoot, modelFile), 'utf8'));
    const status = await runCli(
      ['check', modelFile, '--backlog', 'jira:https://northwind.atlassian.net/shop'],
      io,
    );
    expect(status).toBe(2);
    expect(io.err.join('')).toMatch(
      /^threat-align: --backlog takes jira:SITE\/PROJECT .*the last part of the URL must be a project key/,
    );
  }, 60_000);
});
