import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompiledValidators } from '../../../src/core/source/precompiled-validators.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;

/**
 * The bundles validate with the schemas' validators compiled ahead of time (about 180 ms less at
 * every start); from source the map is empty and each schema is compiled at first use. The bundled
 * CLI's corpus of invalid inputs (__tests__/hardening) pins that both give the same messages.
 */
describe('precompiled schema validators', () => {
  it('are empty from source, so tests compile the schemas themselves', () => {
    expect(precompiledValidators.size).toBe(0);
  });

  it.each(['cli.js', 'action-main.js', 'task.js'])('are in dist/%s, one per published schema', (bundle) => {
    const text = readFileSync(join(repoRoot, 'dist', bundle), 'utf8');
    for (const schema of ['modelSchema', 'configSchema', 'kbSchema', 'backlogSchema']) {
      expect(text).toContain(`[${schema},${schema}Validator]`);
    }
  });
});
