import { isEqualBytes } from './bytes';
import { LedgerError } from './errors';
import type { Hasher } from './hash';
import { assertHashLength, assertTreeSize, hashChildren, splitSize } from './merkle';
import type { TreeReader } from './tree-reader';

/** Everything needed to check that one leaf hash sits at `index` in the tree of `size` leaves with `root`. */
export type InclusionClaim = {
  hasher: Hasher;
  index: number;
  size: number;
  leafHash: Uint8Array;
  proof: readonly Uint8Array[];
  root: Uint8Array;
};

/** RFC 9162 §2.1.3.1: the inclusion proof PATH(index, D[size]), ordered from the leaf up. */
export async function generateInclusionProof(params: {
  reader: TreeReader;
  index: number;
  size: number;
}): Promise<Uint8Array[]> {
  const { reader, index, size } = params;
  assertIndex(index, size);
  // Walk down from the root; each step records the sibling subtree the RFC recursion appends.
  const siblings: Array<[number, number]> = [];
  let start = 0;
  let end = size;
  let m = index;
  while (end - start > 1) {
    const k = splitSize(end - start);
    if (m < k) {
      siblings.push([start + k, end]); // PATH(m, D[0:k]) : MTH(D[k:n])
      end = start + k;
    } else {
      siblings.push([start, start + k]); // PATH(m - k, D[k:n]) : MTH(D[0:k])
      m -= k;
      start += k;
    }
  }
  siblings.reverse();
  return Promise.all(siblings.map(([s, e]) => reader.hashRange(s, e)));
}

/**
 * RFC 9162 §2.1.3.2, step by step. Returns on success; throws LedgerError
 * ('proof.index_out_of_range', 'hash.wrong_length', 'proof.wrong_length' or 'proof.root_mismatch').
 */
export function verifyInclusion(claim: InclusionClaim): void {
  const { hasher, index, size, leafHash, proof, root } = claim;
  assertIndex(index, size); // step 1
  assertHashLength(hasher, leafHash, 'leaf hash');
  assertHashLength(hasher, root, 'root');
  for (const [i, p] of proof.entries()) assertHashLength(hasher, p, `proof[${i}]`);
  // Step 2. Division, not >>: bit operators truncate to 32 bits.
  let fn = index;
  let sn = size - 1;
  let r = leafHash; // step 3
  for (const p of proof) {
    // Step 4a: sn reached 0 with proof left over.
    if (sn === 0) throw new LedgerError('proof.wrong_length', `proof has more than the needed hashes`);
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(hasher, p, r); // 4b.i
      if (fn % 2 === 0) {
        // 4b.ii: right-shift until LSB(fn) is set or fn is 0.
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = hashChildren(hasher, r, p); // 4b "otherwise"
    }
    fn = Math.floor(fn / 2); // 4c
    sn = Math.floor(sn / 2);
  }
  // Step 5.
  if (sn !== 0) throw new LedgerError('proof.wrong_length', `proof of ${proof.length} hashes is too short`);
  if (!isEqualBytes(r, root)) throw new LedgerError('proof.root_mismatch', 'computed root differs from the root');
}

function assertIndex(index: number, size: number): void {
  assertTreeSize(size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new LedgerError('proof.index_out_of_range', `leaf index ${index} is outside a tree of size ${size}`);
  }
}
