import type { Hasher } from './hash';
import { computeRangeRoot } from './merkle';

/**
 * What the proof generators read: MTH(D[start:end]) for a node of the RFC 9162 tree.
 *
 * The generators only ever ask for two shapes of range, so a server can answer from stored hashes
 * (tlog-tiles) in O(log n) instead of rehashing leaves:
 * - a perfect subtree: `end - start` is a power of two and `start` is a multiple of it;
 * - a right edge: `end` is the tree size the proof is for (combine the perfect subtrees of
 *   `[start, end)` right to left with HASH(0x01 || left || right)).
 * Both always satisfy 0 <= start < end <= tree size. Return a Promise when the read does I/O.
 */
export type TreeReader = {
  hashRange(start: number, end: number): Uint8Array | Promise<Uint8Array>;
};

/** A TreeReader over leaf hashes held in memory; it rehashes each requested range (O(end - start)). */
export function createMemoryTreeReader(hasher: Hasher, leafHashes: readonly Uint8Array[]): TreeReader {
  return {
    hashRange: (start, end) => computeRangeRoot(hasher, leafHashes, start, end),
  };
}
