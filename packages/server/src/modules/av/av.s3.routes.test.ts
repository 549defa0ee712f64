import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createS3Client } from '../../adapters/blobs/s3.blob-store';
import { type CaseFixture, createCaseFixture } from '../../test/case-fixture';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ffprobePath, probePending } from './probe';
import { tusUpload } from './tus-upload.test-support';

const endpoint = inject('s3Endpoint');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The same ingest, playback and probe as av.routes.test.ts, with files in S3-compatible storage (real Swift). */
const run = endpoint || process.env.CI === 'true' ? describe : describe.skip;

run('A/V ingest into the S3 blob store (AV-04, AVS-01) [sqlite + OpenStack Swift]', () => {
  let t: TestApp;
  let f: CaseFixture;
  let url: string;
  let session: Record<string, string>;
  beforeEach(async () => {
    const bucket = `liuhen-av-${randomBytes(6).toString('hex')}`;
    const s3 = {
      s3Endpoint: endpoint!,
      s3Region: 'us-east-1',
      s3Bucket: bucket,
      s3AccessKeyId: 'test:tester',
      s3SecretAccessKey: 'testing',
      s3ForcePathStyle: 'true',
    };
    await createS3Client({
      endpoint: s3.s3Endpoint,
      region: s3.s3Region,
      bucket,
      accessKeyId: s3.s3AccessKeyId,
      secretAccessKey: s3.s3SecretAccessKey,
      forcePathStyle: true,
    }).send(new CreateBucketCommand({ Bucket: bucket }));
    t = await createTestApp('sqlite', { blobStore: 's3', ...s3 });
    f = await createCaseFixture(t);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    session = { cookie: `liuhen_session=${f.zhang.client.cookie}`, 'x-csrf-token': f.zhang.client.csrfToken! };
  });
  afterEach(async () => {
    await t.close();
  });

  it('stores an upload in the bucket under its hash, refuses a wrong hash, and plays a byte range back', async () => {
    const bytes = randomBytes(6 * 1024 * 1024 + 123);
    const uploaded = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: 'clip.mp4', filetype: 'video/mp4', hash: `sha256:${sha256(bytes)}` },
      chunkSize: 2 * 1024 * 1024,
    });
    expect(uploaded.error).toBeNull();
    expect(await t.deps.blobs.stat({ alg: 'sha256', hex: sha256(bytes) })).toEqual({ size: bytes.length });
    const part = await fetch(`${url}/api/av/${uploaded.recordId}/content`, {
      headers: { cookie: session.cookie!, range: 'bytes=5000000-5000999' },
    });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(5_000_000, 5_001_000))).toBe(true);

    const other = randomBytes(100 * 1024);
    const wrong = await tusUpload(url, other, {
      headers: session,
      metadata: { filename: 'x.mp4', hash: `sha256:${'1'.repeat(64)}` },
    });
    expect(wrong.status).toBe(422);
    expect(await t.deps.blobs.stat({ alg: 'sha256', hex: sha256(other) })).toBeNull();
    expect((await f.zhang.client.get('/api/av')).body.total).toBe(1);
  });

  it.skipIf(!ffprobePath() && process.env.CI !== 'true')(
    'probes a file kept in S3 (copied to a scratch file first)',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-probe-s3-'));
      const clip = path.join(dir, 'clip.mp4');
      const made = spawnSync('ffmpeg', [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        'testsrc=duration=1:size=160x120:rate=10',
        '-c:v',
        'libx264',
        '-pix_fmt',
        'yuv420p',
        clip,
      ]);
      expect(made.status).toBe(0);
      const { recordId } = await tusUpload(url, readFileSync(clip), {
        headers: session,
        metadata: { filename: 'clip.mp4', filetype: 'video/mp4' },
      });
      await probePending(t.deps);
      const probe = (await f.zhang.client.get(`/api/av/${recordId}`)).body.probe;
      expect(probe).toMatchObject({ status: 'done', video: { codec: 'h264' } });
      rmSync(dir, { recursive: true, force: true });
    },
  );
});
