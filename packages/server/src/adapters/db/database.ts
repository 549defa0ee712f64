import { type Kysely, type Migration as KyselyMigration, Migrator, sql } from 'kysely';
import { type Dialect, migrations } from './migrations.registry';
import { openPostgres } from './postgres';
import type { DB } from './schema';
import { openSqlite } from './sqlite';

export type Database = { db: Kysely<DB>; dialect: Dialect; close(): Promise<void> };

export type DatabaseSettings =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; searchPath?: string; max?: number };

/** Opens SQLite or PostgreSQL behind the same Kysely<DB>. */
export function openDatabase(settings: DatabaseSettings): Database {
  const db = settings.kind === 'sqlite' ? openSqlite(settings.file) : openPostgres(settings.url, settings);
  return { db, dialect: settings.kind, close: () => db.destroy() };
}

/**
 * On PostgreSQL the migration tables live in the connection's own schema, named explicitly: Kysely otherwise
 * decides whether its tables exist by looking at every schema of the database, and another schema's tables (a
 * second Liuhen, or a parallel test run) would make it skip creating its own.
 */
async function createMigrator(database: Database): Promise<Migrator> {
  const { db, dialect } = database;
  let migrationTableSchema: string | undefined;
  if (dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  return new Migrator({
    db,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
    provider: {
      async getMigrations() {
        const entries = migrations.map((m): [string, KyselyMigration] => [
          m.name,
          { up: (tx) => m.up(tx, dialect), down: (tx) => m.down(tx, dialect) },
        ]);
        return Object.fromEntries(entries);
      },
    },
  });
}

/** Brings the schema up to date; safe to run from several processes at once (Kysely's migration lock). */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const { error, results } = await (await createMigrator(database)).migrateToLatest();
  if (error) throw error;
  return (results ?? []).map((r) => r.migrationName);
}

/** Undoes the last migration (for `migrations.test.ts` and operators rolling back). */
export async function migrateDown(database: Database): Promise<void> {
  const { error } = await (await createMigrator(database)).migrateDown();
  if (error) throw error;
}
