import { createHash } from 'node:crypto';
import path from 'node:path';
import { createHasher, encodeHex, type HashAlgorithm, hashLeaf, signCheckpoint } from '@liuhen/ledger';
import { rootFromHead } from '../packages/server/src/ledger/checkpoints';
import { findLog } from '../packages/server/src/ledger/ledger.repository';
import { verifyLedger } from '../packages/server/src/ledger/verify';
import { openLiuhen } from '../packages/server/src/main';
import { buildLog } from './log-builder';
import { openBenchLiuhen } from './liuhen';
import { nowMs, progress, round } from './stats';

export type VerifyOptions = { entries: number; checkpointEvery: number };

/** Hashing the bytes a verifier must hash, alone: one leaf hash per entry, and one stream over all of them. */
function rawHashing(algorithm: HashAlgorithm, entries: readonly Uint8Array[]) {
  const hasher = createHasher(algorithm);
  const bytes = entries.reduce((sum, e) => sum + e.length, 0);
  const mib = bytes / 1024 / 1024;
  let t0 = nowMs();
  for (const entry of entries) hashLeaf(hasher, entry);
  const leafSeconds = (nowMs() - t0) / 1000;
  t0 = nowMs();
  const stream = createHash(algorithm);
  for (const entry of entries) stream.update(entry);
  stream.digest();
  const streamSeconds = (nowMs() - t0) / 1000;
  return {
    entries: entries.length,
    bytes,
    leafHashes: { seconds: round(leafSeconds), entriesPerSecond: Math.round(entries.length / leafSeconds) },
    oneStream: { seconds: round(streamSeconds), mibPerSecond: round(mib / streamSeconds, 1) },
  };
}

/**
 * `verifyLedger` over a SQLite log of real canonical-JSON entries with a checkpoint (signed with the agency's
 * real key) every `checkpointEvery` entries, against hashing the same entry bytes with the same algorithm.
 */
export async function benchVerify(options: VerifyOptions) {
  const bench = await openBenchLiuhen('sqlite');
  try {
    const { agencyId } = bench.ctx;
    const log = await findLog(bench.liuhen.database.db, agencyId);
    const signer = bench.liuhen.deps.signerFor(agencyId);
    if (!log || !signer) throw new Error('no ledger or no signing key after initialisation');
    const algorithm = log.hash_algorithm as HashAlgorithm;
    await bench.liuhen.close();
    progress(
      `verify: building a ${options.entries}-entry log of real entries, checkpoint every ${options.checkpointEvery}`,
    );
    const built = await buildLog({
      file: path.join(bench.dataDir, 'liuhen.db'),
      agencyId,
      algorithm,
      head: { size: Number(log.size), frontier: JSON.parse(log.frontier) as string[] },
      target: options.entries,
      minimum: options.entries,
      chunk: options.checkpointEvery,
      budgetSeconds: Number.POSITIVE_INFINITY,
      entries: { kind: 'real', origin: log.origin },
      async afterChunk(db, head) {
        if (head.size % options.checkpointEvery !== 0) return;
        const rootHash = rootFromHead(algorithm, head);
        const note = await signCheckpoint({
          checkpoint: { origin: log.origin, size: head.size, rootHash, extensions: [] },
          signers: [signer],
        });
        db.prepare(
          'insert into ledger_checkpoints (agency_id, tree_size, root_hash, note, created_at) values (?, ?, ?, ?, ?)',
        ).run(agencyId, head.size, encodeHex(rootHash), note, new Date().toISOString());
      },
    });
    bench.liuhen = await openLiuhen(bench.config);
    const { db } = bench.liuhen.database;

    progress(`verify: verifyLedger over ${built.size} entries`);
    const t0 = nowMs();
    const report = await verifyLedger(db, { agencyId, trustedVerifierKeys: [log.verifier_key], blobs: null });
    const seconds = (nowMs() - t0) / 1000;

    progress('verify: baseline, hashing the same entry bytes');
    const rows = await db
      .selectFrom('ledger_entries')
      .select('entry')
      .where('agency_id', '=', agencyId)
      .orderBy('seq')
      .execute();
    const encoder = new TextEncoder();
    const baseline = rawHashing(
      algorithm,
      rows.map((row) => encoder.encode(row.entry)),
    );
    return {
      dialect: 'sqlite',
      hashAlgorithm: algorithm,
      signatureAlgorithm: log.signature_algorithm,
      build: { ...built, frontier: undefined, checkpointEvery: options.checkpointEvery },
      verifyLedger: {
        seconds: round(seconds, 2),
        entriesPerSecond: Math.round(report.entries / seconds),
        mibPerSecond: round(baseline.bytes / 1024 / 1024 / seconds, 1),
        ok: report.ok,
        entries: report.entries,
        checkpointsVerified: report.checkpointsVerified,
        latestCheckpointSize: report.latestCheckpointSize,
        problem: report.problem,
      },
      baseline,
      verifyOverLeafHashing: round(seconds / baseline.leafHashes.seconds, 1),
      verifyOverStreamHashing: round(seconds / baseline.oneStream.seconds, 1),
    };
  } finally {
    await bench.dispose();
  }
}
