export { startFakeAzureDevOps, type FakeAzureDevOps, type AzureRequestRecord } from './server.js';
export type { FakeWorkItem } from './work-items.js';
