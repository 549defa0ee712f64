import { LedgerError } from './errors';
import type { Hasher } from './hash';
import { assertHashLength, assertTreeSize, hashChildren, hashEmptyTree } from './merkle';

/**
 * The right frontier of an append-only RFC 9162 tree: one root per perfect subtree in the binary
 * decomposition of `size`, largest (leftmost) first. O(log n) memory, so a verifier can stream a
 * million-entry log and still compute MTH(D[n]) exactly.
 */
export type CompactRange = {
  readonly size: number;
  /** Add the next leaf hash (already HASH(0x00 || entry)). Amortised O(1) hashes. */
  append(leafHash: Uint8Array): void;
  /** MTH(D[size]) per RFC 9162 §2.1.1; HASH() for the empty tree. */
  root(): Uint8Array;
  /** A copy of the frontier hashes, for storing and resuming with createCompactRange. */
  frontier(): Uint8Array[];
};

/** Create a compact range, empty or resumed from a stored `{ size, frontier }`. */
export function createCompactRange(
  hasher: Hasher,
  from: { size: number; frontier: readonly Uint8Array[] } = { size: 0, frontier: [] },
): CompactRange {
  assertTreeSize(from.size);
  if (from.frontier.length !== countOnes(from.size)) {
    throw new LedgerError('tree.invalid_frontier', `size ${from.size} needs ${countOnes(from.size)} frontier hashes`);
  }
  for (const [i, h] of from.frontier.entries()) assertHashLength(hasher, h, `frontier[${i}]`);
  const hashes = [...from.frontier];
  let size = from.size;

  return {
    get size() {
      return size;
    },
    append(leafHash) {
      assertHashLength(hasher, leafHash, 'leaf hash');
      if (size >= Number.MAX_SAFE_INTEGER) throw new LedgerError('tree.invalid_size', 'tree is full');
      let merged = leafHash;
      // Each trailing 1 bit of the old size is a perfect subtree the new leaf completes.
      for (let s = size; s % 2 === 1; s = Math.floor(s / 2)) merged = hashChildren(hasher, hashes.pop()!, merged);
      hashes.push(merged);
      size += 1;
    },
    root() {
      if (hashes.length === 0) return hashEmptyTree(hasher);
      // MTH splits at the largest power of two, so fold the perfect subtrees from the right.
      let root = hashes[hashes.length - 1]!;
      for (let i = hashes.length - 2; i >= 0; i--) root = hashChildren(hasher, hashes[i]!, root);
      return root;
    },
    frontier: () => [...hashes],
  };
}

function countOnes(n: number): number {
  let ones = 0;
  for (let x = n; x > 0; x = Math.floor(x / 2)) ones += x % 2;
  return ones;
}
