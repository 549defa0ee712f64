import { describe, expect, it } from 'vitest';
import { encodeHex } from './bytes';
import { createCompactRange } from './compact-range';
import { createHasher } from './hash';
import { computeRoot, hashLeaf } from './merkle';
import { makeEntries, REFERENCE_LEAVES } from './testing/rfc6962';

const sha256 = createHasher('sha256');
const sm3 = createHasher('sm3');

describe('createCompactRange', () => {
  it('yields the root of every prefix, matching computeRoot (SHA-256 and SM3)', () => {
    for (const hasher of [sha256, sm3]) {
      const leafHashes = makeEntries(130).map((d) => hashLeaf(hasher, d));
      const range = createCompactRange(hasher);
      expect(range.root()).toEqual(computeRoot(hasher, []));
      leafHashes.forEach((leafHash, i) => {
        range.append(leafHash);
        expect(range.size).toBe(i + 1);
        expect(range.root()).toEqual(computeRoot(hasher, leafHashes.slice(0, i + 1)));
      });
    }
  });

  it('reproduces the RFC 6962 reference root for 8 leaves', () => {
    const range = createCompactRange(sha256);
    for (const leaf of REFERENCE_LEAVES) range.append(hashLeaf(sha256, leaf));
    expect(encodeHex(range.root())).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });

  it('keeps one hash per set bit of the size', () => {
    const range = createCompactRange(sm3);
    const leafHashes = makeEntries(1000).map((d) => hashLeaf(sm3, d));
    for (const h of leafHashes) range.append(h);
    expect(range.frontier()).toHaveLength(6); // 1000 = 0b1111101000
    expect(range.root()).toEqual(computeRoot(sm3, leafHashes));
  });

  it('resumes from a stored frontier', () => {
    const leafHashes = makeEntries(77).map((d) => hashLeaf(sha256, d));
    const first = createCompactRange(sha256);
    for (const h of leafHashes.slice(0, 45)) first.append(h);
    const resumed = createCompactRange(sha256, { size: first.size, frontier: first.frontier() });
    for (const h of leafHashes.slice(45)) resumed.append(h);
    expect(resumed.root()).toEqual(computeRoot(sha256, leafHashes));
  });

  it('streams 100,000 leaves in constant memory and matches the recursive root', () => {
    const leafHashes = Array.from({ length: 100_000 }, (_, i) => hashLeaf(sha256, Uint8Array.of(i & 255, i >> 8)));
    const range = createCompactRange(sha256);
    for (const h of leafHashes) range.append(h);
    expect(range.frontier().length).toBeLessThanOrEqual(17);
    expect(range.root()).toEqual(computeRoot(sha256, leafHashes));
  });

  it('rejects a frontier of the wrong shape and hashes of the wrong length', () => {
    const h = hashLeaf(sha256, new Uint8Array());
    expect(() => createCompactRange(sha256, { size: 3, frontier: [h] })).toThrow(
      expect.objectContaining({ code: 'tree.invalid_frontier' }),
    );
    expect(() => createCompactRange(sha256, { size: -1, frontier: [] })).toThrow(
      expect.objectContaining({ code: 'tree.invalid_size' }),
    );
    expect(() => createCompactRange(sha256).append(h.subarray(1))).toThrow(
      expect.objectContaining({ code: 'hash.wrong_length' }),
    );
  });
});
