import { jest } from '@jest/globals';
import { createOnce } from '../../../../src/adapters/github/action/create-once.js';
import { CutShortAnswer } from '../../../../src/adapters/github/github-client.js';

/** Errors shaped as Octokit throws them: an HTTP status with its response, or a made-up 500 without one. */
const answered = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status, response: {} });
const unanswered = (cause: Error) => Object.assign(new Error(cause.message), { status: 500, cause });

function scenario(failures: Error[], foundAfter = Infinity) {
  let finds = 0;
  const create = jest.fn(() => {
    const failure = failures.shift();
    return failure === undefined ? Promise.resolve('created') : Promise.reject(failure);
  });
  const find = jest.fn(() => Promise.resolve(++finds >= foundAfter ? 'found' : undefined));
  return { create, find, run: () => createOnce(create, find) };
}

describe('createOnce', () => {
  it('creates once when the first create succeeds, without looking', async () => {
    const s = scenario([]);
    await expect(s.run()).resolves.toBe('created');
    expect([s.create.mock.calls.length, s.find.mock.calls.length]).toEqual([1, 0]);
  });

  it('after a server error, looks, and creates again only when nothing landed', async () => {
    const s = scenario([answered(500), answered(502)]);
    await expect(s.run()).resolves.toBe('created');
    expect([s.create.mock.calls.length, s.find.mock.calls.length]).toEqual([3, 2]);
  });

  it('after a server error or a cut-short answer, takes what landed instead of creating it again', async () => {
    const cut = unanswered(new CutShortAnswer("GitHub's answer was cut short"));
    for (const failure of [answered(500), cut]) {
      const s = scenario([failure], 1);
      await expect(s.run()).resolves.toBe('found');
      expect([s.create.mock.calls.length, s.find.mock.calls.length]).toEqual([1, 1]);
    }
  });

  it('after no answer (a timeout, a dropped connection, a 504), does not create again unless it finds it', async () => {
    const timeout = unanswered(new Error('GitHub did not answer within 30000 ms'));
    for (const failure of [timeout, answered(504)]) {
      const s = scenario([failure]);
      await expect(s.run()).rejects.toBe(failure);
      expect([s.create.mock.calls.length, s.find.mock.calls.length]).toEqual([1, 1]);
    }
    const late = scenario([timeout], 1);
    await expect(late.run()).resolves.toBe('found');
  });

  it('stops at once on a refusal (4xx), and after three attempts in all', async () => {
    const refused = scenario([answered(422)]);
    await expect(refused.run()).rejects.toMatchObject({ status: 422 });
    expect([refused.create.mock.calls.length, refused.find.mock.calls.length]).toEqual([1, 0]);

    const failing = scenario([answered(500), answered(500), answered(500), answered(500)]);
    await expect(failing.run()).rejects.toMatchObject({ status: 500 });
    expect([failing.create.mock.calls.length, failing.find.mock.calls.length]).toEqual([3, 2]);
  });
});
