import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CaseFixture, createCaseFixture } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';
import { type TestExif, withExif } from './exif.test-support';
import { ffprobePath, probeFile, type ProbeResult, probePending } from './probe';
import { tusUpload } from './tus-upload.test-support';

const ffprobe = ffprobePath();
const withoutFfprobe = !ffprobe && process.env.CI !== 'true';

/** A camera's photo: Beijing time with its offset, a body serial, a position in Hangzhou. */
const cameraExif: TestExif = {
  make: 'Hikvision',
  model: 'DSJ-A8',
  orientation: 6,
  dateTimeOriginal: '2026:11:23 09:30:15',
  offsetTimeOriginal: '+08:00',
  bodySerialNumber: 'SN0123456',
  width: 64,
  height: 48,
  latitude: 30.25,
  longitude: 120.125,
};

let dir = '';
let plainJpeg = Buffer.alloc(0);
beforeAll(() => {
  if (withoutFfprobe) return;
  dir = mkdtempSync(path.join(tmpdir(), 'liuhen-exif-test-'));
  const file = path.join(dir, 'x.jpg');
  const made = spawnSync('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=64x48',
    '-frames:v',
    '1',
    file,
  ]);
  expect(made.status).toBe(0);
  plainJpeg = readFileSync(file);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function saved(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe.skipIf(withoutFfprobe)('GEN-05: what a photo says of itself (ffprobe and EXIF)', () => {
  it('reads capture time with its offset, camera, serial, position, size and orientation from the EXIF', async () => {
    // A blob on disk has no extension: ffprobe reads it as jpeg_pipe, the media type says photo.
    const probed = await probeFile(saved('blob', withExif(plainJpeg, cameraExif)), ffprobe!, 'image/jpeg');
    expect(probed.error).toBeNull();
    expect(probed.video).toEqual({ codec: 'mjpeg', width: 64, height: 48 });
    expect(probed.exif).toEqual({
      capturedAt: '2026-11-23T01:30:15.000Z',
      dateTimeOriginal: '2026:11:23 09:30:15',
      offsetTimeOriginal: '+08:00',
      timeZoneAssumed: false,
      make: 'Hikvision',
      model: 'DSJ-A8',
      serialNumber: 'SN0123456',
      latitude: 30.25,
      longitude: 120.125,
      width: 64,
      height: 48,
      orientation: 6,
      error: null,
    });
  });

  it('reads a capture time without an offset as Beijing time and says so', async () => {
    const { offsetTimeOriginal: _, ...noOffset } = cameraExif;
    const probed = await probeFile(saved('no-offset', withExif(plainJpeg, noOffset)), ffprobe!, 'image/jpeg');
    expect(probed.exif).toMatchObject({
      capturedAt: '2026-11-23T01:30:15.000Z',
      offsetTimeOriginal: null,
      timeZoneAssumed: true,
    });
  });

  it('recognises a photo by what ffprobe reads even under a generic media type', async () => {
    const probed = await probeFile(saved('generic', withExif(plainJpeg, cameraExif)), ffprobe!);
    expect(probed.formatName).toBe('jpeg_pipe');
    expect(probed.exif?.serialNumber).toBe('SN0123456');
  });

  it('gives a photo without EXIF an EXIF block of nulls, without an error', async () => {
    const probed = await probeFile(saved('plain.jpg', plainJpeg), ffprobe!, 'image/jpeg');
    expect(probed.error).toBeNull();
    expect(probed.exif).toMatchObject({ capturedAt: null, make: null, serialNumber: null, error: null });
  });

  it("fails a corrupt JPEG with ffprobe's message instead of crashing", async () => {
    const corrupt = Buffer.concat([withExif(plainJpeg, cameraExif).subarray(0, 400), Buffer.alloc(64, 0xaa)]);
    const probed = await probeFile(saved('corrupt', corrupt), ffprobe!, 'image/jpeg');
    expect(probed.error).toMatch(/\S/);
    const garbage = await probeFile(saved('garbage', Buffer.alloc(512, 0x5a)), ffprobe!, 'image/jpeg');
    expect(garbage.error).toMatch(/\S/);
    expect(garbage.exif).toMatchObject({ capturedAt: null, error: expect.stringMatching(/\S/) });
  });

  it('gives audio and video no EXIF block', async () => {
    const wav = path.join(dir, 'tone.wav');
    const made = spawnSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=duration=1', wav]);
    expect(made.status).toBe(0);
    const probed = await probeFile(wav, ffprobe!, 'audio/wav');
    expect(probed).toMatchObject({ error: null, exif: null, audio: { codec: 'pcm_s16le' } });
  });
});

describeEachDatabase("AVS-03, AV-04: a photo's EXIF against what was declared, on ingest", (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  let url: string;
  let session: Record<string, string>;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    f = await createCaseFixture(t);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    session = { cookie: `liuhen_session=${f.zhang.client.cookie}`, 'x-csrf-token': f.zhang.client.csrfToken! };
  });
  afterEach(async () => {
    await t.close();
  });

  async function upload(bytes: Buffer, metadata: Record<string, string>): Promise<string> {
    const result = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: 'IMG_0001.JPG', filetype: 'image/jpeg', ...metadata },
    });
    expect(result.error).toBeNull();
    return result.recordId!;
  }

  async function probeOf(recordId: string): Promise<{ status: string; result: ProbeResult }> {
    const row = await t.deps.database.db
      .selectFrom('av_records')
      .select(['probe', 'probe_status'])
      .where('id', '=', recordId)
      .executeTakeFirstOrThrow();
    return { status: row.probe_status, result: JSON.parse(row.probe!) as ProbeResult };
  }

  it.skipIf(withoutFfprobe)(
    'flags a declared capture time two hours off the EXIF time and a device number that is not the EXIF serial',
    async () => {
      const photo = withExif(plainJpeg, cameraExif);
      const matching = await upload(photo, {
        capturedFrom: '2026-11-23T09:30:40+08:00',
        deviceNumber: 'DSJ-A8-SN0123456',
      });
      const wrong = await upload(photo, { capturedFrom: '2026-11-23T11:30:15+08:00', deviceNumber: 'DSJ-A8-0042' });
      await probePending(t.deps);

      const agreed = await probeOf(matching);
      expect(agreed.status).toBe('done');
      expect(agreed.result.exif?.capturedAt).toBe('2026-11-23T01:30:15.000Z');
      expect(agreed.result.findings).toEqual([]);

      const contradicted = await probeOf(wrong);
      expect(contradicted.result.findings.map((finding) => finding.code)).toEqual([
        'creationBeforeCapture',
        'deviceNumberMismatch',
      ]);
      expect(contradicted.result.findings[0]).toMatchObject({ differenceSeconds: 7200 });
      expect(contradicted.result.findings[0]!.zh).toContain('照片EXIF拍摄时间 2026-11-23 09:30:15');
      expect(contradicted.result.findings[1]!.en).toContain('SN0123456');
      // The findings reach the record page through the record's probe.
      const body = (await f.zhang.client.get(`/api/av/${wrong}`)).body;
      expect(body.probe.findings.map((finding: { code: string }) => finding.code)).toContain('deviceNumberMismatch');
    },
  );

  it.skipIf(withoutFfprobe)('keeps a corrupt JPEG as received and flags its probe failed', async () => {
    const corrupt = Buffer.concat([plainJpeg.subarray(0, 300), Buffer.alloc(64, 0xaa)]);
    const id = await upload(corrupt, { capturedFrom: '2026-11-23T09:30:15+08:00' });
    await probePending(t.deps);
    const probed = await probeOf(id);
    expect(probed.status).toBe('failed');
    expect(probed.result.error).toMatch(/\S/);
    expect(probed.result.findings).toEqual([]);
    const record = (await f.zhang.client.get(`/api/av/${id}`)).body;
    expect(record.probe.status).toBe('failed');
    expect(record.size).toBe(corrupt.length);
    expect(await t.deps.blobs.stat({ alg: 'sha256', hex: record.hash.slice(7) })).toEqual({ size: corrupt.length });
  });
});
