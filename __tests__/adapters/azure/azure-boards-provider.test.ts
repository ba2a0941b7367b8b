import { describe, expect, it } from '@jest/globals';
import { WorkItemExpand } from 'azure-devops-node-api/interfaces/WorkItemTrackingInterfaces.js';
import { readBacklog } from '../../../src/core/run-pipeline.js';
import { azureBoardsProvider } from '../../../src/adapters/azure/azure-boards-provider.js';
import { azureClients } from '../../../src/adapters/azure/azure-connection.js';
import type { FakeAzureDevOps, FakeWorkItem } from '../../fakes/azure/index.js';
import { useFakeAzure } from './use-fake-azure.js';

const token = 'fake-system-access-token-0123456789';
const wiql = 'POST /{organization}/{project}/{team}/_apis/wit/wiql';
const batch = 'POST /{organization}/{project}/_apis/wit/workitemsbatch';
const startFake = useFakeAzure();

function item(
  id: number,
  fields: Record<string, unknown>,
  relations?: FakeWorkItem['relations'],
): FakeWorkItem {
  return {
    id,
    project: 'Shop',
    fields: {
      'System.WorkItemType': 'Task',
      'System.State': 'New',
      'System.Title': `Item ${id}`,
      'System.AreaPath': 'Shop',
      ...fields,
    },
    ...(relations ? { relations } : {}),
  };
}

async function read(f: FakeAzureDevOps, filter = {}) {
  const client = await azureClients(f.collectionUrl, token).workItems();
  return readBacklog(
    azureBoardsProvider({ client, collectionUrl: f.collectionUrl, project: 'Shop', filter }),
  );
}

