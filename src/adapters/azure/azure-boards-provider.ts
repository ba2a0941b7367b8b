import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import type {
  WorkItemBatchGetRequest,
  WorkItem,
  WorkItemErrorPolicy,
  WorkItemExpand,
} from 'azure-devops-node-api/interfaces/WorkItemTrackingInterfaces.js';
import type { BacklogProvider } from '../../core/backlog/backlog-item.js';
import { withAzureFailure, workItemsPermission } from './azure-failure.js';
import { wiqlQuery, type WorkItemFilter } from './wiql-query.js';
import { toBacklogItem } from './work-item-mapping.js';

/** The service reads at most 200 work items per batch. */
const batchSize = 200;

export interface AzureBoardsOptions {
  client: Pick<IWorkItemTrackingApi, 'queryByWiql' | 'getWorkItemsBatch'>;
  /** System.CollectionUri: `https://dev.azure.com/org/` or a Server collection URL. */
  collectionUrl: string;
  project: string;
  filter?: WorkItemFilter;
}

/**
 * The work items of one Azure Boards project as backlog items `AB#N` (SPEC §3.4): one WIQL query
 * for the ids, then the items with their relations 200 at a time — 1 + ⌈N/200⌉ requests for N
 * items. Pages are yielded as they arrive.
 */
export function azureBoardsProvider(options: AzureBoardsOptions): BacklogProvider {
  const { client, collectionUrl, project } = options;
  const where = `the work items of ${project} at ${collectionUrl}`;
  return {
    source: `azure-boards:${collectionUrl.replace(/\/+$/, '')}/${project}`,
    aliases: [],
    async *pages() {
      const result = await withAzureFailure(`read ${where}`, workItemsPermission, () =>
        client.queryByWiql({ query: wiqlQuery(options.filter ?? {}) }, { project }),
      );
      const ids = (result.workItems ?? []).flatMap((ref) => (ref.id === undefined ? [] : [ref.id]));
      if (ids.length === 0) {
        yield [];
        return;
      }
      for (let start = 0; start < ids.length; start += batchSize) {
        const request: WorkItemBatchGetRequest = {
          ids: ids.slice(start, start + batchSize),
          // The wire format is the enum's name (the REST description's `relations`), not its number.
          $expand: 'relations' as unknown as WorkItemExpand,
          // An item deleted since the query is left out (null) instead of failing the whole batch.
          errorPolicy: 'omit' as unknown as WorkItemErrorPolicy,
        };
        const items = await withAzureFailure(`read ${where}`, workItemsPermission, () =>
          client.getWorkItemsBatch(request, project),
        );
        yield (items as (WorkItem | null)[]).flatMap((item) => {
          const mapped = item === null ? undefined : toBacklogItem(item, collectionUrl, project);
          return mapped ? [mapped] : [];
        });
      }
    },
  };
}
