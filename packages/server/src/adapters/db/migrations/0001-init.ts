import { type Kysely, sql } from 'kysely';
import type { Migration } from '../migrations.registry';

/** Organisation, accounts, sessions and the append-only audit trail (issue 2: ROLE-01, GEN-07, SYS-01). */
export const initMigration: Migration = {
  name: '0001-init',
  async up(db: Kysely<unknown>, dialect) {
    await db.schema
      .createTable('agencies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('units')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('legal_basis', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('dissolved_at', 'text')
      .execute();
    await db.schema
      .createIndex('units_active_name')
      .on('units')
      .columns(['agency_id', 'name'])
      .unique()
      .where(sql.ref('dissolved_at'), 'is', null)
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('roles', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('must_change_password', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('password_changed_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_unit').on('users').column('unit_id').execute();

    await db.schema
      .createTable('certificates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('issuing_body', 'text', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('establishment_staff', 'integer', (c) => c.notNull())
      .addColumn('passed_unified_exam', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('certificates_user').on('certificates').column('user_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('audit_entries')
      .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('agency_id', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text')
      .addColumn('actor_username', 'text')
      .addColumn('actor_roles', 'text')
      .addColumn('actor_unit_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('request_id', 'text')
      .execute();
    await db.schema
      .createIndex('audit_entries_subject')
      .on('audit_entries')
      .columns(['subject_type', 'subject_id'])
      .execute();

    // PROH-02 groundwork: the trail cannot be edited or deleted through SQL, on either dialect.
    if (dialect === 'postgres') {
      await sql`create function liuhen_reject_change() returns trigger language plpgsql as $$
        begin raise exception 'liuhen: % on % is not allowed: the audit trail is append-only', tg_op, tg_table_name; end $$`.execute(
        db,
      );
      await sql`create trigger audit_entries_append_only before update or delete on audit_entries
        for each row execute function liuhen_reject_change()`.execute(db);
    } else {
      for (const op of ['update', 'delete']) {
        await sql
          .raw(
            `create trigger audit_entries_no_${op} before ${op} on audit_entries
          begin select raise(abort, 'liuhen: ${op} on audit_entries is not allowed: the audit trail is append-only'); end`,
          )
          .execute(db);
      }
    }
  },
  async down(db, dialect) {
    if (dialect === 'postgres') {
      await sql`drop trigger if exists audit_entries_append_only on audit_entries`.execute(db);
      await sql`drop function if exists liuhen_reject_change()`.execute(db);
    }
    for (const table of ['audit_entries', 'sessions', 'certificates', 'users', 'units', 'agencies']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
