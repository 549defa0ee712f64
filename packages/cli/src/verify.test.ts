import { chmodSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createEd25519KeyPair } from '@liuhen/ledger';
import { loadConfig, openLiuhen, resolveBlobPath } from '@liuhen/server';
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../server/src/test/databases';
import { useCliEnvironment } from './testing/environment';
import { runCommand as run } from './testing/in-process';

const evidence = Buffer.from('现场检查笔录扫描件 — 2026-11-23 '.repeat(2000));

/**
 * Acts that carry files (document scans, recordings) arrive with issues 4 and 5; until then the test stores a file
 * and appends an entry that refers to it through the same transaction seam, as those features will.
 */
async function storeEvidence(): Promise<{ alg: 'sha256'; hex: string; size: number }> {
  const liuhen = await openLiuhen(loadConfig());
  try {
    const agency = await liuhen.database.db.selectFrom('agencies').select('id').executeTakeFirstOrThrow();
    const stored = await liuhen.deps.blobs.put({ stream: Readable.from([evidence]), algorithm: 'sha256' });
    const ref = { alg: 'sha256' as const, hex: stored.hex, size: stored.size };
    await liuhen.deps.uow.run({ actor: null, agencyId: agency.id, requestId: null }, (tx) =>
      tx.ledger.append({
        action: 'agency.updated',
        subject: { type: 'agency', id: agency.id },
        summary: {},
        hashes: [ref],
      }),
    );
    return ref;
  } finally {
    await liuhen.close();
  }
}

describeEachDatabase('liuhen verify (PROH-02, PROH-03)', (dialect) => {
  const environment = useCliEnvironment(dialect, { LIUHEN_CHECKPOINT_EVERY_ENTRIES: '4' });
  beforeEach(async () => {
    await run('init');
    for (const name of ['一科', '二科', '三科']) await run('unit', 'add', name, '--kind', 'enforcementSection');
  });

  it('exits 0 on an untouched log with its files, and says what it checked', async () => {
    await storeEvidence();
    const res = await run('verify');
    expect(res.code).toBe(0);
    expect(res.out).toContain('验证通过 Verified: 5 条记录 entries, 1 个检查点 checkpoints, 1 个文件 files');
    const json = JSON.parse((await run('verify', '--json')).out);
    expect(json).toMatchObject({ ok: true, entries: 5, blobsChecked: 1, problem: null });
  });

  it('names a replaced file with the expected and found hashes', async () => {
    const ref = await storeEvidence();
    const file = resolveBlobPath(path.join(environment.dir, 'blobs'), ref);
    chmodSync(file, 0o644);
    writeFileSync(file, Buffer.from(evidence).fill(0x41, 0, 10));
    const res = await run('verify');
    expect(res.code).toBe(2);
    expect(res.err).toContain('[blob.hash_mismatch] 记录 entry 4');
    expect(res.err).toContain(`应为 expected: ${ref.hex}`);
  });

  it('names a truncated file', async () => {
    const ref = await storeEvidence();
    const file = resolveBlobPath(path.join(environment.dir, 'blobs'), ref);
    chmodSync(file, 0o644);
    truncateSync(file, 100);
    const res = await run('verify');
    expect(res.code).toBe(2);
    expect(res.err).toContain('[blob.truncated]');
    expect(res.err).toContain(`实际 found:    100 bytes`);
  });

  it('names a deleted file', async () => {
    const ref = await storeEvidence();
    unlinkSync(resolveBlobPath(path.join(environment.dir, 'blobs'), ref));
    expect((await run('verify')).err).toContain('[blob.missing]');
    expect((await run('verify', '--no-blobs')).code).toBe(0);
  });

  it('names a changed entry row', async () => {
    const liuhen = await openLiuhen(loadConfig());
    try {
      const db = liuhen.database.db;
      if (dialect === 'postgres') await sql`drop trigger ledger_entries_append_only on ledger_entries`.execute(db);
      else await sql`drop trigger ledger_entries_no_update`.execute(db);
      await sql`update ledger_entries set entry = replace(entry, '二科', '六科') where seq = 2`.execute(db);
    } finally {
      await liuhen.close();
    }
    const res = await run('verify');
    expect(res.code).toBe(2);
    expect(res.err).toContain('[entry.leaf_hash_mismatch] 记录 entry 2');
  });

  it('trusts only the key it is given: checkpoints signed by the real key fail under another', async () => {
    const other = createEd25519KeyPair('liuhen/other');
    const res = await run('verify', '--public-key', other.verifierKey);
    expect(res.code).toBe(2);
    expect(res.err).toContain('[checkpoint.unknown_key]');
  });
});
