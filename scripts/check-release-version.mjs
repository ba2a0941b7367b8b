// Checks that a release tag (vX.Y.Z) names the version of package.json, task.json and
// vss-extension.json, and that CHANGELOG.md has a section for it; with --notes, prints that section
// (the GitHub release's notes). Usage: node scripts/check-release-version.mjs vX.Y.Z [--notes] [--root DIR]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt === -1 ? '.' : args[rootAt + 1];
const tag = args.find((a, i) => !a.startsWith('--') && (rootAt === -1 || i !== rootAt + 1));
const problems = [];

const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag ?? '');
if (!match) fail(`the tag must be vMAJOR.MINOR.PATCH, not "${tag ?? ''}"`);
const version = tag.slice(1);

const read = (name) => JSON.parse(readFileSync(join(root, name), 'utf8'));
const npmVersion = read('package.json').version;
const task = read('task.json').version;
const taskVersion = `${task.Major}.${task.Minor}.${task.Patch}`;
const extensionVersion = read('vss-extension.json').version;
for (const [file, found] of [
  ['package.json', npmVersion],
  ['task.json', taskVersion],
  ['vss-extension.json', extensionVersion],
]) {
  if (found !== version) problems.push(`${file} says ${found}, the tag ${tag} says ${version}`);
}

const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split('\n');
const start = changelog.findIndex((line) => line.startsWith(`## [${version}]`));
if (start === -1) problems.push(`CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD"`);
if (problems.length > 0) fail(problems.join('\n'));

if (args.includes('--notes')) {
  const rest = changelog.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]: /.test(line));
  process.stdout.write(`${(end === -1 ? rest : rest.slice(0, end)).join('\n').trim()}\n`);
}

function fail(message) {
  process.stderr.write(`check-release-version: ${message}\n`);
  process.exit(1);
}
