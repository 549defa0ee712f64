import { decodeHex, encodeHex, type Hasher, hashChildren } from '@liuhen/ledger';

/** A stored interior node: the root of the perfect subtree `idx` at `level` (covering 2^level leaves). */
export type TreeNode = { level: number; idx: number; hash: string };

/** The levels of the frontier's subtrees for a tree of `size` leaves: its set bits, highest first. */
function frontierLevels(size: number): number[] {
  const levels: number[] = [];
  for (let rest = size, level = 0; rest > 0; rest = Math.floor(rest / 2), level++) {
    if (rest % 2 === 1) levels.unshift(level);
  }
  return levels;
}

/**
 * Appends a leaf to the right frontier in place (hashes as bytes, for hot loops such as `liuhen verify`) and returns
 * every perfect subtree the leaf completes, as `{ level, idx, hash }` with the hash in bytes.
 */
export function extendFrontier(input: {
  hasher: Hasher;
  size: number;
  frontier: Uint8Array[];
  leafHash: Uint8Array;
}): { level: number; idx: number; hash: Uint8Array }[] {
  const { hasher, size, frontier } = input;
  const levels = frontierLevels(size);
  const nodes: { level: number; idx: number; hash: Uint8Array }[] = [];
  let current = input.leafHash;
  let level = 0;
  while (levels.length > 0 && levels[levels.length - 1] === level) {
    levels.pop();
    current = hashChildren(hasher, frontier.pop()!, current);
    level += 1;
    nodes.push({ level, idx: Math.floor((size + 1) / 2 ** level) - 1, hash: current });
  }
  frontier.push(current);
  return nodes;
}

/**
 * Appends a leaf to the right frontier (RFC 9162 tree shape) and returns the new frontier together with every
 * perfect subtree the leaf completes. Storing those nodes lets proofs read O(log n) hashes instead of rehashing.
 */
export function appendToFrontier(input: {
  hasher: Hasher;
  size: number;
  frontier: readonly string[];
  leafHash: Uint8Array;
}): { frontier: string[]; nodes: TreeNode[] } {
  const frontier = input.frontier.map(decodeHex);
  const nodes = extendFrontier({ hasher: input.hasher, size: input.size, frontier, leafHash: input.leafHash });
  return {
    frontier: frontier.map(encodeHex),
    nodes: nodes.map((n) => ({ level: n.level, idx: n.idx, hash: encodeHex(n.hash) })),
  };
}
