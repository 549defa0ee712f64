import { createHasher, decodeHex, type HashAlgorithm, hashChildren, type TreeReader } from '@liuhen/ledger';
import type { Kysely } from 'kysely';
import type { DB } from '../adapters/db/schema';
import { findLeafHash, findNodeHash } from './ledger.repository';

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Answers MTH(D[start:end]) from stored hashes: a perfect aligned subtree is one row (a leaf or an interior node);
 * any other range is split as RFC 9162 §2.1.1 does. Proofs of a 10-million-entry log read about 2·log2(n) rows.
 */
export function createDatabaseTreeReader(
  db: Kysely<DB>,
  input: { agencyId: string; algorithm: HashAlgorithm },
): TreeReader {
  const hasher = createHasher(input.algorithm);
  const read = async (start: number, end: number): Promise<Uint8Array> => {
    const width = end - start;
    if (isPowerOfTwo(width) && start % width === 0) {
      const level = Math.log2(width);
      const hex =
        level === 0
          ? await findLeafHash(db, input.agencyId, start)
          : await findNodeHash(db, input.agencyId, level, start / width);
      if (hex === undefined) throw new Error(`ledger: missing hash for leaves [${start}, ${end})`);
      return decodeHex(hex);
    }
    const k = largestPowerOfTwoBelow(width);
    return hashChildren(hasher, await read(start, start + k), await read(start + k, end));
  };
  return { hashRange: read };
}
