import { sql } from 'kysely';
import type { Migration } from '../migrations.registry';

/**
 * RFC 3161 timestamps on checkpoints (issue 3, optional part): a trusted time-stamping authority's token over the
 * SHA-256 of each signed checkpoint note. Append-only like the rest of the ledger.
 */
export const ledgerTimestampsMigration: Migration = {
  name: '0003-ledger-timestamps',
  async up(db, dialect) {
    await db.schema
      .createTable('ledger_timestamps')
      .addColumn('agency_id', 'text', (c) => c.notNull())
      .addColumn('tree_size', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
      .addColumn('tsa_url', 'text', (c) => c.notNull())
      .addColumn('gen_time', 'text', (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ledger_timestamps_pk', ['agency_id', 'tree_size'])
      .execute();
    if (dialect === 'postgres') {
      await sql`create trigger ledger_timestamps_append_only before update or delete on ledger_timestamps
        for each row execute function liuhen_reject_change()`.execute(db);
    } else {
      for (const op of ['update', 'delete']) {
        await sql
          .raw(
            `create trigger ledger_timestamps_no_${op} before ${op} on ledger_timestamps
             begin select raise(abort, 'liuhen: ${op} on ledger_timestamps is not allowed: the ledger is append-only'); end`,
          )
          .execute(db);
      }
    }
  },
  async down(db) {
    await db.schema.dropTable('ledger_timestamps').execute();
  },
};
