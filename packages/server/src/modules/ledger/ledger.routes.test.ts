import { readFileSync } from 'node:fs';
import {
  canonicalizeJson,
  computeRoot,
  createHasher,
  createNoteVerifier,
  decodeBase64,
  decodeHex,
  encodeHex,
  hashLeaf,
  parseCheckpoint,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@liuhen/ledger';
import { afterEach, expect, it } from 'vitest';
import { keyPaths } from '../../ledger/keys';
import { describeEachDatabase } from '../../test/databases';
import type { TestClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

const configurations = [
  { name: 'SHA-256 + Ed25519', settings: {}, hash: 'sha256' as const },
  { name: 'SM3 + SM2', settings: { ledgerHash: 'sm3', ledgerSignature: 'sm2' }, hash: 'sm3' as const },
];

describeEachDatabase('the ledger over HTTP (PROH-02, SYS-01)', (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  /** Some acts: each leaves one entry. */
  async function act(admin: TestClient, n: number) {
    for (let i = 0; i < n; i++) await admin.post('/api/units', { name: `科室${i}`, kind: 'enforcementSection' });
  }

  for (const { name, settings, hash } of configurations) {
    it(`${name}: every entry is canonical JSON whose leaf hash and tree root anyone can recompute`, async () => {
      t = await createTestApp(dialect, { ...settings, checkpointEveryEntries: 0 });
      const admin = await t.admin();
      await act(admin, 9);
      const status = (await admin.get('/api/ledger')).body;
      expect(status).toMatchObject({ hashAlgorithm: hash, signatureAlgorithm: settings.ledgerSignature ?? 'ed25519' });
      const entries = (await admin.get(`/api/ledger/entries?from=0&to=${status.size}`)).body.items;
      expect(entries.map((e: { index: number }) => e.index)).toEqual([...Array(status.size).keys()]);
      const hasher = createHasher(hash);
      const leaves = entries.map((e: { entry: string; leafHash: string }) => {
        const bytes = decodeBase64(e.entry);
        const text = new TextDecoder().decode(bytes);
        expect(canonicalizeJson(JSON.parse(text))).toBe(text);
        const leaf = hashLeaf(hasher, bytes);
        expect(encodeHex(leaf)).toBe(e.leafHash);
        return leaf;
      });
      expect(encodeHex(computeRoot(hasher, leaves))).toBe(status.rootHash);
      const last = JSON.parse(new TextDecoder().decode(decodeBase64(entries.at(-1).entry)));
      expect(last).toMatchObject({ v: 1, log: status.origin, seq: status.size - 1, action: 'unit.created' });
      expect(last.actor).toMatchObject({ username: 'admin', roles: ['admin'] });
    });

    it(`${name}: inclusion and consistency proofs for every entry verify against recomputed roots`, async () => {
      t = await createTestApp(dialect, { ...settings, checkpointEveryEntries: 0 });
      const admin = await t.admin();
      await act(admin, 10);
      const size = (await admin.get('/api/ledger')).body.size;
      const hasher = createHasher(hash);
      for (const treeSize of [1, 2, 7, size]) {
        for (let index = 0; index < treeSize; index++) {
          const proof = (await admin.get(`/api/ledger/proofs/inclusion?index=${index}&size=${treeSize}`)).body;
          verifyInclusion({
            hasher,
            index,
            size: treeSize,
            leafHash: decodeHex(proof.leafHash),
            proof: proof.path.map(decodeHex),
            root: decodeHex(proof.rootHash),
          });
        }
      }
      for (let from = 1; from <= size; from += 3) {
        const proof = (await admin.get(`/api/ledger/proofs/consistency?from=${from}&to=${size}`)).body;
        verifyConsistency({
          hasher,
          size1: from,
          size2: size,
          root1: decodeHex(proof.fromRoot),
          root2: decodeHex(proof.toRoot),
          proof: proof.path.map(decodeHex),
        });
        const inclusion = (await admin.get(`/api/ledger/proofs/inclusion?index=0&size=${from}`)).body;
        expect(inclusion.rootHash).toBe(proof.fromRoot);
      }
    });

    it(`${name}: signs checkpoints on demand that verify with the exported key and name the current root`, async () => {
      t = await createTestApp(dialect, { ...settings, checkpointEveryEntries: 0 });
      const admin = await t.admin();
      expect((await admin.get('/api/ledger/checkpoint')).body.error.code).toBe('ledger.no_checkpoint');
      await act(admin, 3);
      const signed = (await admin.post('/api/ledger/checkpoints')).body.checkpoint;
      const status = (await admin.get('/api/ledger')).body;
      expect(signed).toMatchObject({ treeSize: status.size, rootHash: status.rootHash });
      expect((await admin.post('/api/ledger/checkpoints')).body.checkpoint).toBeNull();
      const note = (await admin.get('/api/ledger/checkpoint')).body as string;
      const vkeyFile = readFileSync(keyPaths(t.dataDir, t.agencyId).verifierKeyFile, 'utf8').trim();
      expect(vkeyFile).toBe(status.verifierKey);
      const { checkpoint, verified } = await verifyCheckpoint({
        note,
        verifiers: [createNoteVerifier(vkeyFile)],
        origin: status.origin,
      });
      expect(verified).toHaveLength(1);
      expect(checkpoint.size).toBe(status.size);
      expect(encodeHex(checkpoint.rootHash)).toBe(status.rootHash);
      expect(parseCheckpoint(note.split('\n\n')[0] + '\n').origin).toBe(status.origin);
    });
  }

  it('signs a checkpoint in the same transaction each time the log reaches a multiple of N entries', async () => {
    t = await createTestApp(dialect, { checkpointEveryEntries: 4 });
    const admin = await t.admin();
    await act(admin, 6);
    const size = (await admin.get('/api/ledger')).body.size;
    const rows = await t.db.selectFrom('ledger_checkpoints').select('tree_size').orderBy('tree_size').execute();
    expect(rows.map((r) => Number(r.tree_size))).toEqual(
      [...Array(Math.floor(size / 4)).keys()].map((i) => (i + 1) * 4),
    );
  });

  it('keeps the private key in the data directory with mode 0600', async () => {
    t = await createTestApp(dialect);
    const { signerKeyFile } = keyPaths(t.dataDir, t.agencyId);
    const { statSync } = await import('node:fs');
    expect(statSync(signerKeyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(signerKeyFile, 'utf8')).toMatch(/^PRIVATE\+KEY\+liuhen\//);
  });

  it('verifies on request, records the run in the ledger itself, and shows it as the verification status', async () => {
    t = await createTestApp(dialect);
    const admin = await t.admin();
    await act(admin, 2);
    expect((await admin.get('/api/ledger')).body.lastVerification).toBeNull();
    const report = (await admin.post('/api/ledger/verify')).body;
    expect(report).toMatchObject({ ok: true, problem: null, entries: 5, blobsChecked: 0 });
    const status = (await admin.get('/api/ledger')).body;
    expect(status.size).toBe(6);
    expect(status.lastVerification).toMatchObject({ seq: 5, by: 'admin', ok: true, entries: 5, problem: null });

    const { sql } = await import('kysely');
    if (dialect === 'postgres') await sql`drop trigger ledger_entries_append_only on ledger_entries`.execute(t.db);
    else await sql`drop trigger ledger_entries_no_update`.execute(t.db);
    await sql`update ledger_entries set entry = replace(entry, '科室1', '科室9') where seq = 4`.execute(t.db);
    const failed = (await admin.post('/api/ledger/verify')).body;
    expect(failed).toMatchObject({ ok: false, problem: { kind: 'entry.leaf_hash_mismatch', seq: 4 } });
    expect((await admin.get('/api/ledger')).body.lastVerification).toMatchObject({
      ok: false,
      problem: { kind: 'entry.leaf_hash_mismatch', seq: 4 },
    });
  });

  it('refuses ranges outside the log and readers without the right', async () => {
    t = await createTestApp(dialect);
    const admin = await t.admin();
    const size = (await admin.get('/api/ledger')).body.size;
    for (const url of [
      `/api/ledger/proofs/inclusion?index=${size}&size=${size}`,
      `/api/ledger/proofs/inclusion?index=0&size=${size + 1}`,
      `/api/ledger/proofs/consistency?from=0&to=${size}`,
      `/api/ledger/proofs/consistency?from=${size}&to=${size - 1}`,
      `/api/ledger/entries?from=0&to=${size + 5}`,
    ]) {
      const res = await admin.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('ledger.out_of_range');
    }
    expect((await admin.get('/api/ledger/proofs/inclusion?index=-1&size=1')).body.error.code).toBe('request.invalid');
    const unit = (await admin.post('/api/units', { name: '监察科', kind: 'enforcementSection' })).body;
    const { client: officer } = await t.userClient({ username: 'officer.a', roles: ['officer'], unitId: unit.id });
    expect((await officer.get('/api/ledger')).status).toBe(403);
    expect((await officer.post('/api/ledger/checkpoints')).status).toBe(403);
    const { client: auditor } = await t.userClient({ username: 'auditor.a', roles: ['auditor'] });
    expect((await auditor.get('/api/ledger')).status).toBe(200);
    expect((await auditor.post('/api/ledger/checkpoints')).status).toBe(403);
    expect((await officer.post('/api/ledger/verify')).status).toBe(403);
    expect((await auditor.post('/api/ledger/verify')).body.ok).toBe(true);
  });
});
