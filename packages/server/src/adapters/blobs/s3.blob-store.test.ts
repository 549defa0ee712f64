import { randomBytes } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';
import { makeBytes, readAll, runBlobStoreContract, streamOf } from './blob-store.contract';
import { blobKey, createS3BlobStore, createS3Client, listBlobKeys, type S3BlobStoreSettings } from './s3.blob-store';

const endpoint = inject('s3Endpoint');

/** Settings for the Swift of this test run (tempauth test account), with a bucket of the test's own. */
async function freshBucket(): Promise<S3BlobStoreSettings> {
  const settings: S3BlobStoreSettings = {
    endpoint: endpoint!,
    region: 'us-east-1',
    bucket: `liuhen-${randomBytes(6).toString('hex')}`,
    accessKeyId: 'test:tester',
    secretAccessKey: 'testing',
    forcePathStyle: true,
  };
  await createS3Client(settings).send(new CreateBucketCommand({ Bucket: settings.bucket }));
  return settings;
}

if (endpoint) {
  runBlobStoreContract('S3 (OpenStack Swift)', async () => {
    const settings = await freshBucket();
    const s3 = createS3Client(settings);
    return { store: createS3BlobStore(settings), listObjects: () => listBlobKeys(s3, settings.bucket) };
  });
}

(endpoint ? describe : describe.skip)('createS3BlobStore on a real S3-compatible server', () => {
  it('keeps a blob at <alg>/<hex[0:2]>/<hex[2:4]>/<hex> and uploads a large one in parts', async () => {
    const settings = await freshBucket();
    const store = createS3BlobStore(settings);
    const bytes = makeBytes(40 * 1024 * 1024 + 17, 7);
    const stored = await store.put({ stream: streamOf(bytes, 1024 * 1024), algorithm: 'sha256' });
    expect(await listBlobKeys(createS3Client(settings), settings.bucket)).toEqual([blobKey(stored)]);
    expect((await store.stat(stored))?.size).toBe(bytes.length);
    const tail = await readAll(await store.open(stored, { start: bytes.length - 1000, end: bytes.length - 1 }));
    expect(tail.equals(bytes.subarray(bytes.length - 1000))).toBe(true);
  });
});

(endpoint ? describe : describe.skip)('liuhen verify with files on S3 (PROH-03)', () => {
  it('re-hashes every file the ledger refers to from the bucket, and names one that disappeared', async () => {
    const settings = await freshBucket();
    const { createTestApp } = await import('../../test/test-app');
    const { verifyLedger } = await import('../../ledger/verify');
    const { readLocalVerifierKey } = await import('../../ledger/keys');
    const t = await createTestApp('sqlite', {
      blobStore: 's3',
      s3Endpoint: settings.endpoint,
      s3Bucket: settings.bucket,
      s3AccessKeyId: settings.accessKeyId,
      s3SecretAccessKey: settings.secretAccessKey,
    });
    try {
      const stored = await t.deps.blobs.put({ stream: streamOf(makeBytes(200_000, 3)), algorithm: 'sm3' });
      const ref = { alg: stored.alg, hex: stored.hex, size: stored.size };
      await t.deps.uow.run({ actor: null, agencyId: t.agencyId, requestId: null }, (tx) =>
        tx.ledger.append({
          action: 'agency.updated',
          subject: { type: 'agency', id: t.agencyId },
          summary: {},
          hashes: [ref],
        }),
      );
      const verify = () =>
        verifyLedger(t.db, {
          agencyId: t.agencyId,
          trustedVerifierKeys: [readLocalVerifierKey(t.dataDir, t.agencyId)!],
          blobs: t.deps.blobs,
        });
      expect(await verify()).toMatchObject({ ok: true, blobsChecked: 1 });
      const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
      await createS3Client(settings).send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: blobKey(stored) }));
      expect((await verify()).problem).toMatchObject({ kind: 'blob.missing', blob: { alg: 'sm3', hex: stored.hex } });
    } finally {
      await t.close();
    }
  });
});
