import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../migrations.registry';

/**
 * PROH-02: makes a table append-only on either dialect — a trigger refuses every UPDATE and DELETE (PostgreSQL through
 * `liuhen_reject_change()`, created by 0002-ledger; SQLite with `raise(abort, …)` naming what is append-only).
 */
export async function forbidChanges(
  db: Kysely<unknown>,
  dialect: Dialect,
  table: string,
  what: 'the ledger' | 'the record',
): Promise<void> {
  if (dialect === 'postgres') {
    await sql
      .raw(
        `create trigger ${table}_append_only before update or delete on ${table}
         for each row execute function liuhen_reject_change()`,
      )
      .execute(db);
    return;
  }
  for (const op of ['update', 'delete']) {
    await sql
      .raw(
        `create trigger ${table}_no_${op} before ${op} on ${table}
         begin select raise(abort, 'liuhen: ${op} on ${table} is not allowed: ${what} is append-only'); end`,
      )
      .execute(db);
  }
}