describe('azureBoardsProvider', () => {
  it('maps a work item: title, HTML description, state, tags, iteration, type and relations', async () => {
    const fake = await startFake({ token });
    const url = (id: number) => `${fake.collectionUrl}_apis/wit/workItems/${id}`;
    fake.workItems.push(
      item(
        7,
        {
          'System.WorkItemType': 'User Story',
          'System.Title': 'As a shopper I pay by card',
          'System.Description':
            '<div>I pay <b>WITHOUT</b> my card details being stolen.</div><div>Mitigated by M-TLS&nbsp;&amp; more</div>',
          'System.State': 'Active',
          'System.Tags': 'security; threat:CARD-THEFT@checkout',
          'System.IterationPath': 'Shop\\Sprint 4',
        },
        [
          { rel: 'System.LinkTypes.Hierarchy-Reverse', url: url(3) },
          { rel: 'System.LinkTypes.Hierarchy-Forward', url: url(8) },
          { rel: 'System.LinkTypes.Related', url: url(9) },
          { rel: 'Hyperlink', url: 'https://example.invalid/' },
        ],
      ),
      item(8, { 'System.State': 'Closed' }),
      item(9, { 'System.WorkItemType': 'Bug', 'System.State': 'Removed', 'System.IterationPath': 'Shop' }),
      item(10, {
        'System.WorkItemType': 'Product Backlog Item',
        'System.State': 'Done',
        'System.Reason': 'Obsolete',
      }),
      item(11, { 'System.WorkItemType': 'Epic', 'System.State': 'Resolved' }),
    );
    const backlog = await read(fake);
    expect(backlog.source).toBe(`azure-boards:${fake.collectionUrl.replace(/\/$/, '')}/Shop`);
    expect(backlog.items[0]).toEqual({
      id: 'AB#7',
      title: 'As a shopper I pay by card',
      body: 'I pay WITHOUT my card details being stolen.\nMitigated by M-TLS & more',
      status: 'open',
      labels: ['security', 'threat:CARD-THEFT@checkout'],
      milestone: 'Shop\\Sprint 4',
      type: 'story',
      url: `${fake.collectionUrl}Shop/_workitems/edit/7`,
      links: [
        { type: 'parent', target: 'AB#3' },
        { type: 'child', target: 'AB#8' },
        { type: 'related', target: 'AB#9' },
      ],
    });
    expect(backlog.items.map((i) => [i.id, i.status, i.type, i.milestone])).toEqual([
      ['AB#7', 'open', 'story', 'Shop\\Sprint 4'],
      ['AB#8', 'done', 'task', undefined],
      ['AB#9', 'wont-do', 'bug', undefined],
      ['AB#10', 'wont-do', 'story', undefined],
      ['AB#11', 'done', 'epic', undefined],
    ]);
  });

  it.each([
    [0, 1],
    [1, 2],
    [200, 2],
    [201, 3],
    [450, 4],
  ])('reads %i items with one WIQL query and ⌈N/200⌉ batch reads (%i requests)', async (n, expected) => {
    const fake = await startFake({ token });
    for (let id = 1; id <= n; id++) fake.workItems.push(item(id, {}));
    const backlog = await read(fake);
    expect(backlog.items).toHaveLength(n);
    expect(backlog.items.map((i) => i.id)).toEqual(Array.from({ length: n }, (_, i) => `AB#${i + 1}`));
    expect(fake.count(wiql)).toBe(1);
    expect(fake.count(batch)).toBe(Math.ceil(n / 200));
    expect(fake.count(wiql) + fake.count(batch)).toBe(expected);
  });

  it('narrows by area path, tags and types in the one query, quoting values', async () => {
    const fake = await startFake({ token, flavor: 'server' });
    fake.workItems.push(
      item(1, {
        'System.AreaPath': "Shop\\O'Brien team",
        'System.Tags': 'security',
        'System.WorkItemType': 'User Story',
      }),
      item(2, {
        'System.AreaPath': "Shop\\O'Brien team\\Web",
        'System.Tags': 'security; ui',
        'System.WorkItemType': 'Task',
      }),
      item(3, { 'System.AreaPath': 'Shop\\Other', 'System.Tags': 'security', 'System.WorkItemType': 'Task' }),
      item(4, {
        'System.AreaPath': "Shop\\O'Brien team",
        'System.Tags': 'ui',
        'System.WorkItemType': 'Task',
      }),
      item(5, {
        'System.AreaPath': "Shop\\O'Brien team",
        'System.Tags': 'security',
        'System.WorkItemType': 'Bug',
      }),
    );
    const backlog = await read(fake, {
      areaPath: "Shop\\O'Brien team",
      tags: ['security'],
      workItemTypes: ['User Story', 'Task'],
    });
    expect(backlog.items.map((i) => i.id)).toEqual(['AB#1', 'AB#2']);
    const query = fake.requests.find((r) => r.route === wiql)?.body;
    expect(query).toEqual({
      query:
        "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.AreaPath] UNDER 'Shop\\O''Brien team' AND [System.Tags] CONTAINS 'security' AND [System.WorkItemType] IN ('User Story', 'Task') ORDER BY [System.Id]",
    });
  });

  it('asks for the locations first, as azure-devops-node-api does (Services and Server)', async () => {
    const fake = await startFake({ token });
    fake.workItems.push(item(1, {}));
    await read(fake);
    expect(fake.requests.map((r) => `${r.route} ${r.apiVersion ?? ''}`.trim())).toEqual([
      'OPTIONS _apis/Location',
      'GET _apis/ResourceAreas 7.2-preview.1',
      'OPTIONS _apis/wit',
      `${wiql} 7.1-preview.2`,
      `${batch} 7.1-preview.1`,
    ]);
  });

  it('says which permission is missing when the token is refused, without the token', async () => {
    const fake = await startFake({ token });
    const error = await azureClients(fake.collectionUrl, 'another-token-7f3a')
      .workItems()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Azure DevOps: could not connect to Azure Boards at .* \(HTTP 401\): .*"Work items: Read"/,
    );
    expect(message).not.toContain('another-token-7f3a');
  });

  it('the fake holds requests to the work-item description: numeric enums and batches over 200 are violations', async () => {
    const fake = await startFake({ token });
    const client = await azureClients(fake.collectionUrl, token).workItems();
    await client
      .getWorkItemsBatch({ ids: [1], $expand: WorkItemExpand.Relations }, 'Shop')
      .catch(() => undefined);
    await client
      .getWorkItemsBatch({ ids: Array.from({ length: 201 }, (_, i) => i + 1) }, 'Shop')
      .catch(() => undefined);
    expect(fake.violations).toEqual([
      `${batch}: body/$expand must be equal to one of the allowed values`,
      `${batch}: 201 ids, more than the 200 the service accepts`,
    ]);
    fake.clearViolations();
  });
});
