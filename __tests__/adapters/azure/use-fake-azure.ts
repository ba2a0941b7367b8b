import { afterEach, expect } from '@jest/globals';
import { startFakeAzureDevOps, type FakeAzureDevOps } from '../../fakes/azure/index.js';

/**
 * A `start` for one test file: each fake Azure DevOps it starts is closed after its test and held
 * to the official descriptions (no violations), whatever the test did. With `everyFaultServed`,
 * each must also have served every fault its test queued.
 */
export function useFakeAzure(
  options: { everyFaultServed?: boolean } = {},
): (fake: Parameters<typeof startFakeAzureDevOps>[0]) => Promise<FakeAzureDevOps> {
  const started: FakeAzureDevOps[] = [];
  afterEach(async () => {
    for (const fake of started.splice(0)) {
      const pending = fake.faults.pending();
      await fake.close();
      fake.expectNoViolations();
      if (options.everyFaultServed === true) expect(pending).toEqual([]);
    }
  });
  return async (fakeOptions) => {
    const fake = await startFakeAzureDevOps(fakeOptions);
    started.push(fake);
    return fake;
  };
}
