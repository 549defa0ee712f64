import { describe, expect, it } from 'vitest';
import { generateConsistencyProof } from './consistency-proof';
import { createHasher } from './hash';
import { generateInclusionProof } from './inclusion-proof';
import { computeRoot, hashLeaf } from './merkle';
import { makeEntries } from './testing/rfc6962';
import { createMemoryTreeReader, type TreeReader } from './tree-reader';

const sha256 = createHasher('sha256');

const isPerfect = (start: number, end: number) => {
  const width = end - start;
  return (width & (width - 1)) === 0 && start % width === 0;
};

describe('TreeReader', () => {
  it('serves MTH of any range from memory', () => {
    const leafHashes = makeEntries(11).map((d) => hashLeaf(sha256, d));
    const reader = createMemoryTreeReader(sha256, leafHashes);
    expect(reader.hashRange(3, 11)).toEqual(computeRoot(sha256, leafHashes.slice(3, 11)));
    expect(() => reader.hashRange(0, 12)).toThrow(expect.objectContaining({ code: 'tree.range_out_of_bounds' }));
  });

  it('is only asked for perfect subtrees or right edges of the proven size', async () => {
    const leafHashes = makeEntries(33).map((d) => hashLeaf(sha256, d));
    const memory = createMemoryTreeReader(sha256, leafHashes);
    let size = 0;
    const requests: Array<[number, number]> = [];
    const reader: TreeReader = {
      hashRange: async (start, end) => {
        requests.push([start, end]);
        expect(isPerfect(start, end) || end === size).toBe(true);
        return memory.hashRange(start, end);
      },
    };
    for (size = 1; size <= 33; size++) {
      for (let index = 0; index < size; index++) await generateInclusionProof({ reader, index, size });
      for (let size1 = 1; size1 <= size; size1++) await generateConsistencyProof({ reader, size1, size2: size });
    }
    expect(requests.length).toBeGreaterThan(1000);
  });
});
