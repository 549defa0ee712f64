import path from 'node:path';
import {
  createHasher,
  decodeHex,
  type HashAlgorithm,
  generateInclusionProof,
  hashLeaf,
  verifyInclusion,
} from '@liuhen/ledger';
import { rootFromHead } from '../packages/server/src/ledger/checkpoints';
import { findLeafHash, findLog } from '../packages/server/src/ledger/ledger.repository';
import { withStoredTree } from '../packages/server/src/ledger/tree-reader';
import { openLiuhen } from '../packages/server/src/main';
import { proveInclusion } from '../packages/server/src/modules/ledger/ledger.usecases';
import { openBenchLiuhen } from './liuhen';
import { placeholderEntry } from './placeholder';
import { buildLog } from './log-builder';
import { nowMs, progress, round, summarise } from './stats';

export type ProofOptions = { target: number; minimum: number; proofs: number; buildBudgetSeconds: number };

/** A seeded PRNG (mulberry32), so every run proves the same indexes for the same size. */
function randomIndexes(count: number, size: number, seed = 9162): number[] {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Math.floor(next() * size));
}

/** Rows the stored-tree reader reads for MTH(D[start:end]): one per perfect aligned subtree it splits into. */
function rowsFor(start: number, end: number): number {
  const width = end - start;
  if ((width & (width - 1)) === 0 && start % width === 0) return 1;
  let k = 1;
  while (k * 2 < width) k *= 2;
  return rowsFor(start, start + k) + rowsFor(start + k, end);
}

/** The sibling ranges of PATH(index, D[size]) (RFC 9162 §2.1.3.1), to count the rows a proof reads. */
function rowsReadByProof(index: number, size: number): number {
  let [start, end, rows] = [0, size, 0];
  while (end - start > 1) {
    let k = 1;
    while (k * 2 < end - start) k *= 2;
    if (index - start < k) {
      rows += rowsFor(start + k, end);
      end = start + k;
    } else {
      rows += rowsFor(start, start + k);
      start += k;
    }
  }
  return rows;
}

export async function benchInclusionProof(options: ProofOptions) {
  const bench = await openBenchLiuhen('sqlite');
  try {
    const { agencyId } = bench.ctx;
    const log = await findLog(bench.liuhen.database.db, agencyId);
    if (!log) throw new Error('no ledger after initialisation');
    const algorithm = log.hash_algorithm as HashAlgorithm;
    await bench.liuhen.close();
    progress(`inclusionProof: building a ${options.target}-entry SQLite log (budget ${options.buildBudgetSeconds} s)`);
    const built = await buildLog({
      file: path.join(bench.dataDir, 'liuhen.db'),
      agencyId,
      algorithm,
      head: { size: Number(log.size), frontier: JSON.parse(log.frontier) as string[] },
      target: options.target,
      minimum: options.minimum,
      chunk: 100_000,
      budgetSeconds: options.buildBudgetSeconds,
      entries: { kind: 'placeholder' },
    });
    bench.liuhen = await openLiuhen(bench.config);
    const { db } = bench.liuhen.database;
    const { deps } = bench.liuhen;
    const size = built.size;
    const hasher = createHasher(algorithm);
    const root = rootFromHead(algorithm, { size, frontier: built.frontier });
    // The proof alone, from stored hashes (two queries per proof: leaves and interior nodes).
    const prove = (index: number) =>
      withStoredTree(db, { agencyId, algorithm }, (reader) => generateInclusionProof({ reader, index, size }));
    const encoder = new TextEncoder();
    const firstLeaf = decodeHex((await findLeafHash(db, agencyId, 0))!);
    const expectedLeaf = (i: number) => (i === 0 ? firstLeaf : hashLeaf(hasher, encoder.encode(placeholderEntry(i))));

    progress(`inclusionProof: ${options.proofs} random proofs in a tree of ${size}`);
    const indexes = randomIndexes(options.proofs, size);
    for (const index of randomIndexes(50, size, 1)) await prove(index); // warm-up
    const proofMs: number[] = [];
    const verifyMs: number[] = [];
    const rowsRead: number[] = [];
    let verified = 0;
    for (const index of indexes) {
      const t0 = nowMs();
      const proof = await prove(index);
      const t1 = nowMs();
      verifyInclusion({ hasher, index, size, leafHash: expectedLeaf(index), proof, root });
      verifyMs.push(nowMs() - t1);
      proofMs.push(t1 - t0);
      rowsRead.push(rowsReadByProof(index, size));
      verified += 1;
    }

    const useCaseMs: number[] = [];
    for (const index of indexes) {
      const t0 = nowMs();
      await proveInclusion(deps, agencyId, { index, size });
      useCaseMs.push(nowMs() - t0);
    }

    // Baseline: one primary-key read of one row, through the same Kysely connection.
    const selectMs: number[] = [];
    for (const seq of randomIndexes(options.proofs, size, 8259)) {
      const t0 = nowMs();
      await findLeafHash(db, agencyId, seq);
      selectMs.push(nowMs() - t0);
    }

    const proof = summarise(proofMs);
    const select = summarise(selectMs);
    return {
      dialect: 'sqlite',
      targetSize: options.target,
      size,
      reachedTarget: size >= options.target,
      build: {
        ...built,
        frontier: undefined,
        entryText: 'placeholder {"bench":seq}; seq 0 is the real agency.initialised',
      },
      proofs: options.proofs,
      verified,
      proof,
      verify: summarise(verifyMs),
      useCase: { name: 'proveInclusion (log head, proof, leaf and root)', ...summarise(useCaseMs) },
      rowsReadPerProof: {
        mean: round(rowsRead.reduce((s, r) => s + r, 0) / rowsRead.length, 1),
        max: Math.max(...rowsRead),
      },
      baseline: { name: 'one primary-key SELECT of ledger_entries.leaf_hash', ...select },
      proofOverBaselineP50: round(proof.p50Ms / select.p50Ms, 1),
    };
  } finally {
    await bench.dispose();
  }
}
