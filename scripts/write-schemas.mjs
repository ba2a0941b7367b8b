// Writes the published JSON Schemas under schema/ from the bundled CLI (a test checks they match the code).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const files = {
  model: 'threatmodel',
  backlog: 'backlog',
  report: 'report',
  config: 'config',
  kb: 'kb',
  events: 'events',
};
for (const [name, file] of Object.entries(files)) {
  const schema = execFileSync(process.execPath, ['dist/cli.js', 'schema', name], { encoding: 'utf8' });
  writeFileSync(`schema/${file}.schema.json`, schema);
}
