import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import type { IGitApi } from 'azure-devops-node-api/GitApi.js';
import { GitVersionType } from 'azure-devops-node-api/interfaces/GitInterfaces.js';
import { azureClients } from '../../../src/adapters/azure/azure-connection.js';
import { readBaseModel } from '../../../src/adapters/azure/base-model.js';
import type { BuildContext } from '../../../src/adapters/azure/task-context.js';
import type { TaskIo } from '../../../src/adapters/azure/task-io.js';
import type { RevisionFile } from '../../../src/adapters/node/read-file-at-revision.js';
import type { FakeAzureDevOps } from '../../fakes/azure/index.js';
import { useFakeAzure } from './use-fake-azure.js';

const token = 'fake-system-access-token-base-model';
const repositoryId = '9f1c3a52-0000-4000-8000-000000000001';
const items = 'GET /{organization}/{project}/_apis/git/repositories/{repositoryId}/items?path={path}';
const build = (overrides: Partial<BuildContext> = {}): BuildContext => ({
  reason: 'PullRequest',
  collectionUrl: '',
  project: 'Shop',
  repositoryId,
  repositoryProvider: 'TfsGit',
  pullRequestId: 42,
  targetBranch: 'refs/heads/main',
  sourcesDirectory: '/agent/_work/1/s',
  tempDirectory: '/agent/_work/_temp',
  ...overrides,
});
const noClone = (): Promise<RevisionFile> => Promise.reject(new Error('the local clone must not be read'));
const startFake = useFakeAzure();

async function azureRepos(): Promise<{
  fake: FakeAzureDevOps;
  io: Pick<TaskIo, 'git' | 'readCheckoutFile'>;
}> {
  const fake = await startFake({ token });
  const clients = azureClients(fake.collectionUrl, token);
  return { fake, io: { git: () => clients.git(), readCheckoutFile: noClone } };
}

describe('readBaseModel on Azure Repos (the Git items API)', () => {
  it('reads the model at the target branch by its name, in one request the Git description accepts', async () => {
    const { fake, io } = await azureRepos();
    fake.files.put({ repositoryId, branch: 'main', path: 'models/threatmodel.yaml', content: 'base: yes\n' });
    fake.files.put({ repositoryId, branch: 'feature', path: 'models/threatmodel.yaml', content: 'head\n' });

    const base = await readBaseModel(build(), 'models/threatmodel.yaml', io);

    expect(base).toEqual({ state: 'read', bytes: new TextEncoder().encode('base: yes\n') });
    const [request, ...others] = fake.requests.filter((r) => r.route === items);
    expect(others).toEqual([]);
    expect(request).toMatchObject({ status: 200, apiVersion: expect.stringMatching(/^7\.\d/) });
  });

  it('takes an absolute model path under Build.SourcesDirectory', async () => {
    const { fake, io } = await azureRepos();
    fake.files.put({ repositoryId, branch: 'release/2', path: '/threatmodel.yaml', content: 'x: 1\n' });
    const base = await readBaseModel(
      build({ targetBranch: 'refs/heads/release/2' }),
      '/agent/_work/1/s/threatmodel.yaml',
      io,
    );
    expect(base).toEqual({ state: 'read', bytes: new TextEncoder().encode('x: 1\n') });
  });

  it('says absent when the target branch has no model (a new model: every finding is new)', async () => {
    const { fake, io } = await azureRepos();
    fake.files.branch(repositoryId, 'main');
    expect(await readBaseModel(build(), 'threatmodel.yaml', io)).toEqual({ state: 'absent' });
    expect(fake.requests.find((r) => r.route === items)?.status).toBe(404);
  });

  it('fails on a refusal (403) with a message that names the permission', async () => {
    const refused = Object.assign(
      Readable.from([Buffer.from('{"message":"TF401027: You need the Git \'GenericRead\' permission."}')]),
      { statusCode: 403 },
    );
    const git = { getItemContent: () => Promise.resolve(refused) } as unknown as IGitApi;
    await expect(
      readBaseModel(build(), 'threatmodel.yaml', {
        git: () => Promise.resolve(git),
        readCheckoutFile: noClone,
      }),
    ).rejects.toThrow(
      /^Azure DevOps: could not read threatmodel\.yaml at main \(HTTP 403\): TF401027.*"Code: Read"/,
    );
  });

  it('fails on a server error, with the status and the message', async () => {
    const broken = Object.assign(Readable.from([Buffer.from('<html>oops</html>')]), { statusCode: 500 });
    const git = { getItemContent: () => Promise.resolve(broken) } as unknown as IGitApi;
    await expect(
      readBaseModel(build(), 'threatmodel.yaml', {
        git: () => Promise.resolve(git),
        readCheckoutFile: noClone,
      }),
    ).rejects.toThrow(/^Azure DevOps: could not read threatmodel\.yaml at main \(HTTP 500\): HTTP 500\.$/);
  });

  it('says why the base is unknown without a target branch or with a model outside the sources', async () => {
    const io = { git: () => Promise.reject(new Error('no call expected')), readCheckoutFile: noClone };
    const withoutTarget = build();
    delete withoutTarget.targetBranch;
    expect(await readBaseModel(withoutTarget, 'threatmodel.yaml', io)).toEqual({
      state: 'unknown',
      reason: 'System.PullRequest.TargetBranch is not set',
    });
    expect(await readBaseModel(build(), '../elsewhere/threatmodel.yaml', io)).toMatchObject({
      state: 'unknown',
    });
  });
});

