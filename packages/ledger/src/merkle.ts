import { LedgerError } from './errors';
import type { Hasher } from './hash';

// RFC 9162 §2.1.1 domain separation: a leaf can never be mistaken for an interior node.
const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);

/** RFC 9162 §2.1.1: MTH({d}) = HASH(0x00 || d). */
export function hashLeaf(hasher: Hasher, data: Uint8Array): Uint8Array {
  return hasher.digest(LEAF_PREFIX, data);
}

/** RFC 9162 §2.1.1: interior node HASH(0x01 || left || right). */
export function hashChildren(hasher: Hasher, left: Uint8Array, right: Uint8Array): Uint8Array {
  return hasher.digest(NODE_PREFIX, left, right);
}

/** RFC 9162 §2.1.1: MTH({}) = HASH(), the hash of the empty string. */
export function hashEmptyTree(hasher: Hasher): Uint8Array {
  return hasher.digest();
}

/** RFC 9162 §2.1.1: k, the largest power of two smaller than n (n > 1); the tree splits D[n] into D[0:k] and D[k:n]. */
export function splitSize(n: number): number {
  if (!Number.isSafeInteger(n) || n < 2) throw new LedgerError('tree.invalid_size', `cannot split a tree of size ${n}`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Throw 'tree.invalid_size' unless `size` is a usable tree size (a non-negative safe integer). */
export function assertTreeSize(size: number, what = 'tree size'): void {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new LedgerError('tree.invalid_size', `${what} ${size} is not a non-negative safe integer`);
  }
}

/** Throw 'hash.wrong_length' unless `hash` has the hasher's digest length. */
export function assertHashLength(hasher: Hasher, hash: Uint8Array, what: string): void {
  if (hash.length !== hasher.size) {
    throw new LedgerError(
      'hash.wrong_length',
      `${what} is ${hash.length} bytes, ${hasher.algorithm} needs ${hasher.size}`,
    );
  }
}

/** RFC 9162 §2.1.1 Merkle Tree Hash MTH(D[n]) of a list of leaf hashes (not raw entries). */
export function computeRoot(hasher: Hasher, leafHashes: readonly Uint8Array[]): Uint8Array {
  if (leafHashes.length === 0) return hashEmptyTree(hasher);
  return computeRangeRoot(hasher, leafHashes, 0, leafHashes.length);
}

/** MTH(D[start:end]) over leaf hashes, for 0 <= start < end <= leafHashes.length. */
export function computeRangeRoot(
  hasher: Hasher,
  leafHashes: readonly Uint8Array[],
  start: number,
  end: number,
): Uint8Array {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start < end)) {
    throw new LedgerError('tree.range_out_of_bounds', `range [${start}, ${end}) is empty or invalid`);
  }
  if (end > leafHashes.length) {
    throw new LedgerError('tree.range_out_of_bounds', `range [${start}, ${end}) exceeds ${leafHashes.length} leaves`);
  }
  if (end - start === 1) return leafHashes[start]!;
  const k = splitSize(end - start);
  const left = computeRangeRoot(hasher, leafHashes, start, start + k);
  return hashChildren(hasher, left, computeRangeRoot(hasher, leafHashes, start + k, end));
}
