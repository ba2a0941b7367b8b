// Writes .tmp/precompiled-validators.mjs for `npm run bundle`: ajv's standalone code for every
// published schema, compiled with the options validate-document.ts uses, and the map from each
// schema object to its validator that src/core/source/precompiled-validators.ts declares.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { backlogSchema } from '../src/core/backlog/backlog-schema.js';
import { configSchema } from '../src/core/config/config-schema.js';
import { kbSchema } from '../src/core/kb/kb-schema.js';
import { modelSchema } from '../src/core/model/model-schema.js';
import { ajvOptions } from '../src/core/source/validate-document.js';

const schemas = {
  modelSchema: { schema: modelSchema, module: 'src/core/model/model-schema.ts' },
  configSchema: { schema: configSchema, module: 'src/core/config/config-schema.ts' },
  kbSchema: { schema: kbSchema, module: 'src/core/kb/kb-schema.ts' },
  backlogSchema: { schema: backlogSchema, module: 'src/core/backlog/backlog-schema.ts' },
};
const ajv = new Ajv({ ...ajvOptions, code: { source: true, esm: true } });
const exports: Record<string, string> = {};
for (const [name, { schema }] of Object.entries(schemas)) {
  ajv.addSchema(schema);
  exports[`${name}Validator`] = schema.$id;
}
// A CommonJS module whose exports also carry itself as `default`.
const code = standalone.default(ajv, exports);
const imports = Object.entries(schemas).map(
  ([name, { module }]) => `import { ${name} } from ${JSON.stringify(resolve(module))};`,
);
const map = `export const precompiledValidators = new Map([${Object.keys(schemas)
  .map((name) => `[${name}, ${name}Validator]`)
  .join(', ')}]);`;
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/precompiled-validators.mjs', [imports.join('\n'), code, map, ''].join('\n'));
