import { createHasher, encodeHex, type HashAlgorithm, hashLeaf, type JsonValue } from '@liuhen/ledger';
import type { Transaction } from 'kysely';
import type { Dialect } from '../adapters/db/migrations.registry';
import type { DB } from '../adapters/db/schema';
import type { TrailEvent } from '../trail';
import type { RequestContext } from '../uow';
import { type LedgerEntry, serialiseEntry } from './entry';
import { appendToFrontier } from './frontier';
import { advanceLog, insertNodes, lockLog } from './ledger.repository';

export type AppendedEntry = {
  seq: number;
  size: number;
  frontier: string[];
  hashAlgorithm: HashAlgorithm;
  origin: string;
};

/**
 * Appends one entry to the agency's log inside the caller's transaction: sequence number, canonical bytes, leaf
 * hash, the subtrees it completes, and the new head. The change it describes commits with it or not at all.
 */
export async function appendLedgerEntry(
  trx: Transaction<DB>,
  input: { dialect: Dialect; ctx: RequestContext; event: TrailEvent; at: Date },
): Promise<AppendedEntry> {
  const { ctx, event, at } = input;
  const log = await lockLog(trx, input.dialect, ctx.agencyId);
  if (!log) throw new Error(`no ledger for agency ${ctx.agencyId}`);
  const hashAlgorithm = log.hash_algorithm as HashAlgorithm;
  const hasher = createHasher(hashAlgorithm);
  const seq = Number(log.size);
  const entry: LedgerEntry = {
    v: 1,
    log: log.origin,
    seq,
    time: at.toISOString(),
    actor: ctx.actor
      ? {
          userId: ctx.actor.userId,
          username: ctx.actor.username,
          roles: [...ctx.actor.roles],
          unitId: ctx.actor.unitId,
        }
      : null,
    action: event.action,
    subject: { type: event.subject.type, id: event.subject.id },
    summary: event.summary as Record<string, JsonValue>,
    hashes: event.hashes ?? [],
    requestId: ctx.requestId,
  };
  const { bytes, text } = serialiseEntry(entry);
  const leafHash = hashLeaf(hasher, bytes);
  const next = appendToFrontier({ hasher, size: seq, frontier: JSON.parse(log.frontier) as string[], leafHash });
  const row = {
    agency_id: ctx.agencyId,
    seq,
    entry: text,
    leaf_hash: encodeHex(leafHash),
    occurred_at: entry.time,
    actor_user_id: entry.actor?.userId ?? null,
    action: entry.action,
    subject_type: entry.subject.type,
    subject_id: entry.subject.id,
  };
  const head = { size: seq + 1, frontier: next.frontier };
  if (input.dialect === 'postgres') {
    // One round trip instead of three: PostgreSQL runs data-modifying CTEs in the same statement.
    const nodes = next.nodes.map((n) => ({ agency_id: ctx.agencyId, level: n.level, idx: n.idx, hash: n.hash }));
    let statement = trx.with('appended_entry', (db) => db.insertInto('ledger_entries').values(row).returning('seq'));
    if (nodes.length > 0) {
      statement = statement.with('appended_nodes', (db) =>
        db.insertInto('ledger_nodes').values(nodes).returning('idx'),
      );
    }
    await statement
      .updateTable('ledger_logs')
      .set({ size: head.size, frontier: JSON.stringify(head.frontier) })
      .where('agency_id', '=', ctx.agencyId)
      .execute();
  } else {
    await trx.insertInto('ledger_entries').values(row).execute();
    await insertNodes(trx, ctx.agencyId, next.nodes);
    await advanceLog(trx, ctx.agencyId, head);
  }
  return { seq, size: seq + 1, frontier: next.frontier, hashAlgorithm, origin: log.origin };
}
