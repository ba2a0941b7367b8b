import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { findDuplicateKeys } from '../../../src/core/source/find-duplicate-keys.js';

/**
 * findDuplicateKeys stands in for the parser's `uniqueKeys` check (quadratic in a mapping's keys):
 * on any document it must find exactly the keys the parser reports, at the same offsets, in order.
 */
describe('findDuplicateKeys', () => {
  const key = fc.constantFrom(
    'a',
    'b',
    '"a"',
    "'b'",
    '1',
    '"1"',
    'true',
    '"true"',
    'null',
    '~',
    '.nan',
    '? [x]',
  );
  const scalar = fc.constantFrom('1', 'x', '"y"', '[]', '{}', '*anchor');

  /** A block mapping whose values may be flow mappings, sequences of mappings or scalars. */
  const documentText = fc
    .array(
      fc.tuple(
        key,
        fc.oneof(
          scalar,
          fc
            .array(fc.tuple(key, scalar), { maxLength: 5 })
            .map(
              (pairs) => `{ ${pairs.map(([k, v]) => `${k.startsWith('?') ? 'c' : k}: ${v}`).join(', ')} }`,
            ),
          fc
            .array(fc.tuple(key, scalar), { minLength: 1, maxLength: 4 })
            .map(
              (pairs) => `\n${pairs.map(([k, v]) => `  - ${k.startsWith('?') ? 'c' : k}: ${v}`).join('\n')}`,
            ),
        ),
      ),
      { maxLength: 12 },
    )
    .map(
      (pairs) =>
        `anchored: &anchor v\n${pairs.map(([k, v]) => (k.startsWith('?') ? `${k}\n: ${v}` : `${k}: ${v}`)).join('\n')}\n`,
    );

  it('finds the keys the parser reports as duplicates, at the same offsets', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const checked = parseDocument(text, { uniqueKeys: true, version: '1.2', prettyErrors: false });
        fc.pre(checked.errors.every((e) => e.code === 'DUPLICATE_KEY'));
        const expected = checked.errors.map((e) => e.pos[0]).sort((a, b) => a - b);
        const unchecked = parseDocument(text, { uniqueKeys: false, version: '1.2', prettyErrors: false });
        expect(unchecked.errors).toEqual([]);
        expect(findDuplicateKeys(unchecked.contents).map((d) => d.offset)).toEqual(expected);
      }),
      { seed: 17, numRuns: 2_000 },
    );
  });

  it('names the key and where its mapping first names it', () => {
    const text = 'a: 1\nb: { x: 1, y: 2, x: 3 }\na: 2\n';
    const document = parseDocument(text, { uniqueKeys: false, version: '1.2' });
    expect(findDuplicateKeys(document.contents)).toEqual([
      { offset: text.indexOf('x: 3'), key: 'x', firstOffset: text.indexOf('x: 1') },
      { offset: text.lastIndexOf('a: 2'), key: 'a', firstOffset: 0 },
    ]);
  });
});