describe('readBaseModel for a GitHub repository (the local clone)', () => {
  it('reads origin/<target branch> from the clone, and never calls Azure Repos', async () => {
    const asked: [string, string][] = [];
    const io = {
      git: () => Promise.reject(new Error('Azure Repos must not be asked')),
      readCheckoutFile: (revision: string, path: string): Promise<RevisionFile> => {
        asked.push([revision, path]);
        return Promise.resolve({ state: 'read', bytes: new TextEncoder().encode('from: git\n') });
      },
    };
    const base = await readBaseModel(
      build({ repositoryProvider: 'GitHub', targetBranch: 'main' }),
      'threatmodel.yaml',
      io,
    );
    expect(base).toEqual({ state: 'read', bytes: new TextEncoder().encode('from: git\n') });
    expect(asked).toEqual([['origin/main', 'threatmodel.yaml']]);
  });

  it('asks for fetchDepth: 0 when the clone lacks the target branch', async () => {
    const io = {
      git: () => Promise.reject(new Error('Azure Repos must not be asked')),
      readCheckoutFile: (): Promise<RevisionFile> =>
        Promise.resolve({
          state: 'unknown',
          reason: 'origin/main is not in the local clone',
          revisionMissing: true,
        }),
    };
    const base = await readBaseModel(
      build({ repositoryProvider: 'GitHubEnterprise' }),
      'threatmodel.yaml',
      io,
    );
    expect(base).toEqual({
      state: 'unknown',
      reason: 'origin/main is not in the local clone; give the checkout step fetchDepth: 0',
    });
  });
});

describe('the fake Azure DevOps and the items route (x-ms-paths)', () => {
  /** `/threatmodel.yaml` asked for at a version, through the library's Git client, as `readBaseModel` asks. */
  async function itemAt(versionDescriptor: { version: string; versionType: GitVersionType }) {
    const { fake } = await azureRepos();
    fake.files.put({ repositoryId, branch: 'main', path: 'threatmodel.yaml', content: 'x' });
    const git = await azureClients(fake.collectionUrl, token).git();
    const answer = await git.getItemContent(
      repositoryId,
      '/threatmodel.yaml',
      'Shop',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      versionDescriptor,
    );
    return { fake, answer };
  }

  it('records a numeric versionType as a violation, as the service reads names', async () => {
    const { fake } = await itemAt({ version: 'main', versionType: GitVersionType.Branch });
    expect(fake.violations).toEqual([
      `${items}: query parameter versionDescriptor.versionType=0 is not one of branch, tag, commit`,
    ]);
    fake.clearViolations();
  });

  it('does not resolve a branch written as refs/heads/…', async () => {
    const { answer } = await itemAt({
      version: 'refs/heads/main',
      versionType: 'branch' as unknown as GitVersionType,
    });
    expect((answer as unknown as { statusCode: number }).statusCode).toBe(404);
  });
});
