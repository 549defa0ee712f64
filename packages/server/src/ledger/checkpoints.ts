import {
  createCompactRange,
  createHasher,
  decodeHex,
  encodeBase64,
  encodeHex,
  type HashAlgorithm,
  type NoteSigner,
  signCheckpoint,
} from '@liuhen/ledger';
import type { Transaction } from 'kysely';
import type { Dialect } from '../adapters/db/migrations.registry';
import type { DB } from '../adapters/db/schema';
import { latestCheckpoint, lockLog } from './ledger.repository';

export type SignedCheckpoint = { treeSize: number; rootHash: string; note: string; createdAt: string };

/** The root of the current tree, from the stored frontier alone (RFC 9162 §2.1.1, folded right to left). */
export function rootFromHead(
  algorithm: HashAlgorithm,
  head: { size: number; frontier: readonly string[] },
): Uint8Array {
  return createCompactRange(createHasher(algorithm), {
    size: head.size,
    frontier: head.frontier.map(decodeHex),
  }).root();
}

/**
 * Signs the current tree head as a C2SP checkpoint, unless the latest checkpoint already covers it. Runs in the
 * caller's transaction with the log locked, so the signed size and root are exactly what was committed.
 */
export async function checkpointLog(
  trx: Transaction<DB>,
  input: { dialect: Dialect; agencyId: string; signer: NoteSigner; at: Date },
): Promise<SignedCheckpoint | null> {
  const log = await lockLog(trx, input.dialect, input.agencyId);
  if (!log) return null;
  const size = Number(log.size);
  const latest = await latestCheckpoint(trx, input.agencyId);
  if (size === 0 || (latest && Number(latest.tree_size) >= size)) return null;
  const root = rootFromHead(log.hash_algorithm as HashAlgorithm, {
    size,
    frontier: JSON.parse(log.frontier) as string[],
  });
  const note = await signCheckpoint({
    checkpoint: { origin: log.origin, size, rootHash: root, extensions: [] },
    signers: [input.signer],
  });
  const checkpoint = { treeSize: size, rootHash: encodeHex(root), note, createdAt: input.at.toISOString() };
  await trx
    .insertInto('ledger_checkpoints')
    .values({
      agency_id: input.agencyId,
      tree_size: size,
      root_hash: checkpoint.rootHash,
      note,
      created_at: checkpoint.createdAt,
    })
    .execute();
  return checkpoint;
}

/** Standard base64 of a hex hash, as checkpoints print roots. */
export function hexToBase64(hex: string): string {
  return encodeBase64(decodeHex(hex));
}
