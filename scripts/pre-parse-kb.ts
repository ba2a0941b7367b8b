// Writes the pre-parsed form of every shipped knowledge base (kb/NAME/VERSION/*.yaml →
// dist/kb/NAME/VERSION.json) for `npm run bundle`: src/adapters/node/pre-parsed-kb.ts says why.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preParseFolder, preParsedPath } from '../src/adapters/node/pre-parsed-kb.js';

const shippedRoot = 'kb';
for (const name of readdirSync(shippedRoot).sort()) {
  for (const version of readdirSync(join(shippedRoot, name)).sort()) {
    const folder = join(shippedRoot, name, version);
    const files = readdirSync(folder)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort()
      .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(folder, n))) }));
    const target = preParsedPath(shippedRoot, name, version);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, `${JSON.stringify(preParseFolder(`kb/${name}/${version}`, files))}\n`);
  }
}
