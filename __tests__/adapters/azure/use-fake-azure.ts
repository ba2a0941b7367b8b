import { afterEach, beforeAll, expect, jest } from '@jest/globals';
import { startFakeInWorker, type FakeInWorker } from '../../fakes/azure/fake-in-worker.js';
import { startFakeAzureDevOps, type FakeAzureDevOps } from '../../fakes/azure/index.js';
import { specs } from '../../fakes/azure/rest-specs.js';

/**
 * A `start` for one test file: each fake Azure DevOps it starts is closed after its test and held
 * to the official descriptions (no violations), whatever the test did. With `everyFaultServed`,
 * each must also have served every fault its test queued.
 */
export function useFakeAzure(
  options: { everyFaultServed?: boolean } = {},
): (fake: Parameters<typeof startFakeAzureDevOps>[0]) => Promise<FakeAzureDevOps> {
  const started: FakeAzureDevOps[] = [];
  // The first fake of a file reads the REST specifications: once, here, with its own timeout, so
  // that no test pays it under jest's default 5 s on a busy machine; each test has 30 s (a file
  // that needs more calls jest.setTimeout after this).
  jest.setTimeout(30_000);
  beforeAll(() => {
    specs();
  }, 120_000);
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

/**
 * `startFakeInWorker` for one test file: each fake it starts (on a thread of its own, for tasks
 * that run in a child process) is closed after its test and held to the official descriptions.
 */
export function useFakeInWorker(): typeof startFakeInWorker {
  const started: FakeInWorker[] = [];
  afterEach(async () => {
    for (const fake of started.splice(0)) {
      const { violations } = await fake.snapshot();
      await fake.close();
      expect(violations).toEqual([]);
    }
  });
  return async (...args) => {
    const fake = await startFakeInWorker(...args);
    started.push(fake);
    return fake;
  };
}
