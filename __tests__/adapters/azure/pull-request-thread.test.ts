import { describe, expect, it } from '@jest/globals';
import { CommentThreadStatus, CommentType } from 'azure-devops-node-api/interfaces/GitInterfaces.js';
import { azureClients } from '../../../src/adapters/azure/azure-connection.js';
import { upsertPullRequestThread } from '../../../src/adapters/azure/pull-request-thread.js';
import { useFakeAzure } from './use-fake-azure.js';

const token = 'fake-system-access-token-thread';
const marker = '<!-- threat-align:azure-pipelines -->';
const threads =
  '/{organization}/{project}/_apis/git/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads';
const pullRequest = {
  project: 'Shop',
  repositoryId: '9f1c3a52-0000-4000-8000-000000000001',
  pullRequestId: 42,
};
const startFake = useFakeAzure();

describe('upsertPullRequestThread', () => {
  it('creates one thread, then updates its first comment in place on every rerun', async () => {
    const fake = await startFake({ token });
    const clients = azureClients(fake.collectionUrl, token);
    const git = await clients.git();
    fake.threads.add(pullRequest.repositoryId, 42, `> quoting the bot:\n${marker}\nold report`);

    const upsert = (content: string) =>
      upsertPullRequestThread(git, pullRequest, content, marker, () => clients.identity());
    const first = await upsert(`${marker}\n## report 1`);
    const second = await upsert(`${marker}\n## report 2`);
    const third = await upsert(`${marker}\n## report 3`);

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
    // Who the token is, asked only once a thread carries the marker (the second and third runs).
    expect(fake.count('GET _apis/connectionData')).toBe(2);
    expect(fake.requests.find((r) => r.route === `POST ${threads}`)?.body).toEqual({
      comments: [{ parentCommentId: 0, content: `${marker}\n## report 1`, commentType: 'text' }],
      status: 'active',
    });
  });

  it('works against a Server collection URL (no resource areas)', async () => {
    const fake = await startFake({ token, flavor: 'server' });
    const clients = azureClients(fake.collectionUrl, token);
    const git = await clients.git();
    await upsertPullRequestThread(git, pullRequest, `${marker}\nx`, marker, () => clients.identity());
    await upsertPullRequestThread(git, pullRequest, `${marker}\ny`, marker, () => clients.identity());
    expect(fake.collectionUrl).toMatch(/\/tfs\/DefaultCollection\/$/);
    expect(fake.threads.of(pullRequest.repositoryId, 42).map((t) => t.comments[0]?.content)).toEqual([
      `${marker}\ny`,
    ]);
  });

  it('never touches a thread that carries the marker but was written by somebody else', async () => {
    const fake = await startFake({ token });
    const clients = azureClients(fake.collectionUrl, token);
    const git = await clients.git();
    // Exactly what the task writes, marker first, but by a reviewer: it must stay as it is.
    fake.threads.add(pullRequest.repositoryId, 42, `${marker}\n## a report pasted by Ada`);

    const first = await upsertPullRequestThread(git, pullRequest, `${marker}\n## report 1`, marker, () =>
      clients.identity(),
    );
    const second = await upsertPullRequestThread(git, pullRequest, `${marker}\n## report 2`, marker, () =>
      clients.identity(),
    );

    expect(first.action).toBe('created');
    expect(second).toEqual({ action: 'updated', threadId: first.threadId });
    const list = fake.threads.of(pullRequest.repositoryId, 42);
    expect(list.map((t) => [t.comments[0]?.author.displayName, t.comments[0]?.content])).toEqual([
      ['Ada Reviewer', `${marker}\n## a report pasted by Ada`],
      ['Shop Build Service (northwind)', `${marker}\n## report 2`],
    ]);
    expect(fake.count(`POST ${threads}`)).toBe(1);
    expect(fake.count(`PATCH ${threads}/{threadId}/comments/{commentId}`)).toBe(1);
    expect(fake.count('GET _apis/connectionData')).toBe(2);
  });

  it('updates its own thread whatever the case of the identity id', async () => {
    const fake = await startFake({ token });
    const clients = azureClients(fake.collectionUrl, token);
    const git = await clients.git();
    const upper = async (): Promise<string> => (await clients.identity()).toUpperCase();
    const first = await upsertPullRequestThread(git, pullRequest, `${marker}\n1`, marker, upper);
    const second = await upsertPullRequestThread(git, pullRequest, `${marker}\n2`, marker, upper);
    expect([first.action, second.action]).toEqual(['created', 'updated']);
    expect(fake.threads.of(pullRequest.repositoryId, 42)).toHaveLength(1);
  });
});

describe('the fake Azure DevOps', () => {
  it('records a request the Git description rejects (numeric enums) as a violation', async () => {
    const fake = await startFake({ token });
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
