import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import type { DB } from './schema';

/**
 * Write transactions start with BEGIN IMMEDIATE: a deferred transaction that reads and then writes can fail
 * with SQLITE_BUSY while another process (the CLI beside the server) writes, without waiting for the lock.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #options: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(options: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(options);
    this.#options = options;
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.#options);
  }
}

/** Opens the embedded database: WAL, synchronous=FULL (a committed record survives a power cut), foreign keys on. */
export function openSqlite(file: string): Kysely<DB> {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  return new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database }) });
}
