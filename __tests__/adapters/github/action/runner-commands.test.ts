import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import {
  debugLine,
  failStep,
  maskValue,
  readInput,
} from '../../../../src/adapters/github/action/runner-commands.js';

/**
 * The action's entry reads its inputs and masks the token without @actions/core (to start fast):
 * what it writes and reads must be exactly what @actions/core would, or the runner would not mask
 * the token or would read another variable.
 */
describe('runner commands without @actions/core', () => {
  const written: string[] = [];
  afterEach(() => {
    jest.restoreAllMocks();
    written.length = 0;
    process.exitCode = undefined;
  });

  function capture(run: () => void): string {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    run();
    spy.mockRestore();
    return written.splice(0).join('');
  }

  it.each(['model', 'fail-on', 'Backlog Items', 'sarif-file'])('reads %s as core.getInput does', (name) => {
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    const before = process.env[variable];
    try {
      for (const value of ['', '  spaced value \n', 'x%y']) {
        process.env[variable] = value;
        expect(readInput(name)).toBe(core.getInput(name));
      }
      Reflect.deleteProperty(process.env, variable);
      expect(readInput(name)).toBe(core.getInput(name));
    } finally {
      if (before === undefined) Reflect.deleteProperty(process.env, variable);
      else process.env[variable] = before;
    }
  });

  it.each(['ghs_plain', 'with%percent', 'two\nlines\n', '%0A already escaped'])(
    'writes add-mask, debug and error lines as @actions/core does (%j)',
    (value) => {
      // @actions/core writes on the runner only when a file command is not available: the same
      // process.stdout lines, which is what the runner reads for these three commands.
      const ours = capture(() => {
        maskValue(value);
        debugLine(value);
        failStep(value);
      });
      expect(process.exitCode).toBe(1);
      process.exitCode = undefined;
      const theirs = capture(() => {
        core.setSecret(value);
        core.debug(value);
        core.setFailed(value);
      });
      expect(process.exitCode).toBe(1);
      expect(ours).toBe(theirs);
    },
  );

  it('masks a value exactly as given, but writes the control characters of a message visibly', () => {
    const hostile = 'title\u001b]8;;https://evil.example\u0007link\u001b[2J\rover\u202ewritten\nnext';
    const ours = capture(() => {
      maskValue(hostile);
      debugLine(hostile);
      failStep(hostile);
    });
    const [mask, debug, error] = ours.split('\n');
    const theirs = capture(() => {
      core.setSecret(hostile);
    });
    expect(`${mask ?? ''}\n`).toBe(theirs);
    const visible = String.raw`title\x1b]8;;https://evil.example\x07link\x1b[2J\rover\u202ewritten%0Anext`;
    expect(debug).toBe(`::debug::${visible}`);
    expect(error).toBe(`::error::${visible}`);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the log
    expect(ours.split('\n').slice(1).join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });
});
