import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Every number the README states that the product can print — the shipped knowledge bases' counts
 * (`threat-align kb show --format json`) and the shipped example's size — is the product's own:
 * a release that changes one without the README fails here.
 */

const repoRoot = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');

interface KbShow {
  counts: Record<
    'componentTypes' | 'threatTypes' | 'mitigationTypes' | 'events' | 'questions',
    { total: number }
  >;
  entries: { componentTypes: { abstract?: boolean }[] };
}

function kbShow(reference: string): KbShow {
  const text = execFileSync(
    process.execPath,
    [join(repoRoot, 'dist/cli.js'), 'kb', 'show', reference, '--format', 'json'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return JSON.parse(text) as KbShow;
}

/** The number the README writes just before `words` in `sentence` (the first match after `anchor`). */
function numberBefore(anchor: string, words: string): number {
  const from = readme.indexOf(anchor);
  expect(from).toBeGreaterThanOrEqual(0);
  const match = new RegExp(`(\\d[\\d,]*) ${words}`).exec(readme.slice(from));
  expect(match).not.toBeNull();
  return Number((match?.[1] ?? '').replace(/,/g, ''));
}

describe("the README's numbers", () => {
  it('of core@1.1.0 are what kb show prints', () => {
    const shown = kbShow('core@1.1.0');
    const abstract = shown.entries.componentTypes.filter((type) => type.abstract === true).length;
    const anchor = 'The shipped **`core@1.1.0`** has';
    expect(numberBefore(anchor, 'component types')).toBe(shown.counts.componentTypes.total - abstract);
    expect(numberBefore(anchor, 'abstract ones')).toBe(abstract);
    expect(numberBefore(anchor, 'threat types')).toBe(shown.counts.threatTypes.total);
    expect(numberBefore(anchor, 'mitigation types')).toBe(shown.counts.mitigationTypes.total);
    expect(numberBefore(anchor, 'security events')).toBe(shown.counts.events.total);
    expect(numberBefore(anchor, 'questions')).toBe(shown.counts.questions.total);
  }, 120_000);

  it('of core@1.0.0 are what kb show prints', () => {
    expect(numberBefore('`core@1.0.0` (', 'threat types')).toBe(
      kbShow('core@1.0.0').counts.threatTypes.total,
    );
  }, 120_000);

  it('of the shipped example are its model’s', () => {
    const model = parse(
      readFileSync(join(repoRoot, 'examples/online-shop/threatmodel.yaml'), 'utf8'),
    ) as Record<'components' | 'flows' | 'boundaries', unknown[]>;
    const anchor = 'an online clothing shop with';
    expect(numberBefore(anchor, 'components')).toBe(model.components.length);
    expect(numberBefore(anchor, 'flows')).toBe(model.flows.length);
    expect(numberBefore(anchor, 'trust boundaries')).toBe(model.boundaries.length);
  });

  it('of the example checked with its backlog are what check and plan print', () => {
    const args = [
      'examples/online-shop/threatmodel.yaml',
      '--backlog',
      'file:examples/online-shop/backlog.json',
    ];
    const cli = (command: string, ...more: string[]): string =>
      execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), command, ...args, ...more], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
      });
    const report = JSON.parse(cli('check', '--format', 'json', '--fail-on', 'never')) as {
      findings: unknown[];
      actions: { title: string; detail: string }[];
    };
    const text = cli('check', '--fail-on', 'never');
    const plan = cli('plan');

    const threatsLine = /^(\d+) threats on (\d+) elements \(core@1\.1\.0, profile top\)$/m.exec(text);
    expect(threatsLine).not.toBeNull();
    expect(readme).toContain(threatsLine?.[0] ?? '');
    expect(numberBefore('On the example,', 'findings are')).toBe(report.findings.length);
    expect(numberBefore('On the example,', 'actions')).toBe(report.actions.length);
    const leastPrivilege = report.actions.find((a) => a.title === 'Plan M-LEAST-PRIVILEGE');
    const [, threats, elements] = /^(\d+) threats on (\d+) elements/.exec(leastPrivilege?.detail ?? '') ?? [];
    expect(readme).toContain(`M-LEAST-PRIVILEGE: ${threats} threats on ${elements} elements rely on it`);
    const planLine = plan.split('\n').find((line) => line.includes(' stories planned · '));
    expect(planLine).toBeDefined();
    expect(readme).toContain(planLine ?? '');
  }, 240_000);
});
