import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../test/databases';
import { migrateDown, migrateToLatest, openDatabase } from './database';
import { migrations } from './migrations.registry';

async function tableNames(test: TestDatabase): Promise<string[]> {
  const tables = await test.database.db.introspection.getTables();
  return tables
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_'))
    .sort();
}

describe('the migration registry', () => {
  it('has unique, non-empty, ordered names', () => {
    const names = migrations.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^\d{4}-[a-z0-9-]+$/.test(n))).toBe(true);
    expect([...names].sort()).toEqual(names);
  });
});

describeEachDatabase('migrations', (dialect) => {
  let test: TestDatabase;
  afterEach(async () => {
    await test.drop();
  });

  it('creates the same tables on both dialects, rolls back to nothing, and applies again', async () => {
    test = await createTestDatabase(dialect, { migrate: false });
    expect(await migrateToLatest(test.database)).toEqual(migrations.map((m) => m.name));
    expect(await tableNames(test)).toEqual(['agencies', 'audit_entries', 'certificates', 'sessions', 'units', 'users']);
    expect(await migrateToLatest(test.database)).toEqual([]);
    for (let i = 0; i < migrations.length; i++) await migrateDown(test.database);
    expect(await tableNames(test)).toEqual([]);
    await migrateToLatest(test.database);
    expect(await tableNames(test)).toHaveLength(6);
  });

  it('PROH-02 groundwork: refuses UPDATE and DELETE on the audit trail, even in raw SQL', async () => {
    test = await createTestDatabase(dialect);
    const { db } = test.database;
    await db
      .insertInto('audit_entries')
      .values({
        agency_id: 'a',
        occurred_at: '2026-11-23T00:00:00.000Z',
        actor_user_id: null,
        actor_username: null,
        actor_roles: null,
        actor_unit_id: null,
        action: 'unit.created',
        subject_type: 'unit',
        subject_id: 'u1',
        summary: '{}',
        request_id: null,
      })
      .execute();
    await expect(sql`update audit_entries set action = 'unit.dissolved'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_entries`.execute(db)).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('audit_entries').select(['action']).execute();
    expect(rows).toEqual([{ action: 'unit.created' }]);
  });
});

describe('the embedded SQLite database', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in WAL mode with synchronous=FULL and foreign keys on', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'liuhen-sqlite-'));
    const database = openDatabase({ kind: 'sqlite', file: path.join(dir, 'liuhen.db') });
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(database.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2);
    expect(await pragma('foreign_keys')).toBe(1);
    await database.close();
  });
});
