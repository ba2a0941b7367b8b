import { getBearerHandler, WebApi } from 'azure-devops-node-api';
import type { IGitApi } from 'azure-devops-node-api/GitApi.js';
import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import { threadPermission, withAzureFailure, workItemsPermission } from './azure-failure.js';
import { toolVersion } from '../version.js';

export interface AzureClients {
  workItems(): Promise<IWorkItemTrackingApi>;
  git(): Promise<IGitApi>;
}

/**
 * Clients of one collection (Services `https://dev.azure.com/org/` or a Server collection URL)
 * that authenticate with the job's access token (System.AccessToken) as a bearer token.
 */
export function azureClients(collectionUrl: string, token: string): AzureClients {
  // With a user agent of its own, the client does not look for its package.json beside itself
  // (through __dirname, which a bundled ES module does not have).
  const connection = new WebApi(collectionUrl, getBearerHandler(token), undefined, {
    productName: 'threat-align',
    productVersion: toolVersion,
    userAgent: `threat-align/${toolVersion} (azure-devops-node-api; ${process.platform})`,
  });
  return {
    workItems: () =>
      withAzureFailure(`connect to Azure Boards at ${collectionUrl}`, workItemsPermission, () =>
        connection.getWorkItemTrackingApi(),
      ),
    git: () =>
      withAzureFailure(`connect to Azure Repos at ${collectionUrl}`, threadPermission, () =>
        connection.getGitApi(),
      ),
  };
}
