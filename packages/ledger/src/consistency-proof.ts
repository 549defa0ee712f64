import { isEqualBytes } from './bytes';
import { LedgerError } from './errors';
import type { Hasher } from './hash';
import { assertHashLength, assertTreeSize, hashChildren, splitSize } from './merkle';
import type { TreeReader } from './tree-reader';

/** Everything needed to check that the tree (size1, root1) is a prefix of the tree (size2, root2). */
export type ConsistencyClaim = {
  hasher: Hasher;
  size1: number;
  size2: number;
  root1: Uint8Array;
  root2: Uint8Array;
  proof: readonly Uint8Array[];
};

/** RFC 9162 §2.1.4.1: PROOF(size1, D[size2]) = SUBPROOF(size1, D[size2], true), for 0 < size1 <= size2. */
export async function generateConsistencyProof(params: {
  reader: TreeReader;
  size1: number;
  size2: number;
}): Promise<Uint8Array[]> {
  const { reader, size1, size2 } = params;
  assertSizes(size1, size2);
  // Walk down from the root; each step records the subtree the RFC recursion appends.
  const siblings: Array<[number, number]> = [];
  let start = 0;
  let end = size2;
  let m = size1;
  let b = true;
  while (m !== end - start) {
    const k = splitSize(end - start);
    if (m <= k) {
      siblings.push([start + k, end]); // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
      end = start + k;
    } else {
      siblings.push([start, start + k]); // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
      m -= k;
      start += k;
      b = false;
    }
  }
  // m == n: SUBPROOF is {} when b is true, else {MTH(D[m])}; it comes first in the proof.
  const nodes = b ? [] : [[start, end] as [number, number]];
  nodes.push(...siblings.reverse());
  return Promise.all(nodes.map(([s, e]) => reader.hashRange(s, e)));
}

/**
 * RFC 9162 §2.1.4.2, step by step, after the preconditions of transparency-dev/merkle (the Go
 * reference): 0 < size1 <= size2, and equal sizes need an empty proof and equal roots.
 * Returns on success; throws LedgerError otherwise.
 */
export function verifyConsistency(claim: ConsistencyClaim): void {
  const { hasher, size1, size2, root1, root2, proof } = claim;
  assertSizes(size1, size2);
  if (size1 === size2) {
    if (proof.length !== 0) throw new LedgerError('proof.wrong_length', 'equal sizes need an empty proof');
    if (!isEqualBytes(root1, root2)) throw new LedgerError('proof.root_mismatch', 'equal sizes with different roots');
    return;
  }
  assertHashLength(hasher, root1, 'first root');
  assertHashLength(hasher, root2, 'second root');
  for (const [i, c] of proof.entries()) assertHashLength(hasher, c, `proof[${i}]`);
  // Step 1.
  if (proof.length === 0) throw new LedgerError('proof.wrong_length', 'proof is empty');
  // Step 2: the client already holds MTH(D[size1]) when size1 is a power of two.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1; // step 3 (division, not >>: bit operators truncate to 32 bits)
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    // Step 4.
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!; // step 5
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    // Step 6a.
    if (sn === 0) throw new LedgerError('proof.wrong_length', 'proof has more than the needed hashes');
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(hasher, c, fr); // 6b.i
      sr = hashChildren(hasher, c, sr); // 6b.ii
      while (fn % 2 === 0 && fn !== 0) {
        // 6b.iii
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = hashChildren(hasher, sr, c); // 6b "otherwise"
    }
    fn = Math.floor(fn / 2); // 6c
    sn = Math.floor(sn / 2);
  }
  // Step 7.
  if (sn !== 0) throw new LedgerError('proof.wrong_length', `proof of ${proof.length} hashes is too short`);
  if (!isEqualBytes(fr, root1)) throw new LedgerError('proof.root_mismatch', 'computed first root differs');
  if (!isEqualBytes(sr, root2)) throw new LedgerError('proof.root_mismatch', 'computed second root differs');
}

function assertSizes(size1: number, size2: number): void {
  assertTreeSize(size1, 'first size');
  assertTreeSize(size2, 'second size');
  if (size1 === 0 || size1 > size2) {
    throw new LedgerError('proof.size_out_of_range', `need 0 < size1 <= size2, got ${size1} and ${size2}`);
  }
}

function isPowerOfTwo(n: number): boolean {
  let x = n;
  while (x > 1 && x % 2 === 0) x /= 2;
  return x === 1;
}
