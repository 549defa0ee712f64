import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { type Database, migrateToLatest, openDatabase } from '../adapters/db/database';

export type DialectName = 'sqlite' | 'postgres';

/** A fresh, migrated database: in-memory SQLite, or a PostgreSQL schema of its own that is dropped afterwards. */
export type TestDatabase = {
  database: Database;
  dialect: DialectName;
  url: string | null;
  schema: string | null;
  drop(): Promise<void>;
};

async function createPostgresSchema(url: string): Promise<string> {
  const schema = `liuhen_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
    // The creation time lets a later run tell a killed run's schema from one still in use (see global-setup.ts).
    await client.query(`comment on schema ${schema} is 'liuhen test ${Date.now()}'`);
  } finally {
    await client.end();
  }
  return schema;
}

async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL URL whose connections use the given schema (for spawned servers and CLIs). */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

export async function createTestDatabase(
  dialect: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    if (options.migrate !== false) await migrateToLatest(database);
    return { database, dialect, url: null, schema: null, drop: () => database.close() };
  }
  const url = inject('postgresUrl');
  if (!url) throw new Error('PostgreSQL is not available');
  const schema = await createPostgresSchema(url);
  const database = openDatabase({ kind: 'postgres', url, searchPath: schema, max: 4 });
  if (options.migrate !== false) await migrateToLatest(database);
  return {
    database,
    dialect,
    url,
    schema,
    async drop() {
      await database.close();
      await dropPostgresSchema(url, schema);
    },
  };
}

/** The dialects this run tests: SQLite always, PostgreSQL when the global setup found it. */
export function testedDialects(): DialectName[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Runs a suite once per database dialect; every database test in Liuhen goes through here. */
export function describeEachDatabase(name: string, suite: (dialect: DialectName) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const run = testedDialects().includes(dialect) ? describe : describe.skip;
    run(`${name} [${dialect}]`, () => suite(dialect));
  }
}
