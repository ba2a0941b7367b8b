// Files the Azure Pipelines task needs beside dist/task.js at run time, copied deterministically
// (fixed list, fixed order, byte copies): azure-pipelines-task-lib's lib.json and its message
// strings (5.x also embeds them, lib-resource.js; the copies serve any loader that looks beside
// the bundle), and a package.json that marks dist/*.js as ES modules where the task folder has
// no package.json of its own (the .vsix).
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const taskLib = 'node_modules/azure-pipelines-task-lib';

export function copyTaskRuntime(outDir = 'dist') {
  mkdirSync(outDir, { recursive: true });
  cpSync(join(taskLib, 'lib.json'), join(outDir, 'lib.json'));
  const strings = join(taskLib, 'Strings', 'resources.resjson');
  for (const culture of readdirSync(strings).sort()) {
    const target = join(outDir, 'Strings', 'resources.resjson', culture);
    mkdirSync(target, { recursive: true });
    cpSync(join(strings, culture, 'resources.resjson'), join(target, 'resources.resjson'));
  }
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
}
