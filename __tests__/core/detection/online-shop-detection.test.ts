import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import { loadBacklogFile } from '../../../src/core/backlog/load-backlog-file.js';
import { aliasesOfSource, memoryBacklogProvider } from '../../../src/core/backlog/memory-backlog-provider.js';
import {
  detectionFiles,
  logContractFile,
  type DetectionFile,
} from '../../../src/core/detection/detection-files.js';
import { readBacklog, runPipeline } from '../../../src/core/run-pipeline.js';
import { fixturesRoot } from '../../fakes/memory-kb-store.js';
import { expectGolden } from '../report/expect-golden.js';
import { validateSigmaCorrelation, validateSigmaRule } from './sigma-schema.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const modelFile = 'examples/online-shop/threatmodel.yaml';
const backlogFile = 'examples/online-shop/backlog.json';
const goldenFolder = 'detection/online-shop';

let files: DetectionFile[] = [];

beforeAll(async () => {
  const loaded = loadBacklogFile(backlogFile, readFileSync(join(repoRoot, backlogFile)));
  const analysis = await runPipeline(
    {
      model: { file: modelFile, content: readFileSync(join(repoRoot, modelFile), 'utf8') },
      modelFolder: 'examples/online-shop',
      backlog: await readBacklog(
        memoryBacklogProvider(
          loaded.source ?? backlogFile,
          loaded.items ?? [],
          aliasesOfSource(loaded.source),
        ),
      ),
    },
    nodeKbStore({ cwd: repoRoot }),
  );
  files = detectionFiles(analysis, { date: '2025-01-01' });
}, 60_000);

function listGolden(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listGolden(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe('the detection folder of the online-shop example', () => {
  it('matches its golden files, file by file, with no file more or less', () => {
    for (const file of files) expectGolden(`${goldenFolder}/${file.path}`, file.text);
    const root = join(fixturesRoot, 'golden', goldenFolder);
    expect(
      listGolden(root)
        .map((path) => relative(root, path))
        .sort(),
    ).toEqual(files.map((f) => f.path).sort());
  });

  it('names the logsource the model sets, the owners of the components, and valid rules', () => {
    const rules = files
      .filter((f) => f.path.startsWith('sigma/'))
      .map((f) => parse(f.text) as Record<string, unknown>);
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      if ('correlation' in rule) expect(validateSigmaCorrelation(rule)).toBe(true);
      else {
        expect(validateSigmaRule(rule)).toBe(true);
        expect(rule.logsource).toMatchObject({ product: 'northwind_shop', service: 'security' });
      }
    }
    const runbooks = files
      .filter((f) => f.path.startsWith('runbooks/'))
      .map((f) => f.text)
      .join('\n');
    expect(runbooks).toContain('Checkout squad');
  });

  it('links every rule to its runbook by a path inside the folder', () => {
    const paths = new Set(files.map((f) => f.path));
    for (const file of files.filter((f) => f.path.startsWith('sigma/'))) {
      const local = (parse(file.text) as { references: string[] }).references.filter(
        (r) => !r.startsWith('https://'),
      );
      expect(local.length).toBeGreaterThan(0);
      for (const reference of local) expect([file.path, paths.has(reference)]).toEqual([file.path, true]);
    }
  });

  it('has a log contract that accepts a record with the fields and refuses one without them', () => {
    const contract = JSON.parse(files.find((f) => f.path === logContractFile)?.text ?? '{}') as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(contract);
    const record = {
      datetime: '2025-01-01T12:00:00+0100',
      appid: 'storefront',
      event: 'authn_login_fail:user-123',
      level: 'WARN',
      description: 'Wrong password',
      userid: 'user-123',
      source_ip: '203.0.113.7',
      reason: 'wrong_password',
    };
    expect(validate(record)).toBe(true);
    const { userid: _userid, ...withoutUser } = record;
    expect(validate(withoutUser)).toBe(false);
    expect(validate({ ...record, level: 'INFO' })).toBe(false);
    const { reason: _reason, ...withoutReason } = record;
    expect(validate(withoutReason)).toBe(false);
    expect(validate({ ...record, event: 'some_other_event', userid: undefined, reason: undefined })).toBe(
      true,
    );
  });
});
