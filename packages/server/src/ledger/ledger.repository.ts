import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from '../adapters/db/migrations.registry';
import type { DB } from '../adapters/db/schema';

export type LedgerLogRow = Awaited<ReturnType<typeof findLog>>;

export async function findLog(db: Kysely<DB>, agencyId: string) {
  return db.selectFrom('ledger_logs').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();
}

/**
 * Reads the log head and holds it until the transaction ends, so appends to one agency's log are serialised and
 * sequence numbers have no gaps: PostgreSQL locks the row; SQLite already holds the write lock (BEGIN IMMEDIATE).
 */
export async function lockLog(trx: Transaction<DB>, dialect: Dialect, agencyId: string) {
  let query = trx.selectFrom('ledger_logs').selectAll().where('agency_id', '=', agencyId);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function insertLog(
  trx: Transaction<DB>,
  log: {
    agencyId: string;
    origin: string;
    hashAlgorithm: string;
    signatureAlgorithm: string;
    verifierKey: string;
    createdAt: string;
  },
) {
  await trx
    .insertInto('ledger_logs')
    .values({
      agency_id: log.agencyId,
      origin: log.origin,
      hash_algorithm: log.hashAlgorithm,
      signature_algorithm: log.signatureAlgorithm,
      verifier_key: log.verifierKey,
      size: 0,
      frontier: '[]',
      created_at: log.createdAt,
    })
    .execute();
}

export async function advanceLog(trx: Transaction<DB>, agencyId: string, head: { size: number; frontier: string[] }) {
  await trx
    .updateTable('ledger_logs')
    .set({ size: head.size, frontier: JSON.stringify(head.frontier) })
    .where('agency_id', '=', agencyId)
    .execute();
}

export async function insertNodes(
  trx: Transaction<DB>,
  agencyId: string,
  nodes: readonly { level: number; idx: number; hash: string }[],
) {
  if (nodes.length === 0) return;
  await trx
    .insertInto('ledger_nodes')
    .values(nodes.map((n) => ({ agency_id: agencyId, level: n.level, idx: n.idx, hash: n.hash })))
    .execute();
}

export async function findNodeHash(db: Kysely<DB>, agencyId: string, level: number, idx: number) {
  const row = await db
    .selectFrom('ledger_nodes')
    .select('hash')
    .where('agency_id', '=', agencyId)
    .where('level', '=', level)
    .where('idx', '=', idx)
    .executeTakeFirst();
  return row?.hash;
}

export async function findLeafHash(db: Kysely<DB>, agencyId: string, seq: number) {
  const row = await db
    .selectFrom('ledger_entries')
    .select('leaf_hash')
    .where('agency_id', '=', agencyId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row?.leaf_hash;
}

export async function latestCheckpoint(db: Kysely<DB>, agencyId: string) {
  return db
    .selectFrom('ledger_checkpoints')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('tree_size', 'desc')
    .limit(1)
    .executeTakeFirst();
}
