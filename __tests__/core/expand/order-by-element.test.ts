import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { orderByElement } from '../../../src/core/expand/order-by-element.js';

interface Item {
  position: number;
  key: number;
  seq: number;
}

describe('orderByElement', () => {
  it('gives what a global stable sort on (position, within) gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ position: fc.nat(20), key: fc.nat(4) }), { maxLength: 300 }),
        (raw) => {
          const items: Item[] = raw.map((r, seq) => ({ ...r, seq }));
          const within = (a: Item, b: Item): number => a.key - b.key;
          const expected = [...items].sort((a, b) => a.position - b.position || within(a, b));
          expect(
            orderByElement(
              items,
              items.map((i) => i.position),
              21,
              within,
            ),
          ).toEqual(expected);
        },
      ),
    );
  });

  it('keeps items that compare equal in their first order, and leaves the input alone', () => {
    const items = [
      { position: 1, key: 0, seq: 0 },
      { position: 0, key: 1, seq: 1 },
      { position: 1, key: 0, seq: 2 },
      { position: 0, key: 0, seq: 3 },
    ];
    const ordered = orderByElement(
      items,
      items.map((i) => i.position),
      2,
      (a, b) => a.key - b.key,
    );
    expect(ordered.map((i) => i.seq)).toEqual([3, 1, 0, 2]);
    expect(items.map((i) => i.seq)).toEqual([0, 1, 2, 3]);
  });

  it('sorts a long run of one element (more than a handful) stably too', () => {
    const items = Array.from({ length: 40 }, (_, seq) => ({ position: 0, key: (seq * 7) % 3, seq }));
    const ordered = orderByElement(
      items,
      items.map(() => 0),
      1,
      (a, b) => a.key - b.key,
    );
    expect(ordered).toEqual([...items].sort((a, b) => a.key - b.key));
  });
});
