import { createHasher, decodeHex, type HashAlgorithm, hashChildren, type TreeReader } from '@liuhen/ledger';
import type { Kysely } from 'kysely';
import type { DB } from '../adapters/db/schema';

type Subtree = { level: number; idx: number };

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The perfect aligned subtrees MTH(D[start:end]) is made of, split as RFC 9162 §2.1.1 does. */
function subtreesOf(start: number, end: number, into: Subtree[]): void {
  const width = end - start;
  if (isPowerOfTwo(width) && start % width === 0) {
    into.push({ level: Math.log2(width), idx: start / width });
    return;
  }
  const k = largestPowerOfTwoBelow(width);
  subtreesOf(start, start + k, into);
  subtreesOf(start + k, end, into);
}

/** Reads the stored hashes of the given subtrees in two queries: leaves from the entries, the rest from the nodes. */
async function fetchSubtrees(
  db: Kysely<DB>,
  agencyId: string,
  subtrees: readonly Subtree[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const leaves = [...new Set(subtrees.filter((s) => s.level === 0).map((s) => s.idx))];
  const nodes = subtrees.filter((s) => s.level > 0);
  if (leaves.length > 0) {
    const rows = await db
      .selectFrom('ledger_entries')
      .select(['seq', 'leaf_hash'])
      .where('agency_id', '=', agencyId)
      .where('seq', 'in', leaves)
      .execute();
    for (const row of rows) found.set(`0/${Number(row.seq)}`, row.leaf_hash);
  }
  // One point lookup per node, joined with UNION ALL: an OR of (level, idx) pairs makes SQLite scan the agency's
  // whole node table instead (measured: 49 ms per proof at 200,000 entries).
  for (let i = 0; i < nodes.length; i += 200) {
    const lookups = nodes
      .slice(i, i + 200)
      .map((n) =>
        db
          .selectFrom('ledger_nodes')
          .select(['level', 'idx', 'hash'])
          .where('agency_id', '=', agencyId)
          .where('level', '=', n.level)
          .where('idx', '=', n.idx),
      );
    const rows = await lookups
      .slice(1)
      .reduce((query, next) => query.unionAll(next), lookups[0]!)
      .execute();
    for (const row of rows) found.set(`${row.level}/${Number(row.idx)}`, row.hash);
  }
  return found;
}

/**
 * Answers MTH(D[start:end]) from stored hashes (a perfect aligned subtree is one stored row: a leaf or an interior
 * node) for whatever `compute` asks. The ranges RFC 9162 proofs ask for depend only on sizes and indexes, never on
 * hash values, so `compute` runs twice: once to learn which rows it needs, which are then read in two queries,
 * and once on those rows. A proof in a 10-million-entry log reads about 30 rows this way, in two round trips.
 */
export async function withStoredTree<T>(
  db: Kysely<DB>,
  input: { agencyId: string; algorithm: HashAlgorithm },
  compute: (reader: TreeReader) => Promise<T>,
): Promise<T> {
  const hasher = createHasher(input.algorithm);
  const wanted: Subtree[] = [];
  const placeholder = new Uint8Array(hasher.size);
  await compute({
    hashRange(start, end) {
      subtreesOf(start, end, wanted);
      return placeholder;
    },
  });
  const stored = await fetchSubtrees(db, input.agencyId, wanted);
  const read = (start: number, end: number): Uint8Array => {
    const width = end - start;
    if (isPowerOfTwo(width) && start % width === 0) {
      const key = `${Math.log2(width)}/${start / width}`;
      const hex = stored.get(key);
      if (hex === undefined) throw new Error(`ledger: missing hash for leaves [${start}, ${end})`);
      return decodeHex(hex);
    }
    const k = largestPowerOfTwoBelow(width);
    return hashChildren(hasher, read(start, start + k), read(start + k, end));
  };
  return compute({ hashRange: read });
}
