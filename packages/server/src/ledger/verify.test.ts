import { createEd25519KeyPair, createNoteSigner, encodeHex, signCheckpoint } from '@liuhen/ledger';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DialectName } from '../test/databases';
import { describeEachDatabase } from '../test/databases';
import type { TestClient } from '../test/http-client';
import { createTestApp, type TestApp } from '../test/test-app';
import { readLocalVerifierKey } from './keys';
import { checkConsistencyProofs, verifyLedger } from './verify';

/** An attacker with database rights first removes the append-only guards; the tamper tests do the same. */
async function dropGuards(t: TestApp, dialect: DialectName) {
  for (const table of ['ledger_entries', 'ledger_nodes', 'ledger_checkpoints']) {
    if (dialect === 'postgres') await sql.raw(`drop trigger ${table}_append_only on ${table}`).execute(t.db);
    else for (const op of ['update', 'delete']) await sql.raw(`drop trigger ${table}_no_${op}`).execute(t.db);
  }
}

describeEachDatabase('liuhen verify catches every kind of tampering (PROH-02, PROH-03)', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let vkey: string;
  const verify = () => verifyLedger(t.db, { agencyId: t.agencyId, trustedVerifierKeys: [vkey], blobs: null });
  const entryAt = async (seq: number) =>
    t.db.selectFrom('ledger_entries').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();

  beforeEach(async () => {
    t = await createTestApp(dialect, { checkpointEveryEntries: 8 });
    admin = await t.admin();
    for (let i = 0; i < 12; i++) await admin.post('/api/units', { name: `监察${i}科`, kind: 'enforcementSection' });
    vkey = readLocalVerifierKey(t.dataDir, t.agencyId)!;
  });
  afterEach(async () => {
    await t.close();
  });

  it('passes an untouched log, vouching for it up to the latest checkpoint', async () => {
    const size = (await admin.get('/api/ledger')).body.size;
    const report = await verify();
    expect(report).toMatchObject({ ok: true, problem: null, entries: size, treeSize: size, latestCheckpointSize: 8 });
    expect(report.checkpointsVerified).toBe(Math.floor(size / 8));
    expect(report.rootHash).toBe((await admin.get('/api/ledger')).body.rootHash);
  });

  it('names the entry when one byte of it was changed in the database', async () => {
    await dropGuards(t, dialect);
    const row = await entryAt(5);
    const changed = row.entry.replace('监察', '监查');
    expect(changed).not.toBe(row.entry);
    await t.db.updateTable('ledger_entries').set({ entry: changed }).where('seq', '=', 5).execute();
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: 'entry.leaf_hash_mismatch', seq: 5, found: row.leaf_hash });
  });

  it('names the gap when an entry was deleted', async () => {
    await dropGuards(t, dialect);
    await t.db.deleteFrom('ledger_entries').where('seq', '=', 3).execute();
    expect((await verify()).problem).toMatchObject({ kind: 'entry.gap', seq: 3, expected: '3', found: '4' });
  });

  it('names the place where two entries were swapped', async () => {
    await dropGuards(t, dialect);
    const [a, b] = [await entryAt(4), await entryAt(6)];
    await t.db
      .updateTable('ledger_entries')
      .set({ entry: b.entry, leaf_hash: b.leaf_hash })
      .where('seq', '=', 4)
      .execute();
    await t.db
      .updateTable('ledger_entries')
      .set({ entry: a.entry, leaf_hash: a.leaf_hash })
      .where('seq', '=', 6)
      .execute();
    expect((await verify()).problem).toMatchObject({ kind: 'entry.seq_mismatch', seq: 4 });
  });

  it('catches an entry rewritten together with its leaf hash through the signed checkpoint', async () => {
    await dropGuards(t, dialect);
    const row = await entryAt(2);
    const entry = JSON.parse(row.entry);
    entry.summary.name = '伪造的单位';
    const { serialiseEntry } = await import('./entry');
    const { createHasher, hashLeaf } = await import('@liuhen/ledger');
    const { text, bytes } = serialiseEntry(entry);
    const leaf = encodeHex(hashLeaf(createHasher('sha256'), bytes));
    await t.db.updateTable('ledger_entries').set({ entry: text, leaf_hash: leaf }).where('seq', '=', 2).execute();
    expect((await verify()).problem).toMatchObject({ kind: 'checkpoint.root_mismatch', checkpointSize: 8 });
  });

  it('catches entries removed from the end past a checkpoint', async () => {
    await dropGuards(t, dialect);
    const size = (await admin.get('/api/ledger')).body.size;
    await t.db.deleteFrom('ledger_entries').where('seq', '>=', 7).execute();
    const report = await verify();
    expect(report.problem).toMatchObject({ kind: 'checkpoint.beyond_log', checkpointSize: 8 });
    expect(report.entries).toBe(7);
    expect(size).toBeGreaterThan(8);
  });

  it('rejects a checkpoint forged with another key', async () => {
    const log = await t.db.selectFrom('ledger_logs').selectAll().executeTakeFirstOrThrow();
    const forger = createEd25519KeyPair(log.origin);
    const { rootFromHead } = await import('./checkpoints');
    const root = rootFromHead('sha256', { size: Number(log.size), frontier: JSON.parse(log.frontier) });
    const note = await signCheckpoint({
      checkpoint: { origin: log.origin, size: Number(log.size), rootHash: root, extensions: [] },
      signers: [createNoteSigner(forger.signerKey)],
    });
    await t.db
      .insertInto('ledger_checkpoints')
      .values({ agency_id: t.agencyId, tree_size: Number(log.size), root_hash: encodeHex(root), note, created_at: 'x' })
      .execute();
    expect((await verify()).problem).toMatchObject({
      kind: 'checkpoint.unknown_key',
      checkpointSize: Number(log.size),
    });
  });

  it('catches an interior node changed to serve false proofs', async () => {
    await dropGuards(t, dialect);
    await t.db
      .updateTable('ledger_nodes')
      .set({ hash: 'ab'.repeat(32) })
      .where('level', '=', 2)
      .where('idx', '=', 1)
      .execute();
    expect((await verify()).problem).toMatchObject({ kind: 'node.mismatch', found: 'ab'.repeat(32) });
  });

  it('proves each checkpoint consistent with the next from the served hashes, and fails when they were changed', async () => {
    const checkpoints = await t.db
      .selectFrom('ledger_checkpoints')
      .select(['tree_size', 'note'])
      .orderBy('tree_size')
      .execute();
    for (let i = 0; i < 8; i++) await admin.post('/api/units', { name: `后续${i}科`, kind: 'enforcementSection' });
    const all = await t.db
      .selectFrom('ledger_checkpoints')
      .select(['tree_size', 'note'])
      .orderBy('tree_size')
      .execute();
    expect(all.length).toBeGreaterThan(checkpoints.length);
    const input = { agencyId: t.agencyId, algorithm: 'sha256' as const, checkpoints: all };
    expect(await checkConsistencyProofs(t.db, input)).toBeNull();
    await dropGuards(t, dialect);
    await t.db
      .updateTable('ledger_nodes')
      .set({ hash: 'cd'.repeat(32) })
      .where('level', '=', 3)
      .where('idx', '=', 1)
      .execute();
    expect(await checkConsistencyProofs(t.db, input)).toMatchObject({ kind: 'checkpoint.inconsistent' });
  });

  it('catches a filter column that no longer says what the hashed entry says', async () => {
    await dropGuards(t, dialect);
    await t.db.updateTable('ledger_entries').set({ action: 'user.created' }).where('seq', '=', 9).execute();
    expect((await verify()).problem).toMatchObject({ kind: 'entry.columns_mismatch', seq: 9, found: 'user.created' });
  });
});
