import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { nameUuid, ruleNamespace, urlNamespace } from '../../../src/core/detection/name-uuid.js';
import { sha1 } from '../../../src/core/detection/sha1.js';

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ])('gives the FIPS 180 digest of %j', (text, hex) => {
    expect(Buffer.from(sha1(new TextEncoder().encode(text))).toString('hex')).toBe(hex);
  });

  it('agrees with node:crypto on any length, across block boundaries', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });
});

describe('nameUuid', () => {
  it('is UUID version 5 of RFC 9562: the DNS example of the uuid packages', () => {
    expect(nameUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('names its own namespace as it says: the URL of the SOC hand-over page', () => {
    expect(nameUuid('https://github.com/threat-align/threat-align/docs/soc-handover.md', urlNamespace)).toBe(
      ruleNamespace,
    );
  });

  it('gives the same id for the same name, and another for another name', () => {
    expect(nameUuid('shop\u0000rule\u0000EV-A')).toBe(nameUuid('shop\u0000rule\u0000EV-A'));
    expect(nameUuid('shop\u0000rule\u0000EV-A')).not.toBe(nameUuid('shop\u0000rule\u0000EV-B'));
    expect(nameUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
