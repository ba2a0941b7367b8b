import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { resolveKnowledgeBase } from '../../../src/core/kb/resolve-kb.js';
import { nodeKbStore } from '../../../src/adapters/node/node-kb-store.js';
import { preParseFolder, preParsedPath, type PreParsedKb } from '../../../src/adapters/node/pre-parsed-kb.js';

const shipped = join(import.meta.dirname, '../../../kb');

/** A package folder of its own with kb/core/1.0.0 copied; with `artefact`, its pre-parsed form in dist/kb. */
function packageCopy(artefact?: (built: PreParsedKb) => void): string {
  const root = join(mkdtempSync(join(tmpdir(), 'ta-pre-parsed-')), 'kb');
  cpSync(shipped, root, { recursive: true });
  if (artefact) {
    const folder = join(root, 'core', '1.0.0');
    const files = readdirSync(folder)
      .filter((n) => n.endsWith('.yaml'))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
    const built = preParseFolder('kb/core/1.0.0', files);
    artefact(built);
    const target = preParsedPath(root, 'core', '1.0.0');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(built));
  }
  return root;
}

async function load(shippedRoot: string) {
  const store = nodeKbStore({ cwd: '.', shippedRoot });
  const files = await store.readShipped('core', '1.0.0');
  return { files, resolved: await resolveKnowledgeBase('core@1.0.0', store) };
}

describe('the pre-parsed form of a shipped knowledge base', () => {
  it('loads exactly the knowledge base the YAML gives, from the pre-parsed values', async () => {
    const preParsed = await load(packageCopy(() => undefined));
    const fromYaml = await load(packageCopy());
    expect(preParsed.files?.map((f) => f.preParsed === undefined)).toEqual(preParsed.files?.map(() => false));
    expect(fromYaml.files?.some((f) => f.preParsed !== undefined)).toBe(false);
    expect(preParsed.resolved.findings).toEqual([]);
    expect(preParsed.resolved.loaded?.kb).toEqual(fromYaml.resolved.loaded?.kb);
    expect(preParsed.resolved.loaded?.kb.sha256).toBe(fromYaml.resolved.loaded?.kb.sha256);
  });

  it('ignores the value of a file whose sha256 does not match it (stale or tampered)', async () => {
    const root = packageCopy((built) => {
      const file = built.files.find((f) => f.name === 'mitigation-types.yaml');
      if (file) file.value = { mitigationTypes: [] };
    });
    const edited = join(root, 'core', '1.0.0', 'mitigation-types.yaml');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}# edited after the bundle\n`);
    const { files, resolved } = await load(root);
    expect(files?.find((f) => f.path.endsWith('/mitigation-types.yaml'))?.preParsed).toBeUndefined();
    expect(files?.find((f) => f.path.endsWith('/events.yaml'))?.preParsed).toBeDefined();
    expect(resolved.loaded?.kb.mitigationTypes.length).toBeGreaterThan(10);
  });

  it('places a problem of a pre-parsed value at its line and column in the YAML', async () => {
    const root = packageCopy((built) => {
      const events = built.files.find((f) => f.name === 'events.yaml')?.value as {
        events: { id: string }[];
      };
      const second = events.events[1];
      if (second) second.id = 'not an event id';
    });
    const { resolved } = await load(root);
    expect(resolved.loaded).toBeUndefined();
    // events.yaml: the second event's id is on line 11, after "  - id: ".
    expect(resolved.findings.map((f) => [f.check, f.location])).toContainEqual([
      'TA106',
      expect.objectContaining({ file: 'kb/core/1.0.0/events.yaml', line: 11, column: 9 }),
    ]);
  });

  it('refuses to pre-parse a file the loader would not take', () => {
    const bytes = new TextEncoder().encode('events:\n  - id: lowercase-is-wrong\n');
    expect(() => preParseFolder('kb/x/1.0.0', [{ name: 'events.yaml', bytes }])).toThrow(
      'kb/x/1.0.0/events.yaml does not load',
    );
  });
});
