import { getBearerHandler, WebApi } from 'azure-devops-node-api';
import type { IGitApi } from 'azure-devops-node-api/GitApi.js';
import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import { threadPermission, withAzureFailure, workItemsPermission } from './azure-failure.js';
import {
  defaultRetryPolicy,
  UnreadableAnswer,
  withRetry,
  type CallSafety,
  type RetryPolicy,
} from './azure-retry.js';
import { toolVersion } from '../version.js';

export interface AzureClients {
  workItems(): Promise<IWorkItemTrackingApi>;
  git(): Promise<IGitApi>;
  /** The id of the identity the token belongs to (`authenticatedUser.id` of the connection data). */
  identity(): Promise<string>;
}

/**
 * Clients of one collection (Services `https://dev.azure.com/org/` or a Server collection URL)
 * that authenticate with the job's access token (System.AccessToken) as a bearer token.
 */
export function azureClients(
  collectionUrl: string,
  token: string,
  options: AzureConnectionOptions = {},
): AzureClients {
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  // With a user agent of its own, the client does not look for its package.json beside itself
  // (through __dirname, which a bundled ES module does not have).
  const connection = new WebApi(
    collectionUrl,
    getBearerHandler(token),
    {
      // Retries are the task's own (azure-retry.ts): the library's cover neither POST nor 429.
      allowRetries: false,
      // A connection held open fails the call after this long instead of hanging the job.
      socketTimeout: options.socketTimeoutMs ?? defaultSocketTimeoutMs,
    },
    {
      productName: 'threat-align',
      productVersion: toolVersion,
      userAgent: `threat-align/${toolVersion} (azure-devops-node-api; ${process.platform})`,
    },
  );
  return {
    workItems: async () => {
      const api = await withAzureFailure(
        `connect to Azure Boards at ${collectionUrl}`,
        workItemsPermission,
        () => connection.getWorkItemTrackingApi(),
      );
      return retrying(api, policy, {
        queryByWiql: ['repeatable', 'the WIQL query'],
        getWorkItemsBatch: ['repeatable', 'reading a batch of work items'],
        createWorkItem: ['once', 'creating a work item'],
      });
    },
    git: async () => {
      const api = await withAzureFailure(`connect to Azure Repos at ${collectionUrl}`, threadPermission, () =>
        connection.getGitApi(),
      );
      // Setting a comment's text again changes nothing, so its update is repeatable.
      const retried = retrying(api, policy, {
        getThreads: ['repeatable', 'reading the pull-request threads'],
        updateComment: ['repeatable', 'updating the pull-request thread'],
        createThread: ['once', 'creating the pull-request thread'],
      });
      retried.getItemContent = (...args) =>
        withRetry('reading the base model', 'repeatable', policy, () =>
          transientAsFailure(api.getItemContent(...args)),
        );
      return retried;
    },
    identity: async () => {
      // WebApi.connect() is GET _apis/connectionData: the identity a comment's author.id names.
      const data = await withAzureFailure(
        `ask ${collectionUrl} whom the token belongs to`,
        threadPermission,
        () => connection.connect(),
      );
      const id = data.authenticatedUser?.id;
      if (typeof id !== 'string' || id === '') {
        throw new Error(
          `Azure DevOps at ${collectionUrl} did not say whom the token belongs to (connection data).`,
        );
      }
      return id;
    },
  };
}

export interface AzureConnectionOptions {
  /** Milliseconds without an answer after which a request fails (default 60 s). */
  socketTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

const defaultSocketTimeoutMs = 60_000;

/**
 * The client with the named methods retried as their safety allows, and failing on an answer
 * they cannot do without (none: a 404, or a body cut off). Other methods are the client's own.
 */
function retrying<Api extends object>(
  api: Api,
  policy: RetryPolicy,
  methods: Partial<Record<keyof Api & string, [CallSafety, string]>>,
): Api {
  const wrapped = Object.create(api) as Api;
  const entries = Object.entries(methods) as [keyof Api & string, [CallSafety, string]][];
  for (const [name, [safety, what]] of entries) {
    const method = api[name] as unknown as (...args: unknown[]) => Promise<unknown>;
    const call = (...args: unknown[]): Promise<unknown> =>
      withRetry(what, safety, policy, async () => {
        const result = await method.apply(api, args);
        if (result === null || result === undefined) throw new UnreadableAnswer();
        return result;
      });
    (wrapped as Record<string, unknown>)[name] = call;
  }
  return wrapped;
}

/**
 * getItemContent hands back the response stream whatever its status. A status worth retrying
 * (429, 5xx) becomes a failure carrying it, as the other calls' failures do, so that withRetry
 * treats it alike; any other answer, 404 included, goes back to the caller to judge.
 */
async function transientAsFailure(answer: Promise<NodeJS.ReadableStream>): Promise<NodeJS.ReadableStream> {
  const stream = await answer;
  const { statusCode, headers } = stream as { statusCode?: number; headers?: Record<string, unknown> };
  if (statusCode === undefined || (statusCode !== 429 && statusCode < 500)) return stream;
  stream.resume();
  throw Object.assign(new Error(`HTTP ${statusCode}`), {
    statusCode,
    responseHeaders: headers ?? {},
  });
}
