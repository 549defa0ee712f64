import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveBlobPath } from '../../adapters/blobs/fs.blob-store';
import { type CaseFixture, createCaseFixture } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';
import { derivePending, ffmpegPath, planDerivatives, playsInBrowser } from './derivatives';
import { ffprobePath, probeFile, probePending } from './probe';
import { tusUpload } from './tus-upload.test-support';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const hasTools = ffmpegPath() !== null && ffprobePath() !== null;
const probe = (formatName: string, video: string | null, audio: string | null, durationSeconds: number | null = 2) => ({
  formatName,
  durationSeconds,
  video: video ? { codec: video, width: 320, height: 240 } : null,
  audio: audio ? { codec: audio } : null,
});

describe('which originals need a proxy (AV-04)', () => {
  it('AV-04: plays H.264, VP9 and AV1 in MP4/MOV/WebM, and MP3, Opus or WAV audio, as they are', () => {
    expect(playsInBrowser(probe('mov,mp4,m4a,3gp,3g2,mj2', 'h264', 'aac'))).toBe(true);
    expect(playsInBrowser(probe('mov,mp4,m4a,3gp,3g2,mj2', 'av1', null))).toBe(true);
    expect(playsInBrowser(probe('matroska,webm', 'vp9', 'opus'))).toBe(true);
    expect(playsInBrowser(probe('mp3', null, 'mp3'))).toBe(true);
    expect(playsInBrowser(probe('wav', null, 'pcm_s16le'))).toBe(true);
  });

  it('AV-04: transcodes MPEG-2, HEVC, AVI and MPEG-TS video, and AMR or μ-law audio', () => {
    expect(planDerivatives(probe('mpeg', 'mpeg2video', 'mp2'), 'video/mpeg')).toEqual({
      poster: true,
      thumbnail: true,
      proxy: 'video',
    });
    expect(playsInBrowser(probe('mov,mp4,m4a,3gp,3g2,mj2', 'hevc', 'aac'))).toBe(false);
    expect(playsInBrowser(probe('avi', 'h264', 'pcm_s16le'))).toBe(false);
    expect(playsInBrowser(probe('mpegts', 'h264', 'aac'))).toBe(false);
    expect(planDerivatives(probe('amr', null, 'amr_nb'), 'audio/amr')).toEqual({
      poster: false,
      thumbnail: false,
      proxy: 'audio',
    });
    expect(planDerivatives(probe('wav', null, 'pcm_mulaw'), 'audio/wav').proxy).toBe('audio');
    expect(planDerivatives(probe('image2', 'mjpeg', null, 0.04), 'image/jpeg')).toEqual({
      poster: false,
      thumbnail: true,
      proxy: null,
    });
  });
});

/** Test media made by ffmpeg once per run: an MPEG-2 program stream, an H.264 MP4, a photo, μ-law audio, a cut file. */
const media: Record<'mpeg2' | 'h264' | 'photo' | 'mulaw' | 'truncated', Buffer> = {} as never;
let mediaDir = '';
beforeAll(() => {
  if (!hasTools) return;
  mediaDir = mkdtempSync(path.join(tmpdir(), 'liuhen-derive-test-'));
  const make = (name: string, args: string[]) => {
    const file = path.join(mediaDir, name);
    const made = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, file]);
    if (made.status !== 0) throw new Error(String(made.stderr));
    return readFileSync(file);
  };
  const testsrc = ['-f', 'lavfi', '-i', 'testsrc=duration=2:size=320x240:rate=25'];
  const sine = ['-f', 'lavfi', '-i', 'sine=duration=2'];
  media.mpeg2 = make('clip.mpg', [...testsrc, ...sine, '-c:v', 'mpeg2video', '-c:a', 'mp2']);
  media.h264 = make('clip.mp4', [...testsrc, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart']);
  media.photo = make('photo.jpg', ['-f', 'lavfi', '-i', 'testsrc=size=640x480', '-frames:v', '1']);
  media.mulaw = make('voice.wav', [...sine, '-ar', '8000', '-c:a', 'pcm_mulaw']);
  // The index survives (ffprobe reads it) but the frames are cut off: ffmpeg cannot decode a single one.
  media.truncated = media.h264.subarray(0, 3000);
});
afterAll(() => {
  if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
});

