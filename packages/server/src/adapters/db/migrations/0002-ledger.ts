import { sql } from 'kysely';
import type { Migration } from '../migrations.registry';
import { forbidChanges } from './append-only';

const appendOnly = ['ledger_entries', 'ledger_nodes', 'ledger_checkpoints'] as const;

/** PROH-02: the ledger's rows cannot be changed or deleted through SQL, on either dialect. */

/**
 * The tamper-evident ledger (issue 3): one RFC 9162 Merkle log per agency.
 * - ledger_logs: the log's fixed parameters and its moving head (size and right frontier);
 * - ledger_entries: each entry's canonical JSON bytes and leaf hash, plus copies of a few fields for filtering;
 * - ledger_nodes: the hash of every complete perfect subtree (level ≥ 1), so proofs read O(log n) rows;
 * - ledger_checkpoints: signed tree heads (C2SP signed notes).
 */
export const ledgerMigration: Migration = {
  name: '0002-ledger',
  async up(db, dialect) {
    const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
    await db.schema
      .createTable('ledger_logs')
      .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
      .addColumn('origin', 'text', (c) => c.notNull().unique())
      .addColumn('hash_algorithm', 'text', (c) => c.notNull())
      .addColumn('signature_algorithm', 'text', (c) => c.notNull())
      .addColumn('verifier_key', 'text', (c) => c.notNull())
      .addColumn('size', bigint, (c) => c.notNull())
      .addColumn('frontier', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('ledger_entries')
      .addColumn('agency_id', 'text', (c) => c.notNull())
      .addColumn('seq', bigint, (c) => c.notNull())
      .addColumn('entry', 'text', (c) => c.notNull())
      .addColumn('leaf_hash', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addPrimaryKeyConstraint('ledger_entries_pk', ['agency_id', 'seq'])
      .execute();
    await db.schema
      .createIndex('ledger_entries_subject')
      .on('ledger_entries')
      .columns(['agency_id', 'subject_type', 'subject_id'])
      .execute();
    await db.schema
      .createIndex('ledger_entries_action')
      .on('ledger_entries')
      .columns(['agency_id', 'action'])
      .execute();
    await db.schema
      .createIndex('ledger_entries_actor')
      .on('ledger_entries')
      .columns(['agency_id', 'actor_user_id'])
      .execute();

    await db.schema
      .createTable('ledger_nodes')
      .addColumn('agency_id', 'text', (c) => c.notNull())
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('idx', bigint, (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ledger_nodes_pk', ['agency_id', 'level', 'idx'])
      .execute();

    await db.schema
      .createTable('ledger_checkpoints')
      .addColumn('agency_id', 'text', (c) => c.notNull())
      .addColumn('tree_size', bigint, (c) => c.notNull())
      .addColumn('root_hash', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ledger_checkpoints_pk', ['agency_id', 'tree_size'])
      .execute();

    if (dialect === 'postgres') {
      await sql`create or replace function liuhen_reject_change() returns trigger language plpgsql as $$
        begin raise exception 'liuhen: % on % is not allowed: the ledger is append-only', tg_op, tg_table_name; end $$`.execute(
        db,
      );
    }
    for (const table of appendOnly) await forbidChanges(db, dialect, table, 'the ledger');
  },
  async down(db, dialect) {
    for (const table of [...appendOnly, 'ledger_logs']) await db.schema.dropTable(table).execute();
    if (dialect === 'postgres') await sql`drop function if exists liuhen_reject_change()`.execute(db);
  },
};
