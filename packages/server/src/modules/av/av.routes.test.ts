import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { approve, type CaseFixture, complaintCase, createCaseFixture, move } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ffprobePath, probePending } from './probe';
import { tusUpload } from './tus-upload.test-support';
import { createStation, revokeStation } from './stations.usecases';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describeEachDatabase('A/V ingest over tus, records and playback (AV-04, AVS-01, AVS-03)', (dialect) => {
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

  it('AV-04: stores a browser upload under its hash, records who and when, and ledgers the hash', async () => {
    const bytes = randomBytes(700 * 1024);
    const result = await tusUpload(url, bytes, {
      headers: session,
      metadata: {
        filename: 'DSJ-A8_辽A-2026-000001_20261123093015_0001.MP4',
        filetype: 'video/mp4',
        hash: `sha256:${sha256(bytes)}`,
        deviceType: 'bodyCam',
        deviceNumber: 'DSJ-A8-0001',
        capturedFrom: '2026-11-23T09:30:15+08:00',
      },
    });
    expect(result.error).toBeNull();
    expect(result.hash).toBe(`sha256:${sha256(bytes)}`);
    const record = await f.zhang.client.get(`/api/av/${result.recordId}`);
    expect(record.body).toMatchObject({
      size: bytes.length,
      mediaType: 'video/mp4',
      uploadedBy: { name: '张伟' },
      maker: { name: '张伟' },
      deviceType: 'bodyCam',
      capturedFrom: '2026-11-23T01:30:15.000Z',
      missing: ['purpose', 'place'],
    });
    const entry = (await t.trail('av.ingested'))[0]!;
    expect(entry.entry.hashes).toEqual([{ alg: 'sha256', hex: sha256(bytes), size: bytes.length }]);
    // nothing is left among the partial uploads
    const uploads = path.join(t.dataDir, 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
  });

  it('AV-04: refuses a wrong declared hash, stores nothing and leaves no part file', async () => {
    const bytes = randomBytes(300 * 1024);
    const result = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: 'clip.mp4', filetype: 'video/mp4', hash: `sha256:${'0'.repeat(64)}` },
    });
    expect(result.status).toBe(422);
    expect(JSON.parse(result.error!).error.code).toBe('blob.hash_mismatch');
    expect((await f.zhang.client.get('/api/av')).body.total).toBe(0);
    expect(await t.trail('av.ingested')).toHaveLength(0);
    expect(await t.deps.blobs.stat({ alg: 'sha256', hex: sha256(bytes) })).toBeNull();
    expect(readdirSync(path.join(t.dataDir, 'uploads'))).toEqual([]);
  });

  it('AV-04: the same bytes twice are stored once and recorded twice', async () => {
    const bytes = randomBytes(100 * 1024);
    const metadata = { filename: 'a.jpg', filetype: 'image/jpeg' };
    const first = await tusUpload(url, bytes, { headers: session, metadata });
    const second = await tusUpload(url, bytes, { headers: session, metadata: { ...metadata, filename: 'b.jpg' } });
    expect(first.hash).toBe(second.hash);
    expect(first.recordId).not.toBe(second.recordId);
    const entries = await t.trail('av.ingested');
    expect(entries.map((entry) => entry.entry.summary.newBlob)).toEqual([true, false]);
  });

  it('refuses an upload without a session or CSRF token, and a file name with path parts is kept harmless', async () => {
    const bytes = randomBytes(10 * 1024);
    const anonymous = await tusUpload(url, bytes, { headers: {}, metadata: { filename: 'x.mp4' } });
    expect(anonymous.status).toBe(401);
    const noCsrf = await tusUpload(url, bytes, {
      headers: { cookie: session.cookie! },
      metadata: { filename: 'x.mp4' },
    });
    expect(noCsrf.status).toBe(403);
    const sneaky = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: `../../etc/passwd\u0000\u0007${'长'.repeat(1000)}` },
    });
    expect(sneaky.error).toBeNull();
    const record = (await f.zhang.client.get(`/api/av/${sneaky.recordId}`)).body;
    expect(record.fileName.startsWith('..／..／etc／passwd')).toBe(true);
    expect(record.fileName.length).toBe(255);
  });

  it('AVS-02: an ingest station uploads with its token, only while the token is valid', async () => {
    const ctx = {
      actor: {
        userId: 'cli:test',
        username: 'cli:test',
        agencyId: t.agencyId,
        unitId: null,
        roles: ['admin' as const],
      },
      agencyId: t.agencyId,
      requestId: null,
    };
    const station = await createStation(t.deps, ctx, { name: '一科采集站', unitName: '劳动保障监察一科' });
    const bytes = randomBytes(50 * 1024);
    const uploaded = await tusUpload(url, bytes, {
      headers: { authorization: `Bearer ${station.token}` },
      metadata: {
        filename: 'DSJ_0001.MP4',
        filetype: 'video/mp4',
        hash: `sha256:${sha256(bytes)}`,
        officerNumber: '辽A-2026-000002',
      },
    });
    expect(uploaded.error).toBeNull();
    const record = (await f.li.client.get(`/api/av/${uploaded.recordId}`)).body;
    expect(record).toMatchObject({ station: { name: '一科采集站' }, maker: { name: '李娜' }, uploadedBy: null });
    // A station token may only upload.
    const read = await fetch(`${url}/api/av`, { headers: { authorization: `Bearer ${station.token}` } });
    expect(read.status).toBe(401);
    await revokeStation(t.deps, ctx, '一科采集站');
    const refused = await tusUpload(url, bytes, {
      headers: { authorization: `Bearer ${station.token}` },
      metadata: { filename: 'DSJ_0002.MP4' },
    });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.error!).error.code).toBe('station.token_invalid');
  });

  it('plays with HTTP Range, and every access is a ledger entry (AV-04 originals unchanged)', async () => {
    const bytes = randomBytes(64 * 1024);
    const { recordId } = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: 'clip.mp4', filetype: 'video/mp4' },
    });
    const headers = { cookie: session.cookie! };
    const part = await fetch(`${url}/api/av/${recordId}/content`, {
      headers: { ...headers, range: 'bytes=1000-1999' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(1000, 2000))).toBe(true);
    const whole = await fetch(`${url}/api/av/${recordId}/content?download=1`, { headers });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const bad = await fetch(`${url}/api/av/${recordId}/content`, { headers: { ...headers, range: 'bytes=99999999-' } });
    expect(bad.status).toBe(416);
    const accesses = await t.trail('av.accessed');
    expect(accesses.map((entry) => [entry.entry.summary.mode, entry.entry.summary.range])).toEqual([
      ['play', '1000-1999'],
      ['download', null],
    ]);
    expect((await f.stranger.client.get(`/api/av/${recordId}`)).status).toBe(404);
  });

  it('AVS-03: metadata is completed, the record linked to an activity and unlinked with a reason', async () => {
    const bytes = randomBytes(20 * 1024);
    const { recordId } = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: 'clip.mp4', filetype: 'video/mp4' },
    });
    expect((await f.zhang.client.get('/api/av?incomplete=true')).body.total).toBe(1);
    const updated = await f.zhang.client.patch(`/api/av/${recordId}`, {
      expectedVersion: 1,
      deviceType: 'bodyCam',
      deviceNumber: 'DSJ-A8-0001',
      capturedFrom: '2026-11-23T09:30:00+08:00',
      capturedTo: '2026-11-23T09:45:00+08:00',
      place: '某工地',
      purpose: '证明当事人拖欠工资的现场情况',
    });
    expect(updated.body.missing).toEqual([]);
    expect((await f.zhang.client.get('/api/av?incomplete=true')).body.total).toBe(0);
    const stale = await f.zhang.client.patch(`/api/av/${recordId}`, { expectedVersion: 1, place: 'x' });
    expect(stale.body.error.code).toBe('av.version_conflict');

    const caseId = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id;
    const linked = await f.zhang.client.post(`/api/av/${recordId}/link`, { expectedVersion: 2, caseId });
    expect(linked.body).toMatchObject({ caseId, version: 3 });
    expect((await f.zhang.client.get(`/api/av?caseId=${caseId}`)).body.total).toBe(1);
    expect((await f.zhang.client.get('/api/av?unlinked=true')).body.total).toBe(0);
    const unlinked = await f.zhang.client.post(`/api/av/${recordId}/unlink`, {
      expectedVersion: 3,
      reason: '关联错误',
    });
    expect(unlinked.body.caseId).toBeNull();
    expect((await t.trail()).map((row) => row.action).filter((a) => a.startsWith('av.'))).toEqual([
      'av.ingested',
      'av.updated',
      'av.linked',
      'av.unlinked',
    ]);
  });

  it('AV-04: a lost final response is recovered from HEAD, and a complete part left by a crash is finished once', async () => {
    const bytes = randomBytes(40 * 1024);
    const created = await fetch(`${url}/api/uploads`, {
      method: 'POST',
      headers: {
        ...session,
        'tus-resumable': '1.0.0',
        'upload-length': String(bytes.length),
        'upload-metadata': `filename ${Buffer.from('crash.mp4').toString('base64')},hash ${Buffer.from(`sha256:${sha256(bytes)}`).toString('base64')}`,
      },
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const uploadId = location.split('/').pop()!;
    // The bytes arrived, but the server died before finishing: the part is complete on disk, nothing recorded.
    const { appendFileSync } = await import('node:fs');
    appendFileSync(path.join(t.dataDir, 'uploads', uploadId), bytes);
    expect((await f.zhang.client.get('/api/av')).body.total).toBe(0);

    const head = async () =>
      fetch(new URL(location, url), { method: 'HEAD', headers: { ...session, 'tus-resumable': '1.0.0' } });
    const first = await head();
    expect(first.status).toBe(200);
    expect(first.headers.get('upload-offset')).toBe(String(bytes.length));
    expect(first.headers.get('liuhen-content-hash')).toBe(`sha256:${sha256(bytes)}`);
    const again = await head();
    expect(again.headers.get('liuhen-av-record-id')).toBe(first.headers.get('liuhen-av-record-id'));
    expect((await f.zhang.client.get('/api/av')).body.total).toBe(1);
    expect(await t.trail('av.ingested')).toHaveLength(1);
    // Someone else asking about that upload learns nothing.
    const stranger = await fetch(new URL(location, url), {
      method: 'HEAD',
      headers: { cookie: `liuhen_session=${f.li.client.cookie}`, 'tus-resumable': '1.0.0' },
    });
    expect(stranger.headers.get('liuhen-content-hash')).toBeNull();
  });

  it.skipIf(!ffprobePath() && process.env.CI !== 'true')(
    'probes each file with ffprobe: codecs, duration, a time contradiction, and an unreadable file kept as received',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-probe-test-'));
      const clip = path.join(dir, 'clip.mp4');
      const made = spawnSync('ffmpeg', [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        'testsrc=duration=2:size=160x120:rate=10',
        '-c:v',
        'libx264',
        '-pix_fmt',
        'yuv420p',
        '-metadata',
        'creation_time=2026-11-23T01:30:00Z',
        clip,
      ]);
      expect(made.status).toBe(0);
      const video = readFileSync(clip);
      const good = await tusUpload(url, video, {
        headers: session,
        // Declared an hour after what the file says: a contradiction to flag.
        metadata: { filename: 'clip.mp4', filetype: 'video/mp4', capturedFrom: '2026-11-23T10:30:00+08:00' },
      });
      const corrupt = await tusUpload(url, randomBytes(4096), {
        headers: session,
        metadata: { filename: 'broken.mp4', filetype: 'video/mp4' },
      });
      expect((await f.zhang.client.get(`/api/av/${good.recordId}`)).body.probe.status).toBe('pending');
      await probePending(t.deps);
      const probed = (await f.zhang.client.get(`/api/av/${good.recordId}`)).body.probe;
      expect(probed).toMatchObject({ status: 'done', video: { codec: 'h264', width: 160, height: 120 } });
      expect(probed.durationSeconds).toBeCloseTo(2, 0);
      expect(probed.findings.map((finding: { code: string }) => finding.code)).toContain('creationBeforeCapture');
      const broken = (await f.zhang.client.get(`/api/av/${corrupt.recordId}`)).body;
      expect(broken.probe.status).toBe('failed');
      expect(broken.probe.error).not.toBeNull();
      expect(await t.deps.blobs.stat({ alg: 'sha256', hex: broken.hash.slice(7) })).toEqual({ size: 4096 });
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it('AV-01: suggests the activity a recording belongs to by officer and overlapping time; one click links it', async () => {
    const caseId = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id;
    await approve(f, caseId, 'registration');
    await move(f.zhang.client, caseId, 'register');
    const activity = await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'siteInspection',
      startedAt: '2026-11-23T09:00:00+08:00',
      endedAt: '2026-11-23T10:00:00+08:00',
      place: '某工地',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
    });
    const during = await tusUpload(url, randomBytes(8 * 1024), {
      headers: session,
      metadata: {
        filename: 'during.mp4',
        capturedFrom: '2026-11-23T09:10:00+08:00',
        capturedTo: '2026-11-23T09:40:00+08:00',
      },
    });
    await tusUpload(url, randomBytes(8 * 1024), {
      headers: session,
      metadata: {
        filename: 'later.mp4',
        capturedFrom: '2026-11-23T14:00:00+08:00',
        capturedTo: '2026-11-23T14:10:00+08:00',
      },
    });
    const suggestions = await f.zhang.client.get('/api/av/suggestions');
    expect(suggestions.body.items).toMatchObject([
      { recordId: during.recordId, activityId: activity.body.id, caseId, overlapSeconds: 1800, fileName: 'during.mp4' },
    ]);
    // 李娜 was at the activity but made neither recording: nothing is suggested to her.
    expect((await f.li.client.get('/api/av/suggestions')).body.items).toEqual([]);
    const accepted = await f.zhang.client.post(`/api/av/${during.recordId}/link`, {
      expectedVersion: suggestions.body.items[0].recordVersion,
      caseId,
      activityId: activity.body.id,
    });
    expect(accepted.body.activityId).toBe(activity.body.id);
    expect((await f.zhang.client.get('/api/av/suggestions')).body.items).toEqual([]);
  });

  it('AV-06, AV-07: body-cam mounting needs the key content when handheld, and the announcement offset is kept', async () => {
    const { recordId } = await tusUpload(url, randomBytes(8 * 1024), {
      headers: session,
      metadata: { filename: 'cam.mp4', deviceType: 'bodyCam' },
    });
    const handheld = await f.zhang.client.patch(`/api/av/${recordId}`, { expectedVersion: 1, mounting: 'handheld' });
    expect(handheld.status).toBe(400);
    expect(handheld.body.error.details.issues).toContain('mountingFocus');
    const ok = await f.zhang.client.patch(`/api/av/${recordId}`, {
      expectedVersion: 1,
      mounting: 'handheld',
      mountingFocus: '拍摄工资发放表原件',
      announcementOffsetSeconds: 3,
    });
    expect(ok.body).toMatchObject({
      mounting: 'handheld',
      mountingFocus: '拍摄工资发放表原件',
      announcementOffsetSeconds: 3,
    });
    const camera = await f.zhang.client.patch(`/api/av/${recordId}`, { expectedVersion: 2, deviceType: 'camera' });
    expect(camera.status).toBe(400);
    expect(camera.body.error.details.issues).toContain('mounting');
    expect((await f.zhang.client.get(`/api/av/${recordId}`)).body.deviceType).toBe('bodyCam');
  });

  it('refuses bad upload metadata before the first byte: a malformed hash, an activity of another case, a case not mine', async () => {
    const bytes = randomBytes(4 * 1024);
    const malformed = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: 'a.mp4', hash: 'sha256:xyz' },
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.error!).error.code).toBe('blob.invalid_hash');
    const caseId = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id;
    const otherCase = (await f.zhang.client.post('/api/cases', complaintCase(f, { cause: '未签订劳动合同' }))).body.id;
    await approve(f, otherCase, 'registration');
    await move(f.zhang.client, otherCase, 'register');
    const activity = await f.zhang.client.post(`/api/cases/${otherCase}/activities`, {
      type: 'siteInspection',
      startedAt: '2026-11-23T09:00:00+08:00',
      place: '某工地',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
    });
    const crossed = await tusUpload(url, bytes, {
      headers: session,
      metadata: { filename: 'a.mp4', caseId, activityId: activity.body.id },
    });
    expect(JSON.parse(crossed.error!).error.code).toBe('activity.not_found');
    const strangerSession = {
      cookie: `liuhen_session=${f.stranger.client.cookie}`,
      'x-csrf-token': f.stranger.client.csrfToken!,
    };
    const notMine = await tusUpload(url, bytes, { headers: strangerSession, metadata: { filename: 'a.mp4', caseId } });
    expect(JSON.parse(notMine.error!).error.code).toBe('case.not_found');
    expect((await f.zhang.client.get('/api/av')).body.total).toBe(0);
    expect(await t.trail('av.ingested')).toHaveLength(0);
  });
});
