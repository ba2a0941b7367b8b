import { collectIncludes } from '../../../src/core/import/collect-includes.js';

describe('collectIncludes', () => {
  const files: Record<string, string> = {
    'parts/assets.yaml': 'technical_assets: {}\nincludes:\n  - ../parts/./more.yaml\n',
    'parts/more.yaml': 'data_assets: {}\nincludes:\n  - assets.yaml\n  - deeper/last.yaml\n',
    'parts/deeper/last.yaml': 'title: last\n',
  };
  const read = (asked: string[]) => (path: string) => {
    asked.push(path);
    return Promise.resolve(files[path]);
  };

  it('reads includes transitively, relative to the file that names them, each once', async () => {
    const asked: string[] = [];
    const found = await collectIncludes(
      'includes:\n  - parts/assets.yaml\n  - parts/missing.yaml\n',
      read(asked),
    );
    expect(Object.keys(found)).toEqual(['parts/assets.yaml', 'parts/more.yaml', 'parts/deeper/last.yaml']);
    expect(asked).toEqual([
      'parts/assets.yaml',
      'parts/missing.yaml',
      'parts/more.yaml',
      'parts/deeper/last.yaml',
    ]);
  });

  it('reads nothing for a model without includes, or one that does not parse', async () => {
    const asked: string[] = [];
    expect(await collectIncludes('title: x\n', read(asked))).toEqual({});
    expect(await collectIncludes('includes: [unclosed\n', read(asked))).toEqual({});
    expect(asked).toEqual([]);
  });
});
