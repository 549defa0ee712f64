import { beforeAll, describe, expect, it } from 'vitest';
import { encodeHex, encodeUtf8 } from './bytes';
import { encodeCanonicalJson } from './canonical-json';
import { computeRoot, hashLeaf } from './merkle';
import { createEd25519KeyPair, createEd25519Signer } from './signers/ed25519';
import { createSm2KeyPair, createSm2Signer } from './signers/sm2';
import { signCheckpoint } from './checkpoint';
import { createLogVerifier, type LogRow } from './log-verifier';
import { buildLog, fileHash, type LogFixture, makeEntry, makeRow, runVerifier } from './testing/log-fixture';

const configurations = [
  { name: 'SHA-256 with an Ed25519 key', algorithm: 'sha256', keys: ['ed25519'] },
  { name: 'SM3 with SM2 and Ed25519 keys', algorithm: 'sm3', keys: ['sm2', 'ed25519'] },
] as const;

const rootOf = (log: LogFixture, rows: readonly LogRow[], size = rows.length) =>
  encodeHex(
    computeRoot(
      log.hasher,
      rows.slice(0, size).map((row) => row.leafHash),
    ),
  );

describe.each(configurations)('createLogVerifier on $name', ({ algorithm, keys }) => {
  let log: LogFixture;
  beforeAll(async () => {
    log = await buildLog({ algorithm, keys });
  });
  const verify = (changes: { rows?: LogRow[]; checkpoints?: LogFixture['checkpoints'] } = {}) =>
    runVerifier(log, { rows: changes.rows ?? log.rows, checkpoints: changes.checkpoints ?? log.checkpoints });
  const replaceCheckpoint = (at: number, note: string) =>
    log.checkpoints.map((checkpoint) => (checkpoint.at === at ? { at, note } : checkpoint));

  it('passes a clean log of 100 entries with checkpoints at 10, 64 and 100, listing each file hash once', async () => {
    expect(await verify()).toEqual({
      ok: true,
      entries: 100,
      treeSize: 100,
      rootHash: rootOf(log, log.rows),
      checkpointsVerified: 3,
      latestCheckpointSize: 100,
      blobs: [
        { ...fileHash('sha256', 5), seq: 5 },
        { ...fileHash('sha256', 15), seq: 15 },
        { ...fileHash('sha256', 25), seq: 25 },
        { ...fileHash('sm3', 95), seq: 95 },
      ],
      problem: null,
    });
  });

  it('gives the same report when every checkpoint is added before the first entry', async () => {
    const early = log.checkpoints.map(({ note }) => ({ at: 0, note }));
    expect(await verify({ checkpoints: early })).toEqual(await verify());
  });

  it('reports a flipped byte in an entry as a leaf hash mismatch at that entry', async () => {
    const rows = [...log.rows];
    const bytes = Uint8Array.from(rows[42]!.entry);
    const at = new TextDecoder().decode(bytes).indexOf('zhangsan');
    bytes[at] = 'Z'.charCodeAt(0);
    rows[42] = { ...rows[42]!, entry: bytes };
    expect((await verify({ rows })).problem).toEqual({
      kind: 'entry.leaf_hash_mismatch',
      seq: 42,
      expected: encodeHex(hashLeaf(log.hasher, bytes)),
      found: encodeHex(log.rows[42]!.leafHash),
      message: expect.stringContaining('entry 42'),
    });
  });

  it('reports a deleted entry as a gap: expected seq 17, found 18', async () => {
    const rows = log.rows.filter((row) => row.seq !== 17);
    const report = await verify({ rows });
    expect(report.problem).toMatchObject({ kind: 'entry.gap', seq: 17, expected: '17', found: '18' });
    expect(report.entries).toBe(99);
  });

  it('reports two swapped entries as a seq mismatch at the first of them', async () => {
    const rows = [...log.rows];
    rows[30] = { ...log.rows[31]!, seq: 30 };
    rows[31] = { ...log.rows[30]!, seq: 31 };
    expect((await verify({ rows })).problem).toMatchObject({
      kind: 'entry.seq_mismatch',
      seq: 30,
      expected: '30',
      found: '31',
    });
  });

  it('reports a repeated row as out of order', async () => {
    const rows = [...log.rows.slice(0, 9), log.rows[8]!, ...log.rows.slice(9)];
    expect((await verify({ rows })).problem).toMatchObject({
      kind: 'entry.out_of_order',
      seq: 9,
      expected: '9',
      found: '8',
    });
  });

  it('reports a changed stored leaf hash with the recomputed and the stored hex', async () => {
    const rows = [...log.rows];
    const forged = Uint8Array.from(rows[55]!.leafHash);
    forged[0]! ^= 0xff;
    rows[55] = { ...rows[55]!, leafHash: forged };
    expect((await verify({ rows })).problem).toEqual({
      kind: 'entry.leaf_hash_mismatch',
      seq: 55,
      expected: encodeHex(log.rows[55]!.leafHash),
      found: encodeHex(forged),
      message: expect.any(String),
    });
  });

  it('catches an entry rewritten together with its leaf hash at the next checkpoint root', async () => {
    const rows = [...log.rows];
    const rewritten = { ...log.entries[20]!, summary: { name: '第20执法中队（已改）', kind: 'internal' } };
    rows[20] = makeRow(log.hasher, rewritten, 20);
    expect((await verify({ rows })).problem).toEqual({
      kind: 'checkpoint.root_mismatch',
      checkpointSize: 64,
      expected: rootOf(log, rows, 64),
      found: rootOf(log, log.rows, 64),
      message: expect.stringContaining('first 64 entries'),
    });
  });

  const without = (entry: object, key: string) => Object.fromEntries(Object.entries(entry).filter(([k]) => k !== key));
  it.each([
    ['not canonical', (e: object) => encodeUtf8(JSON.stringify(e, null, 1)), 'entry.not_canonical'],
    ['not JSON at all', () => encodeUtf8('{"v":1,'), 'entry.not_canonical'],
    ['of an unknown version', (e: object) => encodeCanonicalJson({ ...e, v: 2 }), 'entry.unsupported_version'],
    ['missing a field', (e: object) => encodeCanonicalJson(without(e, 'requestId')), 'entry.malformed'],
    ['carrying an extra field', (e: object) => encodeCanonicalJson({ ...e, x: 1 }), 'entry.malformed'],
  ] as const)('reports an entry %s, even with a matching leaf hash, as %s', async (_, encode, kind) => {
    const rows = [...log.rows];
    const bytes = encode(log.entries[12]!);
    rows[12] = { seq: 12, entry: bytes, leafHash: hashLeaf(log.hasher, bytes) };
    expect((await verify({ rows })).problem).toMatchObject({ kind, seq: 12 });
  });

  it('reports an entry of another log as wrong_log', async () => {
    const rows = [...log.rows];
    rows[3] = makeRow(log.hasher, makeEntry('liuhen.example.gov.cn/other/log', 3), 3);
    expect((await verify({ rows })).problem).toMatchObject({
      kind: 'entry.wrong_log',
      seq: 3,
      expected: log.origin,
      found: 'liuhen.example.gov.cn/other/log',
    });
  });

  it.each([
    ['another key under the same name', () => createEd25519Signer(createEd25519KeyPair(log.origin).signerKey)],
    ['a key with another name', () => createSm2Signer(createSm2KeyPair('attacker.example/log').signerKey)],
  ])('reports a checkpoint signed by %s as unknown_key', async (_, createSigner) => {
    const signer = createSigner();
    const rootHash = computeRoot(
      log.hasher,
      log.rows.slice(0, 64).map((row) => row.leafHash),
    );
    const note = await signCheckpoint({
      checkpoint: { origin: log.origin, size: 64, rootHash, extensions: [] },
      signers: [signer],
    });
    expect((await verify({ checkpoints: replaceCheckpoint(64, note) })).problem).toMatchObject({
      kind: 'checkpoint.unknown_key',
      checkpointSize: 64,
    });
  });

  it('reports a checkpoint whose signed root was edited as bad_signature', async () => {
    const original = log.checkpoints.find((checkpoint) => checkpoint.at === 64)!.note;
    const lines = original.split('\n');
    lines[2] = Buffer.from(
      computeRoot(
        log.hasher,
        log.rows.slice(0, 63).map((row) => row.leafHash),
      ),
    ).toString('base64');
    const report = await verify({ checkpoints: replaceCheckpoint(64, lines.join('\n')) });
    expect(report.problem).toMatchObject({ kind: 'checkpoint.bad_signature', checkpointSize: 64 });
    expect(report.checkpointsVerified).toBe(2);
  });

  it('reports a checkpoint beyond the log when its last entries were deleted', async () => {
    const report = await verify({ rows: log.rows.slice(0, 90) });
    expect(report.problem).toMatchObject({
      kind: 'checkpoint.beyond_log',
      checkpointSize: 100,
      expected: '90',
      found: '100',
    });
    expect(report).toMatchObject({ ok: false, entries: 90, checkpointsVerified: 2, latestCheckpointSize: 64 });
  });

  it('reports a checkpoint the trusted key signed for another log as wrong_origin', async () => {
    const note = await log.sign(64, log.rows, 'liuhen.example.gov.cn/other/log');
    expect((await verify({ checkpoints: replaceCheckpoint(64, note) })).problem).toMatchObject({
      kind: 'checkpoint.wrong_origin',
      checkpointSize: 64,
      expected: log.origin,
      found: 'liuhen.example.gov.cn/other/log',
    });
  });

  it('reports a checkpoint smaller than the one before it as not_increasing', async () => {
    const checkpoints = [...log.checkpoints, { at: 100, note: await log.sign(10) }];
    expect((await verify({ checkpoints })).problem).toMatchObject({
      kind: 'checkpoint.not_increasing',
      checkpointSize: 10,
      expected: '100',
      found: '10',
    });
  });

  it('reports text that is not a signed checkpoint as malformed', async () => {
    const checkpoints = [...log.checkpoints, { at: 100, note: 'not a note\n' }];
    expect((await verify({ checkpoints })).problem).toMatchObject({ kind: 'checkpoint.malformed' });
  });

  it('keeps counting after the first problem but reports only that one', async () => {
    const rows = log.rows.filter((row) => row.seq !== 17);
    rows[60] = { ...rows[60]!, leafHash: new Uint8Array(32) };
    const report = await verify({ rows, checkpoints: [] });
    expect(report).toMatchObject({ ok: false, entries: 99, treeSize: 99, checkpointsVerified: 0 });
    expect(report.problem).toMatchObject({ kind: 'entry.gap', seq: 17 });
  });
});

