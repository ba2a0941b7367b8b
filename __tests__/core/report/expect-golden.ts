import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixturesRoot } from '../../fakes/memory-kb-store.js';

/**
 * Compares a renderer's output with its golden file under __tests__/fixtures/golden/.
 * `UPDATE_GOLDEN=1 npm test -- <pattern>` rewrites the files instead; review the diff before committing.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(fixturesRoot, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden file ${name}: run UPDATE_GOLDEN=1 npm test -- <pattern>`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
