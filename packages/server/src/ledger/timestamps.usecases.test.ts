import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { timestampCheckpoints } from '../modules/ledger/ledger.usecases';
import { describeEachDatabase } from '../test/databases';
import { startLocalTsa } from '../test/local-tsa';
import { createTestApp, type TestApp } from '../test/test-app';
import { readLocalVerifierKey } from './keys';
import { verifyLedger } from './verify';

describeEachDatabase('RFC 3161 timestamps on checkpoints', (dialect) => {
  let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
  let t: TestApp;
  beforeAll(async () => {
    tsa = await startLocalTsa();
  });
  afterAll(async () => {
    await tsa.stop();
  });
  afterEach(async () => {
    await t.close();
  });

  it('timestamps each signed checkpoint once, shows it, and verify checks the tokens against the notes', async () => {
    const roots = path.join(tsa.dir, 'roots.pem');
    writeFileSync(roots, tsa.caPem);
    t = await createTestApp(dialect, { checkpointEveryEntries: 3, tsaUrl: tsa.url, tsaRootsFile: roots });
    const admin = await t.admin();
    for (const name of ['一科', '二科', '三科']) await admin.post('/api/units', { name, kind: 'enforcementSection' });
    expect(await timestampCheckpoints(t.deps, t.agencyId)).toBe(2);
    expect(await timestampCheckpoints(t.deps, t.agencyId)).toBe(0);
    const status = (await admin.get('/api/ledger')).body;
    expect(status.latestCheckpoint.timestamp).toMatchObject({ tsaUrl: tsa.url, genTime: expect.any(String) });
    expect((await admin.post('/api/ledger/verify')).body).toMatchObject({ ok: true, problem: null });

    // Swap the two tokens: each still is a valid token, but for the other checkpoint.
    const tokens = await t.db
      .selectFrom('ledger_timestamps')
      .select(['tree_size', 'token'])
      .orderBy('tree_size')
      .execute();
    if (dialect === 'postgres')
      await sql`drop trigger ledger_timestamps_append_only on ledger_timestamps`.execute(t.db);
    else await sql`drop trigger ledger_timestamps_no_update`.execute(t.db);
    await t.db
      .updateTable('ledger_timestamps')
      .set({ token: tokens[1]!.token })
      .where('tree_size', '=', tokens[0]!.tree_size)
      .execute();
    const report = await verifyLedger(t.db, {
      agencyId: t.agencyId,
      trustedVerifierKeys: [readLocalVerifierKey(t.dataDir, t.agencyId)!],
      blobs: null,
      tsaRoots: [tsa.caPem],
    });
    expect(report.problem).toMatchObject({ kind: 'timestamp.invalid', checkpointSize: Number(tokens[0]!.tree_size) });
  });

  it('leaves checkpoints untimestamped, and says so nowhere as an error, when no TSA is configured', async () => {
    t = await createTestApp(dialect, { checkpointEveryEntries: 2 });
    const admin = await t.admin();
    await admin.post('/api/units', { name: '一科', kind: 'enforcementSection' });
    expect(await timestampCheckpoints(t.deps, t.agencyId)).toBe(0);
    expect((await admin.get('/api/ledger')).body.latestCheckpoint.timestamp).toBeNull();
  });
});
