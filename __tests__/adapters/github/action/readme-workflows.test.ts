import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './run-bundled-action.js';
import { readActionYml, workflowScenarios } from './workflow-scenarios.js';

/**
 * The README's GitHub Action workflows are the ones the end-to-end tests run (workflow-scenarios.ts):
 * same events, same `permissions:`, same `with:`, and every input one that action.yml declares.
 */

interface Workflow {
  name?: string;
  on?: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
}

/** The ```yaml blocks of the README's "GitHub Action" section that use the action. */
function readmeWorkflows(): Workflow[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## GitHub Action\n');
  const end = readme.indexOf('\n## ', start + 1);
  expect(start).toBeGreaterThan(0);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((block) => parse(block[1] ?? '') as Workflow)
    .filter((workflow) => threatAlignStep(workflow) !== undefined);
}

function threatAlignStep(workflow: Workflow) {
  const steps = Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
  return steps.find((step) => step.uses?.startsWith('threat-align/threat-align@') === true);
}

const workflows = readmeWorkflows();

describe("the README's GitHub Action workflows", () => {
  it('are exactly the workflows the end-to-end tests run', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(workflowScenarios.map((s) => s.name).sort());
  });

  it.each(workflowScenarios.map((s) => [s.name, s] as const))(
    '"%s" has the events, permissions and inputs its end-to-end scenario uses',
    (name, scenario) => {
      const workflow = workflows.find((w) => w.name === name);
      expect(Object.keys(workflow?.on ?? {}).sort()).toEqual([...scenario.events].sort());
      expect(workflow?.permissions).toEqual(scenario.permissions);
      const given = Object.fromEntries(
        Object.entries(threatAlignStep(workflow ?? {})?.with ?? {}).map(([k, v]) => [k, String(v)]),
      );
      expect(given).toEqual(scenario.with);
    },
  );

  it('give only inputs that action.yml declares', () => {
    const declared = Object.keys(readActionYml().inputs);
    const given = workflows.flatMap((w) => Object.keys(threatAlignStep(w)?.with ?? {}));
    expect(given.length).toBeGreaterThan(0);
    for (const input of given) expect(declared).toContain(input);
  });
});
