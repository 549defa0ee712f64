import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../test/databases';
import { migrateDown, migrateToLatest, openDatabase } from './database';
import { migrations } from './migrations.registry';

/** The tables of this test's own schema (PostgreSQL introspection lists every schema of the database). */
async function tableNames(test: TestDatabase): Promise<string[]> {
  const tables = await test.database.db.introspection.getTables();
  return tables
    .filter((table) => test.schema === null || table.schema === test.schema)
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
    expect(await tableNames(test)).toEqual([
      'activities',
      'agencies',
      'approval_steps',
      'approvals',
      'av_custody_events',
      'av_derivatives',
      'av_evidence_copies',
      'av_handovers',
      'av_records',
      'case_events',
      'case_handlers',
      'case_materials',
      'case_number_sequences',
      'cases',
      'certificates',
      'compliance_findings',
      'compliance_state',
      'document_scans',
      'document_versions',
      'documents',
      'ledger_checkpoints',
      'ledger_entries',
      'ledger_logs',
      'ledger_nodes',
      'ledger_timestamps',
      'sessions',
      'stations',
      'units',
      'users',
    ]);
    expect(await migrateToLatest(test.database)).toEqual([]);
    for (let i = 0; i < migrations.length; i++) await migrateDown(test.database);
    expect(await tableNames(test)).toEqual([]);
    await migrateToLatest(test.database);
    expect(await tableNames(test)).toHaveLength(29);
  });

  it('PROH-02: refuses UPDATE and DELETE on ledger entries, nodes, checkpoints and timestamps, even in raw SQL', async () => {
    test = await createTestDatabase(dialect);
    const { db } = test.database;
    const row = { agency_id: 'a', seq: 0, entry: '{}', leaf_hash: 'ab', occurred_at: 'now', actor_user_id: null };
    await db
      .insertInto('ledger_entries')
      .values({ ...row, action: 'unit.created', subject_type: 'unit', subject_id: 'u1' })
      .execute();
    await db.insertInto('ledger_nodes').values({ agency_id: 'a', level: 1, idx: 0, hash: 'cd' }).execute();
    await db
      .insertInto('ledger_checkpoints')
      .values({ agency_id: 'a', tree_size: 1, root_hash: 'ef', note: 'n', created_at: 'now' })
      .execute();
    await db
      .insertInto('ledger_timestamps')
      .values({ agency_id: 'a', tree_size: 1, tsa_url: 'u', gen_time: 'g', token: 't', created_at: 'now' })
      .execute();
    for (const table of ['ledger_entries', 'ledger_nodes', 'ledger_checkpoints', 'ledger_timestamps']) {
      await expect(sql.raw(`update ${table} set agency_id = 'b'`).execute(db)).rejects.toThrow(/append-only/);
      await expect(sql.raw(`delete from ${table}`).execute(db)).rejects.toThrow(/append-only/);
    }
    const rows = await db.selectFrom('ledger_entries').select(['action', 'agency_id']).execute();
    expect(rows).toEqual([{ action: 'unit.created', agency_id: 'a' }]);
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
