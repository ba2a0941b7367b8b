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

  it.each(['ghs_plain', 'with%percent', 'two\nlines\r\n', '%0A already escaped'])(
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
});
