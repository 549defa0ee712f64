import { describe, expect, it } from 'vitest';
import { encodeHex, encodeUtf8 } from './bytes';
import { createHasher } from './hash';
import { computeRangeRoot, computeRoot, hashChildren, hashEmptyTree, hashLeaf, splitSize } from './merkle';
import { createReference, makeEntries, REFERENCE_LEAVES, REFERENCE_ROOTS } from './testing/rfc6962';

const sha256 = createHasher('sha256');
const sm3 = createHasher('sm3');

const SHA256_ROOTS = REFERENCE_ROOTS;

/** anchors-integrity.md §1.4: the same leaves with SM3 (two independent SM3 implementations agreed). */
const SM3_ROOTS = [
  '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b',
  '2daef60e7a0b8f5e024c81cd2ab3109f2b4f155cf83adeb2ae5532f74a157fdf',
  '0b990fe0c7ad70f1bf1a1262f2c7908ea48146b14253a6db99f2917ab1f5cc4d',
  '209ec96a210d662a964772680e8544d18cab7b88ffec3e00962220349b56ea56',
  '28e4e307ef6d2d0c62d84b11ef96e835efe490f35b93c8f024ecfe38c8dd4377',
  'bb10c996aeebbcdc69be3715fc847344de77442d37a5ab8213da9f41785b103b',
  '8723c1ab1f82ddfba4a3733ac0c80d936d9f4c208c7dbc8cc81ca9fff8584f66',
  'bd36c22a1ac6ff4308e0c3cc1a85bf0ffa30538ec60a55c70413ab15d45db4d2',
  'bc48ba7a709184b5f2a631e1adeb8dc2a0d4c018c1d6cc89b5664fe154c93b38',
];

describe('RFC 9162 §2.1.1 hashing', () => {
  it('matches transparency-dev/merkle rfc6962_test.go', () => {
    expect(encodeHex(hashEmptyTree(sha256))).toBe(SHA256_ROOTS[0]);
    expect(encodeHex(hashLeaf(sha256, new Uint8Array()))).toBe(SHA256_ROOTS[1]);
    expect(encodeHex(hashLeaf(sha256, encodeUtf8('L123456')))).toBe(
      '395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56',
    );
    expect(encodeHex(hashChildren(sha256, encodeUtf8('N123'), encodeUtf8('N456')))).toBe(
      'aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb',
    );
  });

  it('separates leaves from nodes', () => {
    const a = hashLeaf(sha256, Uint8Array.of(1));
    expect(hashLeaf(sha256, Uint8Array.of(1, ...a, ...a))).not.toEqual(hashChildren(sha256, a, a));
  });

  it('computes the reference roots for n = 0..8 with SHA-256 and SM3', () => {
    for (let n = 0; n <= 8; n++) {
      expect(
        encodeHex(
          computeRoot(
            sha256,
            REFERENCE_LEAVES.slice(0, n).map((d) => hashLeaf(sha256, d)),
          ),
        ),
      ).toBe(SHA256_ROOTS[n]);
      expect(
        encodeHex(
          computeRoot(
            sm3,
            REFERENCE_LEAVES.slice(0, n).map((d) => hashLeaf(sm3, d)),
          ),
        ),
      ).toBe(SM3_ROOTS[n]);
    }
  });

  it('agrees with the naive reference for n = 0..70', () => {
    const reference = createReference('sha256');
    const entries = makeEntries(70);
    const leafHashes = entries.map((d) => hashLeaf(sha256, d));
    for (let n = 0; n <= 70; n++) {
      expect(computeRoot(sha256, leafHashes.slice(0, n))).toEqual(reference.mth(entries.slice(0, n)));
    }
  });

  it('computes subrange roots and rejects empty or out-of-bounds ranges', () => {
    const reference = createReference('sm3');
    const entries = makeEntries(9);
    const leafHashes = entries.map((d) => hashLeaf(sm3, d));
    expect(computeRangeRoot(sm3, leafHashes, 4, 8)).toEqual(reference.mth(entries.slice(4, 8)));
    for (const [start, end] of [
      [3, 3],
      [4, 3],
      [0, 10],
      [-1, 2],
      [0.5, 2],
    ] as const) {
      expect(() => computeRangeRoot(sm3, leafHashes, start, end)).toThrow(
        expect.objectContaining({ code: 'tree.range_out_of_bounds' }),
      );
    }
  });

  it('splits at the largest power of two below n', () => {
    expect([2, 3, 4, 5, 8, 9, 1000, 2 ** 40 + 1].map(splitSize)).toEqual([1, 2, 2, 4, 4, 8, 512, 2 ** 40]);
    expect(() => splitSize(1)).toThrow(expect.objectContaining({ code: 'tree.invalid_size' }));
  });
});
