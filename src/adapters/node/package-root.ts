import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The folder of threat-align's own package.json: where kb/, docs/ and schema/ ship, bundled or not. */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'threat-align'
    ) {
      cached = folder;
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error('threat-align cannot find its own package folder (kb/ ships beside it)');
    folder = parent;
  }
}
