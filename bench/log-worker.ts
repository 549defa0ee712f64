import { parentPort, workerData } from 'node:worker_threads';
import { createHasher, encodeHex, type HashAlgorithm, hashLeaf } from '@liuhen/ledger';
import { serialiseEntry } from '../packages/server/src/ledger/entry';
import { appendToFrontier } from '../packages/server/src/ledger/frontier';
import { unitUpdatedEntry } from './acts';
import { placeholderEntry } from './placeholder';

/** One chunk of a log, leaves [from, to): entry texts, leaf hashes, the nodes they complete, the frontier after. */
export type LogChunk = {
  from: number;
  to: number;
  texts: string[];
  leaves: string[];
  nodeLevels: number[];
  nodeIdx: number[];
  nodeHashes: string[];
  frontier: string[];
};

/**
 * What the worker builds: `placeholder` entries (short stand-ins; only leaf hashes matter for proofs) or `real`
 * ones (the canonical JSON `appendLedgerEntry` writes for the log `origin`).
 */
export type LogWorkerInput = {
  algorithm: HashAlgorithm;
  size: number;
  frontier: string[];
  /** Chunks end at multiples of this (and at `target`), so checkpoints can fall on chunk boundaries. */
  chunk: number;
  target: number;
  entries: { kind: 'placeholder' } | { kind: 'real'; origin: string };
};

// Computes hashes off the main thread: leaf hashes and the nodes `appendToFrontier` (the server's own code)
// produces, one chunk per request, while the main thread inserts the previous chunk.
const input = workerData as LogWorkerInput;
const hasher = createHasher(input.algorithm);
const encoder = new TextEncoder();
const spec = input.entries;
const entryBytes = (seq: number): { bytes: Uint8Array; text: string } => {
  if (spec.kind === 'real') return serialiseEntry(unitUpdatedEntry(spec.origin, seq));
  const text = placeholderEntry(seq);
  return { bytes: encoder.encode(text), text };
};
let size = input.size;
let frontier = input.frontier;

parentPort!.on('message', () => {
  const chunk: LogChunk = {
    from: size,
    to: Math.min((Math.floor(size / input.chunk) + 1) * input.chunk, input.target),
    texts: [],
    leaves: [],
    nodeLevels: [],
    nodeIdx: [],
    nodeHashes: [],
    frontier: [],
  };
  for (; size < chunk.to; size++) {
    const { bytes, text } = entryBytes(size);
    const leafHash = hashLeaf(hasher, bytes);
    const next = appendToFrontier({ hasher, size, frontier, leafHash });
    chunk.texts.push(text);
    chunk.leaves.push(encodeHex(leafHash));
    for (const node of next.nodes) {
      chunk.nodeLevels.push(node.level);
      chunk.nodeIdx.push(node.idx);
      chunk.nodeHashes.push(node.hash);
    }
    frontier = next.frontier;
  }
  chunk.frontier = frontier;
  parentPort!.postMessage(chunk);
});
