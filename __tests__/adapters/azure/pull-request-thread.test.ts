import { afterEach, describe, expect, it } from '@jest/globals';
import { CommentThreadStatus, CommentType } from 'azure-devops-node-api/interfaces/GitInterfaces.js';
import { azureClients } from '../../../src/adapters/azure/azure-connection.js';
import { upsertPullRequestThread } from '../../../src/adapters/azure/pull-request-thread.js';
import { startFakeAzureDevOps, type FakeAzureDevOps } from '../../fakes/azure/index.js';

const token = 'fake-system-access-token-thread';
const marker = '<!-- threat-align:azure-pipelines -->';
const threads =
  '/{organization}/{project}/_apis/git/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads';
const pullRequest = {
  project: 'Shop',
  repositoryId: '9f1c3a52-0000-4000-8000-000000000001',
  pullRequestId: 42,
};
let fake: FakeAzureDevOps | undefined;

afterEach(async () => {
  const current = fake;
  fake = undefined;
  if (current) {
    await current.close();
    current.expectNoViolations();
  }
});

describe('upsertPullRequestThread', () => {
  it('creates one thread, then updates its first comment in place on every rerun', async () => {
    fake = await startFakeAzureDevOps({ token });
    const git = await azureClients(fake.collectionUrl, token).git();
    fake.threads.add(pullRequest.repositoryId, 42, `> quoting the bot:\n${marker}\nold report`);

    const first = await upsertPullRequestThread(git, pullRequest, `${marker}\n## report 1`, marker);
    const second = await upsertPullRequestThread(git, pullRequest, `${marker}\n## report 2`, marker);
    const third = await upsertPullRequestThread(git, pullRequest, `${marker}\n## report 3`, marker);

    expect(first.action).toBe('created');
    expect([second, third]).toEqual([
      { action: 'updated', threadId: first.threadId },
      { action: 'updated', threadId: first.threadId },
    ]);
    const list = fake.threads.of(pullRequest.repositoryId, 42);
    expect(list).toHaveLength(2);
    expect(list[1]?.comments.map((c) => c.content)).toEqual([`${marker}\n## report 3`]);
    expect(list[0]?.comments[0]?.content).toContain('old report');
    expect(fake.count(`GET ${threads}`)).toBe(3);
    expect(fake.count(`POST ${threads}`)).toBe(1);
    expect(fake.count(`PATCH ${threads}/{threadId}/comments/{commentId}`)).toBe(2);
    expect(fake.requests.find((r) => r.route === `POST ${threads}`)?.body).toEqual({
      comments: [{ parentCommentId: 0, content: `${marker}\n## report 1`, commentType: 'text' }],
      status: 'active',
    });
  });

  it('works against a Server collection URL (no resource areas)', async () => {
    fake = await startFakeAzureDevOps({ token, flavor: 'server' });
    const git = await azureClients(fake.collectionUrl, token).git();
    await upsertPullRequestThread(git, pullRequest, `${marker}\nx`, marker);
    expect(fake.collectionUrl).toMatch(/\/tfs\/DefaultCollection\/$/);
    expect(fake.threads.of(pullRequest.repositoryId, 42)).toHaveLength(1);
  });
});

describe('the fake Azure DevOps', () => {
  it('records a request the Git description rejects (numeric enums) as a violation', async () => {
    fake = await startFakeAzureDevOps({ token });
    const git = await azureClients(fake.collectionUrl, token).git();
    await git
      .createThread(
        { comments: [{ content: 'x', commentType: CommentType.Text }], status: CommentThreadStatus.Active },
        pullRequest.repositoryId,
        42,
        'Shop',
      )
      .catch(() => undefined);
    expect(fake.violations.join('\n')).toMatch(
      /POST .*\/threads: body\/comments\/0\/commentType must be equal to one of the allowed values/,
    );
    fake.clearViolations();
  });
});
