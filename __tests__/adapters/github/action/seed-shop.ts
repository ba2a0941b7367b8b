import { afterEach, beforeAll, beforeEach } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  startFakeGitHub,
  type Access,
  type FakeGitHub,
  type FakeRepository,
  type Permission,
  type StateReason,
} from '../../../fakes/github/index.js';
import { ensureFreshBundle, repoRoot } from './run-bundled-action.js';
import type { WorkflowScenario } from './workflow-scenarios.js';

interface ExampleItem {
  title: string;
  body?: string;
  state: 'open' | 'closed';
  stateReason?: string;
  labels?: string[];
  milestone?: string;
}

/**
 * The hooks of a test file that runs the bundled action against the fake GitHub: the bundle
 * checked fresh once, then before each test a new fake seeded with the shop (handed to `started`,
 * which may add tokens), held to GitHub's descriptions and closed after the test.
 */
export function useSeededShop(started: (fake: FakeGitHub, shop: FakeRepository) => void): void {
  let current: FakeGitHub | undefined;
  beforeAll(() => {
    ensureFreshBundle();
  });
  beforeEach(async () => {
    current = await startFakeGitHub();
    started(current, seedShop(current));
  });
  afterEach(async () => {
    const fake = current;
    current = undefined;
    if (!fake) return;
    try {
      fake.expectNoViolations();
    } finally {
      await fake.close();
    }
  });
}

/** The example shop's repository with its backlog as issues #1…#57, numbered as in backlog.json. */
export function seedShop(fake: FakeGitHub): FakeRepository {
  const repository = fake.state.addRepository('northwind/shop');
  const backlog = JSON.parse(readFileSync(join(repoRoot, 'examples/online-shop/backlog.json'), 'utf8')) as {
    items: ExampleItem[];
  };
  for (const item of backlog.items) {
    fake.state.addIssue(repository, {
      title: item.title,
      body: item.body ?? '',
      state: item.state,
      ...(item.stateReason === undefined
        ? {}
        : { stateReason: item.stateReason.replace('-', '_') as StateReason }),
      labels: item.labels ?? [],
      ...(item.milestone === undefined ? {} : { milestone: item.milestone }),
    });
  }
  return repository;
}

/** A GITHUB_TOKEN-like installation token; a real-looking secret, so that a leak is easy to grep. */
export const ACTION_TOKEN = 'ghs_FAKEactionTOKEN0123456789abcdefXYZ';

/**
 * The workflow's token: every permission write, every one read, or a workflow's `permissions:`
 * (those the fake models; `security-events` is upload-sarif's, which threat-align never calls).
 */
export function addWorkflowToken(fake: FakeGitHub, access: 'write' | 'read' | WorkflowScenario): void {
  fake.state.addToken(ACTION_TOKEN, {
    kind: 'installation',
    permissions:
      access === 'write'
        ? { contents: 'read', issues: 'write', pull_requests: 'write', checks: 'write' }
        : access === 'read'
          ? { contents: 'read', issues: 'read', pull_requests: 'read', checks: 'read' }
          : tokenPermissions(access),
  });
}

const modelled: readonly Permission[] = ['contents', 'issues', 'pull_requests', 'checks'];

function tokenPermissions(workflow: WorkflowScenario): Partial<Record<Permission, Access>> {
  const permissions: Partial<Record<Permission, Access>> = {};
  for (const [name, access] of Object.entries(workflow.permissions)) {
    const permission = name.replace(/-/g, '_') as Permission;
    if (modelled.includes(permission)) permissions[permission] = access;
  }
  return permissions;
}
