import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import type {
  JsonPatchDocument,
  JsonPatchOperation,
  Operation,
} from 'azure-devops-node-api/interfaces/common/VSSInterfaces.js';
import type { ProposedItem } from '../../core/report/missing-items.js';
import { withAzureFailure, workItemsWritePermission } from './azure-failure.js';
import { descriptionHtml } from './work-item-description.js';

export interface WorkItemCreation {
  client: Pick<IWorkItemTrackingApi, 'createWorkItem'>;
  project: string;
  /** The work item type, such as `Task`. */
  type: string;
  /** The areaPath input: created items go there, so the next run's `UNDER` query finds them. */
  areaPath?: string;
  /** The tags input: created items carry them too, so the next run's `CONTAINS` clauses find them. */
  tags: readonly string[];
}

/** A creation that stopped part of the way: what was created before the failure, and the failure. */
export class PartialCreation extends Error {
  constructor(
    readonly created: { key: string; ref: string }[],
    failure: Error,
  ) {
    super(failure.message, { cause: failure });
    this.name = 'PartialCreation';
  }
}

/**
 * Creates the proposed items as work items, one after another (SPEC §6, "Backlog items"), and
 * returns their references `AB#N`. Each carries its linking tag (`mitigation:ID` or `event:ID`)
 * and `threat-align`, and its description ends with the marker, so the next run's read finds it
 * and proposes it no more. The first failure stops the run of creations (PartialCreation): items
 * already created stay, and a rerun creates only the rest.
 */
export async function createWorkItems(
  proposals: readonly ProposedItem[],
  creation: WorkItemCreation,
): Promise<{ key: string; ref: string }[]> {
  const created: { key: string; ref: string }[] = [];
  for (const proposal of proposals) {
    try {
      const item = await withAzureFailure(
        `create the ${creation.type} work item "${proposal.title}" in ${creation.project}`,
        workItemsWritePermission,
        () =>
          creation.client.createWorkItem(
            null,
            patchDocument(proposal, creation),
            creation.project,
            creation.type,
          ),
      );
      if (item.id === undefined) throw new Error(`Azure DevOps created "${proposal.title}" without an id.`);
      created.push({ key: proposal.key, ref: `AB#${item.id}` });
    } catch (error) {
      throw new PartialCreation([...created], error instanceof Error ? error : new Error(String(error)));
    }
  }
  return created;
}

function patchDocument(proposal: ProposedItem, creation: WorkItemCreation): JsonPatchDocument {
  // The wire format of `op` is its name (`add`), not the enum's number.
  const add = (field: string, value: string): JsonPatchOperation => ({
    op: 'add' as unknown as Operation,
    path: `/fields/${field}`,
    value,
  });
  const tags = [...new Set([...proposal.labels, ...creation.tags])];
  return [
    add('System.Title', proposal.title),
    add('System.Description', descriptionHtml(proposal.body)),
    add('System.Tags', tags.join('; ')),
    ...(creation.areaPath === undefined ? [] : [add('System.AreaPath', creation.areaPath)]),
  ];
}