describeEachDatabase('A/V derivatives: posters, thumbnails, playable proxies (AV-04)', (dialect) => {
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

  const upload = async (bytes: Buffer, filename: string, filetype: string) => {
    const result = await tusUpload(url, bytes, { headers: session, metadata: { filename, filetype } });
    expect(result.error).toBeNull();
    return result.recordId!;
  };
  /** Runs the probe and derive jobs until they find no more work, as the server's timers do. */
  const runJobs = async () => {
    while ((await probePending(t.deps)) > 0) {
      // probe everything first
    }
    while ((await derivePending(t.deps)) > 0) {
      // then derive
    }
  };
  const rowsOf = (originalHash: string) =>
    t.db.selectFrom('av_derivatives').selectAll().where('original_hash', '=', originalHash).orderBy('kind').execute();
  const blobPath = (hash: string) => {
    const [alg, hex] = hash.split(':') as ['sha256', string];
    return resolveBlobPath(path.join(t.dataDir, 'blobs'), { alg, hex });
  };

  it.skipIf(!hasTools)(
    'AV-04: an MPEG-2 original gets a poster, a thumbnail and an H.264/AAC proxy, each under its own hash; the original is unchanged',
    async () => {
      const id = await upload(media.mpeg2, 'DSJ_0001.mpg', 'video/mpeg');
      await runJobs();
      const record = (await f.zhang.client.get(`/api/av/${id}`)).body;
      expect(record.derivatives).toEqual([
        { kind: 'poster', status: 'done', mediaType: 'image/jpeg', width: 320, height: 240, size: expect.any(Number) },
        {
          kind: 'thumbnail',
          status: 'done',
          mediaType: 'image/jpeg',
          width: 320,
          height: 240,
          size: expect.any(Number),
        },
        { kind: 'proxy', status: 'done', mediaType: 'video/mp4', width: 320, height: 240, size: expect.any(Number) },
      ]);
      const rows = await rowsOf(record.hash);
      for (const row of rows) {
        expect(row.hash).not.toBe(record.hash);
        expect(await t.deps.blobs.stat({ alg: 'sha256', hex: row.hash!.slice(7) })).toEqual({ size: Number(row.size) });
      }
      const proxy = rows.find((row) => row.kind === 'proxy')!;
      const probed = await probeFile(blobPath(proxy.hash!), ffprobePath()!);
      expect(probed).toMatchObject({ video: { codec: 'h264' }, audio: { codec: 'aac' } });
      expect(probed.formatName).toContain('mp4');
      // The original: the same bytes under the same hash, as received.
      expect(record.hash).toBe(`sha256:${sha256(media.mpeg2)}`);
      expect(sha256(readFileSync(blobPath(record.hash)))).toBe(sha256(media.mpeg2));
    },
  );

  it.skipIf(!hasTools)(
    'AV-04: a playable H.264 MP4 needs no proxy, a photo gets only a thumbnail, μ-law audio gets an AAC proxy',
    async () => {
      const video = await upload(media.h264, 'clip.mp4', 'video/mp4');
      const photo = await upload(media.photo, 'photo.jpg', 'image/jpeg');
      const voice = await upload(media.mulaw, 'voice.wav', 'audio/wav');
      await runJobs();
      const statuses = async (id: string) =>
        Object.fromEntries(
          ((await f.zhang.client.get(`/api/av/${id}`)).body.derivatives as { kind: string; status: string }[]).map(
            (d) => [d.kind, d.status],
          ),
        );
      expect(await statuses(video)).toEqual({ poster: 'done', thumbnail: 'done', proxy: 'notNeeded' });
      expect(await statuses(photo)).toEqual({ poster: 'notNeeded', thumbnail: 'done', proxy: 'notNeeded' });
      expect(await statuses(voice)).toEqual({ poster: 'notNeeded', thumbnail: 'notNeeded', proxy: 'done' });
      const thumbnail = (await f.zhang.client.get(`/api/av/${photo}`)).body.derivatives[1];
      expect(thumbnail).toMatchObject({ width: 320, height: 240, mediaType: 'image/jpeg' });
      const voiceHash = (await f.zhang.client.get(`/api/av/${voice}`)).body.hash;
      const proxy = (await rowsOf(voiceHash)).find((row) => row.kind === 'proxy')!;
      expect(proxy.media_type).toBe('audio/mp4');
      expect(await probeFile(blobPath(proxy.hash!), ffprobePath()!)).toMatchObject({
        video: null,
        audio: { codec: 'aac' },
      });
    },
  );

  it.skipIf(!hasTools)('AV-04: the same bytes uploaded twice are derived once, and both records show it', async () => {
    const first = await upload(media.mpeg2, 'a.mpg', 'video/mpeg');
    const second = await upload(media.mpeg2, 'b.mpg', 'video/mpeg');
    await runJobs();
    const hash = `sha256:${sha256(media.mpeg2)}`;
    const rows = await rowsOf(hash);
    expect(rows.map((row) => [row.kind, row.status, row.attempts])).toEqual([
      ['poster', 'done', 1],
      ['proxy', 'done', 1],
      ['thumbnail', 'done', 1],
    ]);
    const a = (await f.zhang.client.get(`/api/av/${first}`)).body.derivatives;
    const b = (await f.zhang.client.get(`/api/av/${second}`)).body.derivatives;
    expect(a).toEqual(b);
    expect(a).toHaveLength(3);
  });

  it.skipIf(!hasTools)(
    'AV-04: the proxy plays with HTTP Range and is ledgered as an access; previews are authorized but not ledgered',
    async () => {
      const id = await upload(media.mpeg2, 'clip.mpg', 'video/mpeg');
      const playable = await upload(media.h264, 'clip.mp4', 'video/mp4');
      await runJobs();
      const headers = { cookie: session.cookie! };
      const proxyUrl = `${url}/api/av/${id}/derivatives/proxy`;
      const proxyRow = (await rowsOf(`sha256:${sha256(media.mpeg2)}`)).find((row) => row.kind === 'proxy')!;
      const proxyBytes = readFileSync(blobPath(proxyRow.hash!));
      const part = await fetch(proxyUrl, { headers: { ...headers, range: 'bytes=100-1099' } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-type')).toBe('video/mp4');
      expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${proxyBytes.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(proxyBytes.subarray(100, 1100))).toBe(true);
      const poster = await fetch(`${url}/api/av/${id}/derivatives/poster`, { headers });
      expect(poster.status).toBe(200);
      expect(poster.headers.get('content-type')).toBe('image/jpeg');
      await fetch(`${url}/api/av/${id}/derivatives/thumbnail`, { headers });
      const accesses = await t.trail('av.accessed');
      expect(accesses.map((entry) => entry.entry.summary)).toEqual([
        {
          hash: `sha256:${sha256(media.mpeg2)}`,
          mode: 'play',
          range: '100-1099',
          caseId: null,
          derivative: 'proxy',
          derivativeHash: proxyRow.hash,
        },
      ]);
      // Whoever may not see the record may not see its derivatives either; a proxy not needed is not there.
      const stranger = { cookie: `liuhen_session=${f.stranger.client.cookie}` };
      expect((await fetch(`${url}/api/av/${id}/derivatives/poster`, { headers: stranger })).status).toBe(404);
      expect((await fetch(proxyUrl, { headers: stranger })).status).toBe(404);
      expect((await fetch(proxyUrl)).status).toBe(401);
      expect((await fetch(`${url}/api/av/${playable}/derivatives/proxy`, { headers })).status).toBe(404);
      expect((await fetch(`${url}/api/av/${id}/derivatives/original`, { headers })).status).toBe(400);
      expect(await t.trail('av.accessed')).toHaveLength(1);
    },
  );

  it.skipIf(!hasTools)(
    'AV-04: a truncated original fails cleanly after three attempts and stays stored as received',
    async () => {
      const id = await upload(media.truncated, 'cut.mp4', 'video/mp4');
      await runJobs();
      const record = (await f.zhang.client.get(`/api/av/${id}`)).body;
      expect(record.probe.status).toBe('done');
      const rows = await rowsOf(record.hash);
      expect(rows.map((row) => [row.kind, row.status, row.attempts])).toEqual([
        ['poster', 'failed', 3],
        ['proxy', 'notNeeded', 0],
        ['thumbnail', 'failed', 3],
      ]);
      expect(rows[0]!.error).toBeTruthy();
      expect(rows[0]!.hash).toBeNull();
      expect(sha256(readFileSync(blobPath(record.hash)))).toBe(sha256(media.truncated));
      expect((await f.zhang.client.get(`/api/av/${id}/derivatives/poster`)).status).toBe(404);
    },
  );

  it.skipIf(!hasTools)(
    'AV-04: work survives a restart: an attempt cut short is made again, one cut short three times ends failed',
    async () => {
      const id = await upload(media.h264, 'clip.mp4', 'video/mp4');
      while ((await probePending(t.deps)) > 0) {
        // probe
      }
      // Plan only (no ffmpeg): rows are pending; then pretend the process died during a first attempt of each.
      const hash = (await f.zhang.client.get(`/api/av/${id}`)).body.hash;
      const previous = process.env.LIUHEN_FFMPEG;
      process.env.LIUHEN_FFMPEG = '/nonexistent/ffmpeg';
      try {
        await derivePending(t.deps);
      } finally {
        if (previous === undefined) delete process.env.LIUHEN_FFMPEG;
        else process.env.LIUHEN_FFMPEG = previous;
      }
      expect((await rowsOf(hash)).map((row) => row.status)).toEqual(['pending', 'notNeeded', 'pending']);
      await t.db.updateTable('av_derivatives').set({ attempts: 1 }).where('kind', '=', 'poster').execute();
      await t.db.updateTable('av_derivatives').set({ attempts: 3 }).where('kind', '=', 'thumbnail').execute();
      await runJobs();
      const rows = await rowsOf(hash);
      expect(rows.map((row) => [row.kind, row.status, row.attempts])).toEqual([
        ['poster', 'done', 2],
        ['proxy', 'notNeeded', 0],
        ['thumbnail', 'failed', 3],
      ]);
      expect(rows[2]!.error).toBe('interrupted three times');
    },
  );
});
