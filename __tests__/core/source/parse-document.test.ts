import { parseSourceDocument } from '../../../src/core/source/parse-document.js';
import { describePointer } from '../../../src/core/source/source-index.js';

describe('parseSourceDocument', () => {
  it('locates every key and value of a YAML document', () => {
    const parsed = parseSourceDocument('m.yaml', 'a:\n  b: [1, two]\n  "c d": x\n');
    expect(parsed.findings).toEqual([]);
    expect(parsed.value).toEqual({ a: { b: [1, 'two'], 'c d': 'x' } });
    expect(parsed.index.locate('/a/b/1')).toMatchObject({ line: 2, column: 10 });
    expect(parsed.index.locate('/a/c d', 'key')).toMatchObject({ line: 3, column: 3 });
    expect(parsed.index.locate('/a/c d')).toMatchObject({ line: 3, column: 10 });
  });

  it('falls back to the nearest ancestor for a pointer that names no node', () => {
    const parsed = parseSourceDocument('m.yaml', 'list:\n  - x: 1\n');
    expect(parsed.index.locate('/list/0/missing')).toMatchObject({ line: 2, column: 5 });
  });

  it('reads JSON through the same positions, and reports strict JSON syntax errors where they are', () => {
    const good = parseSourceDocument('m.json', '{\n\t"a": [1,\n\t\t2]\n}');
    expect(good.index.locate('/a/1')).toMatchObject({ line: 3, column: 3 });
    const bad = parseSourceDocument('m.json', '{\n  "a": 1,\n}\n');
    expect(bad.findings).toHaveLength(1);
    expect(bad.findings[0]).toMatchObject({ check: 'TA101', location: { line: 2, column: 9 } });
  });

  it('reports a duplicate key as TA103 at the second key', () => {
    const parsed = parseSourceDocument('m.yaml', 'a: 1\nb: 2\na: 3\n');
    expect(parsed.findings.map((f) => [f.check, f.location])).toEqual([
      ['TA103', { file: 'm.yaml', line: 3, column: 1 }],
    ]);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f'].entries()) {
      const previous = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const parsed = parseSourceDocument('bomb.yaml', levels.join('\n'));
    expect(parsed.value).toBeUndefined();
    expect(parsed.findings[0]?.message).toMatch(/alias/i);
  });

  it('keeps __proto__ as an ordinary key, never as the prototype', () => {
    const parsed = parseSourceDocument('m.yaml', '__proto__: { polluted: true }\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });
});

describe('describePointer', () => {
  it('names a place the way a reader does', () => {
    expect(describePointer('/components/3/type')).toBe('components[3].type');
    expect(describePointer('/mitigations/M-TLS/except/a~1b')).toBe('mitigations.M-TLS.except["a/b"]');
    expect(describePointer('')).toBe('the document');
  });
});

describe('stablePath', () => {
  it('names array elements by their id, so fingerprints survive unrelated insertions', async () => {
    const { stablePath } = await import('../../../src/core/source/stable-path.js');
    const model = {
      components: [{ id: 'web' }, { id: 'orders-db', data: ['ordres'] }],
      stories: [{ backlog: '#4' }],
    };
    expect(stablePath(model, '/components/1/data/0')).toBe('/components/[orders-db]/data/0');
    expect(stablePath(model, '/stories/0/threats/2')).toBe('/stories/[#4]/threats/2');
    expect(stablePath(model, '/components/9/type')).toBe('/components/9/type');
    expect(stablePath(model, '')).toBe('');
  });
});
