import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './run-bundled-action.js';

/**
 * One of the README's workflows (section "GitHub Action") as the end-to-end tests run it: the
 * events it starts on, its `permissions:` (the token the fake GitHub gets) and the threat-align
 * step's `with:`. readme-workflows.test.ts checks that the README says exactly this.
 */
export interface WorkflowScenario {
  /** The workflow's `name:`. */
  name: string;
  events: string[];
  permissions: Record<string, 'read' | 'write'>;
  with: Record<string, string>;
}

export const pullRequestWorkflow: WorkflowScenario = {
  name: 'threat-align',
  events: ['pull_request'],
  permissions: { contents: 'read', issues: 'read', 'pull-requests': 'write', checks: 'write' },
  with: { 'fail-on-new-only': 'true' },
};

export const auditWorkflow: WorkflowScenario = {
  name: 'threat-align audit',
  events: ['schedule', 'workflow_dispatch'],
  permissions: { contents: 'read', issues: 'write' },
  with: { 'fail-on': 'never', 'backlog-items': 'create' },
};

export const sarifWorkflow: WorkflowScenario = {
  name: 'threat-align code scanning',
  events: ['push'],
  permissions: { contents: 'read', issues: 'read', 'security-events': 'write' },
  with: { 'fail-on': 'never' },
};

export const workflowScenarios: readonly WorkflowScenario[] = [
  pullRequestWorkflow,
  auditWorkflow,
  sarifWorkflow,
];

interface ActionYml {
  inputs: Record<string, { default?: string | number | boolean }>;
  outputs: Record<string, unknown>;
}

/** action.yml, parsed. */
export function readActionYml(): ActionYml {
  return parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
}

/** action.yml's default of every input, as the runner passes it (a string). */
export const actionDefaults: Record<string, string> = Object.fromEntries(
  Object.entries(readActionYml().inputs).map(([name, input]) => [name, String(input.default ?? '')]),
);

/**
 * The inputs the runner passes for a workflow: action.yml's defaults, overridden by `with:`. The
 * token is left out: its default is an expression the runner evaluates, and the test passes its own.
 */
export function runnerInputs(workflow: WorkflowScenario): Record<string, string> {
  const { token: _token, ...defaults } = actionDefaults;
  return { ...defaults, ...workflow.with };
}
