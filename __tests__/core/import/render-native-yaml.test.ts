import { renderNativeYaml } from '../../../src/core/import/render-native-yaml.js';
import { loadModel } from '../../../src/core/import/load-model-file.js';
import type { ThreatModel } from '../../../src/core/model/threat-model.js';

const model: ThreatModel = {
  schema: 'threat-align/v1',
  system: { name: 'Shop', description: 'First line\n\nSecond paragraph' },
  components: [
    { id: 'web', type: 'web-app', boundary: 'cloud', data: ['card'] },
    { id: 'db', name: 'Orders: "main" # db', type: 'sql-database' },
  ],
  boundaries: [{ id: 'cloud' }],
  data: [{ id: 'card', classification: 'restricted' }],
  threats: [
    {
      id: 'T-1',
      title: 'Coupon abuse',
      stride: ['T', 'R'],
      target: 'web',
      status: 'not-applicable',
      reason: 'none',
    },
  ],
};

describe('renderNativeYaml', () => {
  it('writes the schema line, the header, and each note above its node (or its nearest ancestor)', () => {
    const yaml = renderNativeYaml(
      model,
      [
        { pointer: '', text: 'from a file' },
        { pointer: '/components/0', text: 'from cell 1' },
        { pointer: '/components/0/id', text: 'named after the label' },
        { pointer: '/components/1/type', text: 'from the word "sql"' },
        { pointer: '/components/0/data/0', text: 'from a flag' },
        { pointer: '/threats/0/severity', text: 'no severity given' },
        { pointer: '/nothing/here', text: 'kept at the top' },
      ],
      { schemaUrl: './schema.json', header: ['Converted.'] },
    );
    expect(yaml).toBe(
      [
        '# yaml-language-server: $schema=./schema.json',
        '',
        '# Converted.',
        '# from a file',
        '# kept at the top',
        '',
        'schema: threat-align/v1',
        'system:',
        '  name: Shop',
        '  description: |-',
        '    First line',
        '',
        '    Second paragraph',
        'components:',
        '  # from cell 1',
        '  # named after the label',
        '  - id: web',
        '    type: web-app',
        '    boundary: cloud',
        '    # from a flag',
        '    data: [ card ]',
        '  - id: db',
        '    name: \'Orders: "main" # db\'',
        '    # from the word "sql"',
        '    type: sql-database',
        'boundaries:',
        '  - id: cloud',
        'data:',
        '  - id: card',
        '    classification: restricted',
        'threats:',
        '  # no severity given',
        '  - id: T-1',
        '    title: Coupon abuse',
        '    stride: [ T, R ]',
        '    target: web',
        '    status: not-applicable',
        '    reason: none',
        '',
      ].join('\n'),
    );
    expect(loadModel('m.yaml', yaml).model).toEqual(model);
  });

  it('wraps long notes at about 100 characters and keeps a note with line breaks as several lines', () => {
    const yaml = renderNativeYaml(model, [{ pointer: '/system', text: `${'word '.repeat(40)}\nlast` }], {
      schemaUrl: 's',
    });
    const comments = yaml.split('\n').filter((l) => l.startsWith('# word') || l === '# last');
    expect(comments).toHaveLength(4);
    expect(Math.max(...comments.map((l) => l.length))).toBeLessThanOrEqual(100);
  });
});