describe('createLogVerifier', () => {
  let log: LogFixture;
  beforeAll(async () => {
    log = await buildLog({ algorithm: 'sha256', keys: ['ed25519'] });
  });

  it('verifies an empty log against a checkpoint of size 0', async () => {
    const empty = await buildLog({ algorithm: 'sm3', keys: ['sm2'], size: 0, checkpointSizes: [0] });
    expect(await runVerifier(empty, { rows: [], checkpoints: empty.checkpoints })).toEqual({
      ok: true,
      entries: 0,
      treeSize: 0,
      rootHash: '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b',
      checkpointsVerified: 1,
      latestCheckpointSize: 0,
      blobs: [],
      problem: null,
    });
  });

  it('ranks a bad signature that settles late by its place in the log, ahead of a later gap', async () => {
    const slow = log.verifiers.map((v) => ({
      ...v,
      verify: async (text: Uint8Array, signature: Uint8Array) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return v.verify(text, signature);
      },
    }));
    const lines = log.checkpoints[0]!.note.split('\n');
    lines[1] = '9';
    const rows = log.rows.filter((row) => row.seq !== 50);
    const report = await runVerifier(
      { ...log, verifiers: slow },
      { rows, checkpoints: [{ at: 9, note: lines.join('\n') }] },
    );
    expect(report.problem).toMatchObject({ kind: 'checkpoint.bad_signature', checkpointSize: 9 });
  });

  it('blames a forged checkpoint, not the genuine ones it makes look out of order', async () => {
    const forger = createEd25519Signer(createEd25519KeyPair(log.origin).signerKey);
    const forged = await signCheckpoint({
      checkpoint: { origin: log.origin, size: 5000, rootHash: new Uint8Array(32), extensions: [] },
      signers: [forger],
    });
    const checkpoints = [{ at: 0, note: forged }, ...log.checkpoints];
    expect((await runVerifier(log, { rows: log.rows, checkpoints })).problem).toMatchObject({
      kind: 'checkpoint.unknown_key',
      checkpointSize: 5000,
    });
  });

  it('refuses a checkpoint added after the log passed its size, and any call after finish', async () => {
    const verifier = createLogVerifier(log);
    for (const row of log.rows.slice(0, 11)) verifier.addEntry(row);
    expect(() => verifier.addCheckpoint(log.checkpoints[0]!.note)).toThrow(
      expect.objectContaining({ code: 'verifier.misuse' }),
    );
    await verifier.finish();
    expect(() => verifier.addEntry(log.rows[11]!)).toThrow(expect.objectContaining({ code: 'verifier.misuse' }));
  });

  it('rethrows a verifier failure that is not a verdict, such as an unreachable HSM', async () => {
    const broken = log.verifiers.map((v) => ({
      ...v,
      verify: () => Promise.reject(new Error('HSM unreachable')),
    }));
    const report = runVerifier({ ...log, verifiers: broken }, { rows: log.rows, checkpoints: log.checkpoints });
    await expect(report).rejects.toThrow('HSM unreachable');
  });
});
